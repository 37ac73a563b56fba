#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonValue>
#include <QVariant>

namespace leadopp::ui {

/// A stored value as a table cell shows it: numbers of number kinds as numbers (they sort
/// and align as numbers), everything else as the kind's text (core::valueText: list items
/// one a line, as in forms), anything invalid as the text it is.
QVariant cellValue(const QJsonValue &value, const core::FieldSpec &spec);

/// What an edited cell stores: the kind's value of the text (core::textValue), a number
/// as it is, Undefined (member removed) for an empty input.
QJsonValue cellInput(const QVariant &input, const core::FieldSpec &spec);

} // namespace leadopp::ui
