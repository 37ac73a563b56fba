// Row insert, remove and move: the findings of the other rows keep their texts and follow
// their rows by number (RowFindings), and only the duplicates of the shifted row's group
// are compared again, so the cost follows the rows concerned, not the number of rows.
#include "ui/session/livevalidation.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/validation/duplicaterules.h"

#include <QJsonArray>

#include <algorithm>

namespace leadopp::ui {

bool LiveValidation::rowsInserted(const core::RecordRows &record, core::ExportMode mode,
                                  const QString &section, int first, int last)
{
    return rowsShifted(record, mode, section, { RowShift::Kind::Insert, first, last });
}

bool LiveValidation::rowsRemoved(const core::RecordRows &record, core::ExportMode mode,
                                 const QString &section, int first, int last)
{
    return rowsShifted(record, mode, section, { RowShift::Kind::Remove, first, last });
}

bool LiveValidation::rowMoved(const core::RecordRows &record, core::ExportMode mode,
                              const QString &section, int from, int to)
{
    return rowsShifted(record, mode, section, { RowShift::Kind::Move, from, to });
}

bool LiveValidation::rowsShifted(const core::RecordRows &record, core::ExportMode mode,
                                 const QString &section, const RowShift &shift)
{
    m_partialIndexes.clear();
    const qsizetype rowCount = record.rowCount(section);
    RowFindings *rows = rowFindingsOf(section);
    // With no row or one left, the section's own findings ("at least one") may change too;
    // a section that small is validated whole at no cost.
    if (rowCount <= 1 || !rows)
        return validateSection(record, mode, core::FieldPath().member(section));
    bool changed = rows->shift(shift);
    for (int row = shift.first; shift.kind == RowShift::Kind::Insert && row <= shift.last; ++row) {
        const QList<core::Finding> fresh
            = rowFindings(record, mode, core::FieldPath().member(section).index(row));
        if (!fresh.isEmpty())
            rows->setOwn(row, fresh);
        changed = changed || !fresh.isEmpty();
    }
    std::optional<QList<int>> affected;
    const core::DuplicateIndex *index = rowIndexAfterShift(record, section, shift, affected);
    if (index) {
        if (!affected) {
            rows->setAllRepeats(index->repeatsAmong(record, index->rowsSharingKeys()));
            m_changes.noteSection(section);
        }
        changed = !affected || refreshRepeats(record, section, *index, *affected) || changed;
    }
    // Without an index the section has no duplicates to compare.
    noteTouched(section, shift, index ? affected : QList<int>());
    if (changed)
        markChanged();
    return changed;
}

// The section's duplicate index carried over to the new row numbers, with the cells edited
// since the last comparison taken in; built afresh when there was none.
core::DuplicateIndex *LiveValidation::rowIndexAfterShift(const core::RecordRows &record,
                                                         const QString &section,
                                                         const RowShift &shift,
                                                         std::optional<QList<int>> &affected)
{
    const QSet<int> edited = m_editedRows.take(section);
    auto index = m_rowIndexes.find(section);
    const int rowCount = int(record.rowCount(section));
    if (index == m_rowIndexes.end() || index->second.rowCount() != shift.oldCount(rowCount)) {
        core::DuplicateIndex fresh(record, section);
        if (!fresh.isValid())
            return nullptr;
        return &m_rowIndexes.insert_or_assign(section, std::move(fresh)).first->second;
    }
    core::DuplicateIndex &shifted = index->second;
    QList<int> rows;
    if (shift.kind == RowShift::Kind::Insert)
        rows = shifted.rowsInserted(record, shift.first, shift.last);
    else if (shift.kind == RowShift::Kind::Remove)
        rows = shifted.rowsRemoved(shift.first, shift.last);
    else
        rows = shifted.rowMoved(shift.first, shift.last);
    for (const int row : edited) {
        if (shift.newRow(row) >= 0)
            rows += shifted.rowChanged(record, shift.newRow(row));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    affected = std::move(rows);
    return &shifted;
}

// The first array section of `record`, by name, that a duplicate rule compares and that has
// no index yet.
QString LiveValidation::sectionToIndex(const core::RecordRows &record) const
{
    static const QStringList compared = [] {
        QStringList sections;
        for (const core::validation::DuplicateRule &rule : core::validation::duplicateRules())
            sections.append(rule.section);
        sections.sort();
        return sections;
    }();
    for (const QString &section : compared) {
        if (record.holdsRows(section) && !m_rowIndexes.count(section))
            return section;
    }
    return {};
}

// One slice of one section per call, so the editor stays responsive while it builds. The
// index placed, the duplicate findings are written for it (the same findings: nothing
// changed since they were found, or the partial index would have been dropped).
bool LiveValidation::prepareRowIndexes(const core::RecordRows &record, int rows)
{
    const QString key = sectionToIndex(record);
    if (key.isEmpty())
        return false;
    const auto partial = m_partialIndexes.try_emplace(key, key).first;
    if (!partial->second.indexMore(record, rows))
        return true;
    core::DuplicateIndex &index
        = m_rowIndexes.insert_or_assign(key, std::move(partial->second)).first->second;
    m_partialIndexes.erase(partial);
    rowFindingsOf(key)->setAllRepeats(index.repeatsAmong(record, index.rowsSharingKeys()));
    markChanged();
    return true;
}

// The rows a shift inserted, with those whose duplicates were compared again (all of the
// section's when that is unknown).
void LiveValidation::noteTouched(const QString &section, const RowShift &shift,
                                 const std::optional<QList<int>> &affected)
{
    if (!affected)
        return m_changes.noteSection(section);
    QList<int> touched = *affected;
    for (int row = shift.first; shift.kind == RowShift::Kind::Insert && row <= shift.last; ++row)
        touched.append(row);
    m_changes.noteRows(section, touched);
}

} // namespace leadopp::ui
