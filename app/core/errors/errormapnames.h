#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QStringView>

namespace leadopp::core {

/// Name lookups of the error mapper over the field catalogue. Names compare with
/// FieldCatalogue::foldName, so `offer_lines`, `OfferLines` and `offer-lines` are equal;
/// FieldSpec::aliases count as names.
class ErrorMapNames final
{
public:
    /// The field of `section` called `name` (or one of its aliases), or nullptr.
    static const FieldSpec *fieldIn(Section section, QStringView name);

    /// The only field of the catalogue a bare `name` can mean, or nullptr when none or
    /// several could: `vatNumber` is unique; `name` (opportunity or company) and `email`
    /// (a contact's, or the last word of `dsOwnerEmail` / `salesRepEmail`) are not.
    static const FieldSpec *uniqueBareName(QStringView name);

    /// FieldSpec::name(), computed once per field.
    static const QString &memberName(const FieldSpec &field);
};

} // namespace leadopp::core
