#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonValue>
#include <QVariant>

namespace leadopp::ui {

/// A stored value as a table cell shows and edits it: lists joined with ", ", numbers as
/// numbers, anything invalid (a text where a number belongs) as the text it is.
QVariant cellValue(const QJsonValue &value, core::FieldKind kind);

/// What an edited cell stores: a number for number fields when the text is one (else the
/// text, so validation can name it), a list for list fields, Undefined (member removed)
/// for an empty input.
QJsonValue cellInput(const QVariant &input, core::FieldKind kind);

} // namespace leadopp::ui
