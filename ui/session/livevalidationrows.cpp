// Row insert, remove and move: the findings of the unaffected rows are carried to their new
// row numbers instead of being found again, so the cost follows the number of findings, not
// the number of rows.
#include "ui/session/livevalidation.h"

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonArray>

namespace leadopp::ui {

namespace {

// The row of `section` a finding lies in; -1 for a finding elsewhere.
int rowOfFinding(const core::Finding &finding, const QString &section)
{
    if (!finding.path.startsWith(section) || finding.path.size() <= section.size()
        || finding.path.at(section.size()) != u'[')
        return -1;
    const core::FieldPath path = core::FieldPath::parse(finding.path);
    return path.size() >= 2 && std::holds_alternative<int>(path.segments().at(1)) ? path.rowIndex()
                                                                                  : -1;
}

} // namespace

bool LiveValidation::rowsInserted(const QJsonObject &record, core::ExportMode mode,
                                  const QString &section, int first, int last)
{
    const int count = last - first + 1;
    const int oldCount = int(record.value(section).toArray().size()) - count;
    return rowsShifted(record, mode, section, oldCount,
                       [first, count](int row) { return row < first ? row : row + count; });
}

bool LiveValidation::rowsRemoved(const QJsonObject &record, core::ExportMode mode,
                                 const QString &section, int first, int last)
{
    const int count = last - first + 1;
    const int oldCount = int(record.value(section).toArray().size()) + count;
    return rowsShifted(record, mode, section, oldCount, [first, last, count](int row) {
        return row < first ? row : (row <= last ? -1 : row - count);
    });
}

bool LiveValidation::rowMoved(const QJsonObject &record, core::ExportMode mode,
                              const QString &section, int from, int to)
{
    const int count = int(record.value(section).toArray().size());
    return rowsShifted(record, mode, section, count, [from, to](int row) {
        if (row == from)
            return to;
        if (from < to && row > from && row <= to)
            return row - 1;
        if (to < from && row >= to && row < from)
            return row + 1;
        return row;
    });
}

bool LiveValidation::rowsShifted(const QJsonObject &record, core::ExportMode mode,
                                 const QString &section, int oldCount,
                                 const std::function<int(int)> &newRow)
{
    const QJsonArray rows = record.value(section).toArray();
    const core::SectionSpec *spec
        = core::FieldCatalogue::section(core::sectionOf(core::FieldPath().member(section)));
    // With no row or one left, the section's own findings ("at least one") may change too;
    // a section that small is validated whole at no cost.
    if (rows.size() <= 1 || !spec || !spec->isArray || spec->key != section)
        return validateSection(record, mode, core::FieldPath().member(section));
    QList<bool> known(rows.size(), false);
    QList<core::Finding> shifted;
    for (const core::Finding &finding : std::as_const(m_ordered)) {
        const int row = rowOfFinding(finding, section);
        if (row < 0) {
            shifted.append(finding);
        } else if (!finding.rule.startsWith(QLatin1String("duplicate-")) && newRow(row) >= 0) {
            shifted.append(row == newRow(row) ? finding : movedToRow(finding, newRow(row)));
        }
    }
    for (int row = 0; row < oldCount; ++row) {
        if (newRow(row) >= 0 && newRow(row) < rows.size())
            known[newRow(row)] = true;
    }
    for (int row = 0; row < rows.size(); ++row) {
        if (!known.at(row))
            shifted += rowFindings(record, mode, core::FieldPath().member(section).index(row));
    }
    if (core::DuplicateIndex *index = rowIndexAfterShift(record, section, newRow))
        shifted += index->findingsAmong(record, index->rowsSharingKeys());
    const QList<core::Finding> before = m_ordered;
    setAll(shifted);
    return before != m_ordered;
}

// The section's duplicate index carried over to the new row numbers, with the cells edited
// since the last comparison taken in; built afresh when there was none; nullptr for a
// section no duplicate rule compares.
core::DuplicateIndex *LiveValidation::rowIndexAfterShift(const QJsonObject &record,
                                                         const QString &section,
                                                         const std::function<int(int)> &newRow)
{
    const QSet<int> edited = m_editedRows.take(section);
    auto index = m_rowIndexes.find(section);
    if (index == m_rowIndexes.end()) {
        core::DuplicateIndex fresh(record, section);
        if (!fresh.isValid())
            return nullptr;
        return &m_rowIndexes.insert_or_assign(section, std::move(fresh)).first->second;
    }
    index->second.rowsMoved(record, newRow);
    for (const int row : edited) {
        if (newRow(row) >= 0)
            index->second.rowChanged(record, newRow(row));
    }
    return &index->second;
}

core::Finding LiveValidation::movedToRow(core::Finding finding, int row)
{
    const core::FieldPath found = core::FieldPath::parse(finding.path);
    QList<core::FieldPath::Segment> segments = found.segments();
    segments[1] = row;
    const core::FieldPath moved(segments);
    const QString movedPath = moved.toString();
    // Messages name the field with its row number, by label or, for an unknown member, by
    // its path. The row's own label is a prefix of the field's ("Offer line 1" of "Offer
    // line 1 · Offer"): replaced only where the field's is not named, or "Offer line 124"
    // would become "Offer line 12424".
    const QString fieldLabel = core::FieldCatalogue::labelForPath(finding.path);
    if (finding.message.contains(fieldLabel))
        finding.message.replace(fieldLabel, core::FieldCatalogue::labelForPath(movedPath));
    else
        finding.message.replace(core::FieldCatalogue::labelForPath(found.left(2).toString()),
                                core::FieldCatalogue::labelForPath(moved.left(2).toString()));
    finding.message.replace(u'"' + finding.path + u'"', u'"' + movedPath + u'"');
    finding.path = movedPath;
    return finding;
}

} // namespace leadopp::ui
