#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"

#include <QStringView>
#include <tuple>

namespace leadopp::core {

/// The section a path lies in, named by its first member (canonical name or alias):
/// Section::Record for the record itself, its top-level members (partnerId, ...), an
/// invalid path and a first member the catalogue does not know.
Section sectionOf(const FieldPath &path);
/// The section whose form shows a path: sectionOf(), except that the record's own fields
/// (partner id, 3DS id) are edited with the opportunity.
Section formSectionOf(const FieldPath &path);

/// Where a path sits in the form: the one order of findings, mapped errors and the
/// Problems list. The record itself comes first, then catalogue order (which runs section
/// by section), then row, then list item. A section or one of its rows comes just before
/// the section's first field, a member of a section the catalogue does not know just after
/// its last one, and an unknown member at the root (or an invalid path) after everything.
class FormPosition final
{
public:
    /// The position of the record itself, ahead of every field.
    FormPosition() = default;

    static FormPosition of(const FieldPath &path);
    /// Parses canonical path text first.
    static FormPosition of(QStringView path);

    friend bool operator<(const FormPosition &a, const FormPosition &b)
    {
        return std::tie(a.m_order, a.m_row, a.m_item) < std::tie(b.m_order, b.m_row, b.m_item);
    }
    friend bool operator==(const FormPosition &a, const FormPosition &b)
    {
        return std::tie(a.m_order, a.m_row, a.m_item) == std::tie(b.m_order, b.m_row, b.m_item);
    }

    /// The place in catalogue order alone: the paths of one field (or of one section's
    /// own level) share it on every row, so a list in form order runs field by field and,
    /// within a field, row by row.
    int order() const { return m_order; }
    /// The row of an array section the path lies in; -1 outside rows.
    int row() const { return m_row; }

private:
    FormPosition(int order, int row, int item) : m_order(order), m_row(row), m_item(item) { }

    int m_order = -1; ///< 4 x catalogue index, +1 on a field, +2 past the section's fields
    int m_row = -1;   ///< row of an array section, -1 outside rows
    int m_item = -1;  ///< index into a list-valued field, -1 for the field itself
};

} // namespace leadopp::core
