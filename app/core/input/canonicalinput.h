#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonValue>

namespace leadopp::core {

/// What a typed value is stored as: text trimmed (list items too), VAT numbers in their
/// canonical form ("de 287 654 321" -> "DE287654321"), currency codes in upper case.
/// Values that are not text stay as they are; an empty text becomes Undefined (the member
/// is removed). Editors apply it when a value is committed, so what is exported is what
/// the API expects while nothing the rep meant is lost.
QJsonValue canonicalInput(const FieldSpec &spec, const QJsonValue &value);

} // namespace leadopp::core
