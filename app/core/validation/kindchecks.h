#pragma once

#include "core/catalogue/fieldkinds.h"

namespace leadopp::core::validation {

// The single-field rule of each field kind (validationfieldrules.cpp); the kind table
// (core/catalogue/fieldkinds.cpp) says which kind uses which.
void checkText(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkEmail(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkUrl(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkDateTime(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkEnum(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkMultiEnum(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkTextList(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkNumber(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkPercent(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkCurrency(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkDuns(Context &, const FieldSpec &, const NodePath &, const FieldValue &);
void checkDsId(Context &, const FieldSpec &, const NodePath &, const FieldValue &);

} // namespace leadopp::core::validation
