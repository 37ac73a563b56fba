#pragma once

#include "core/catalogue/fieldkinds.h"

namespace leadopp::core::validation {

// The single-field rule of each field kind (validationfieldrules.cpp); the kind table
// (core/catalogue/fieldkinds.cpp) says which kind uses which.
void checkText(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkEmail(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkUrl(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkDateTime(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkEnum(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkMultiEnum(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkTextList(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkNumber(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkPercent(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkCurrency(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkDuns(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);
void checkDsId(Context &, const FieldSpec &, const NodePath &, const QJsonValue &);

} // namespace leadopp::core::validation
