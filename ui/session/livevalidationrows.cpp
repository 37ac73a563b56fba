// Row insert, remove and move: the findings of the unaffected rows are carried to their new
// row numbers instead of being found again, so the cost follows the number of findings, not
// the number of rows.
#include "ui/session/livevalidation.h"

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace leadopp::ui {

namespace {

// The row of `section` a finding lies in ("offerLines[12].amount" -> 12); -1 for a finding
// elsewhere. Read off the canonical path text: it runs for every finding on a row change.
int rowOfFinding(const core::Finding &finding, const QString &section)
{
    const QString &path = finding.path;
    if (!path.startsWith(section) || path.size() <= section.size()
        || path.at(section.size()) != u'[')
        return -1;
    const qsizetype close = path.indexOf(u']', section.size());
    bool ok = false;
    const int row
        = QStringView(path).sliced(section.size() + 1, close - section.size() - 1).toInt(&ok);
    return ok && close > 0 && row >= 0 ? row : -1;
}

QString rowKey(const QString &section, int row)
{
    return section + u'[' + QString::number(row) + u']';
}

} // namespace

int LiveValidation::RowShift::newRow(int row) const
{
    switch (kind) {
    case Kind::Insert:
        return row < first ? row : row + (last - first + 1);
    case Kind::Remove:
        return row < first ? row : (row <= last ? -1 : row - (last - first + 1));
    case Kind::Move:
        if (row == first)
            return last;
        if (first < last && row > first && row <= last)
            return row - 1;
        if (last < first && row >= last && row < first)
            return row + 1;
        return row;
    }
    return row;
}

int LiveValidation::RowShift::oldCount(int newCount) const
{
    const int count = last - first + 1;
    return kind == Kind::Insert ? newCount - count
                                : (kind == Kind::Remove ? newCount + count : newCount);
}

bool LiveValidation::rowsInserted(const QJsonObject &record, core::ExportMode mode,
                                  const QString &section, int first, int last)
{
    return rowsShifted(record, mode, section, { RowShift::Kind::Insert, first, last });
}

bool LiveValidation::rowsRemoved(const QJsonObject &record, core::ExportMode mode,
                                 const QString &section, int first, int last)
{
    return rowsShifted(record, mode, section, { RowShift::Kind::Remove, first, last });
}

bool LiveValidation::rowMoved(const QJsonObject &record, core::ExportMode mode,
                              const QString &section, int from, int to)
{
    return rowsShifted(record, mode, section, { RowShift::Kind::Move, from, to });
}

// The findings of rows that keep their content are carried to their new numbers in place
// (the order stays, the map from old to new row numbers ascends), the moved or new rows'
// findings and the section's duplicates are put in where they belong, and only the rows
// whose findings changed are indexed again.
bool LiveValidation::rowsShifted(const QJsonObject &record, core::ExportMode mode,
                                 const QString &section, const RowShift &shift)
{
    const qsizetype rowCount = record.value(section).toArray().size();
    const core::SectionSpec *spec
        = core::FieldCatalogue::section(core::sectionOf(core::FieldPath().member(section)));
    // With no row or one left, the section's own findings ("at least one") may change too;
    // a section that small is validated whole at no cost.
    if (rowCount <= 1 || !spec || !spec->isArray || spec->key != section)
        return validateSection(record, mode, core::FieldPath().member(section));
    ShiftedFindings shifted;
    shiftFindings(section, shift, shifted);
    QList<core::Finding> fresh = shifted.moved;
    for (int row = shift.first; shift.kind == RowShift::Kind::Insert && row <= shift.last; ++row)
        fresh += rowFindings(record, mode, core::FieldPath().member(section).index(row));
    const bool newFindings = fresh.size() > shifted.moved.size();
    QList<core::Finding> duplicates;
    if (core::DuplicateIndex *index = rowIndexAfterShift(record, section, shift))
        duplicates = index->findingsAmong(record, index->rowsSharingKeys());
    const bool changed
        = shifted.changed || newFindings || !sameFindings(shifted.duplicates, duplicates);
    fresh += duplicates;
    QSet<int> newRows;
    for (const int row : std::as_const(shifted.oldRows)) {
        if (shift.newRow(row) >= 0)
            newRows.insert(shift.newRow(row));
    }
    for (const core::Finding &finding : std::as_const(fresh))
        newRows.insert(rowOfFinding(finding, section));
    insertOrdered(std::move(fresh));
    reindexRows(section, shifted.oldRows, newRows);
    trimPositions();
    return changed;
}

// Takes out of the findings the section's duplicates, those of removed rows and, for a
// move, those of the moved row (into `shifted`, at its new number), and renumbers the rest.
void LiveValidation::shiftFindings(const QString &section, const RowShift &shift,
                                   ShiftedFindings &shifted)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_ordered.size(); ++i) {
        core::Finding &finding = m_ordered[i];
        const int row = rowOfFinding(finding, section);
        if (row >= 0 && !keepShifted(finding, row, shift, shifted))
            continue;
        if (kept != i)
            m_ordered[kept] = std::move(finding);
        ++kept;
    }
    m_ordered.resize(kept);
}

// Whether a finding on row `row` stays where it is in the order, renumbered if need be.
bool LiveValidation::keepShifted(core::Finding &finding, int row, const RowShift &shift,
                                 ShiftedFindings &shifted)
{
    const int now = shift.newRow(row);
    if (finding.rule.startsWith(QLatin1String("duplicate-"))) {
        shifted.oldRows.insert(row);
        shifted.duplicates.append(finding);
        return false;
    }
    if (now == row)
        return true;
    shifted.oldRows.insert(row);
    shifted.changed = true;
    if (now < 0)
        return false;
    finding = movedToRow(std::move(finding), now);
    if (shift.kind != RowShift::Kind::Move || row != shift.first)
        return true;
    shifted.moved.append(finding);
    return false;
}

// Puts each finding after those at the same or an earlier place in the form, as setAll()
// orders them: each place is found by bisection, and the findings are moved once.
void LiveValidation::insertOrdered(QList<core::Finding> fresh)
{
    QList<std::pair<core::FormPosition, core::Finding>> placed;
    placed.reserve(fresh.size());
    for (core::Finding &finding : fresh)
        placed.append({ positionOf(finding.path), std::move(finding) });
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<core::Finding> merged;
    merged.reserve(m_ordered.size() + placed.size());
    auto next = m_ordered.begin();
    for (auto &[position, finding] : placed) {
        const auto at
            = std::upper_bound(next, m_ordered.end(), position,
                               [this](const core::FormPosition &p, const core::Finding &f) {
                                   return p < positionOf(f.path);
                               });
        std::move(next, at, std::back_inserter(merged));
        merged.append(std::move(finding));
        next = at;
    }
    std::move(next, m_ordered.end(), std::back_inserter(merged));
    m_ordered = std::move(merged);
}

// The lookups by path and by row of `oldRows` are dropped, and those of `newRows` rebuilt
// from the findings, in their order.
void LiveValidation::reindexRows(const QString &section, const QSet<int> &oldRows,
                                 const QSet<int> &newRows)
{
    for (const int row : oldRows) {
        for (const core::Finding &finding : m_byRow.take(rowKey(section, row)))
            m_byPath.remove(finding.path);
    }
    if (newRows.isEmpty())
        return;
    for (const core::Finding &finding : std::as_const(m_ordered)) {
        const int row = rowOfFinding(finding, section);
        if (row >= 0 && newRows.contains(row)) {
            m_byPath[finding.path].append(finding);
            m_byRow[rowKey(section, row)].append(finding);
        }
    }
}

// The section's duplicate index carried over to the new row numbers, with the cells edited
// since the last comparison taken in; built afresh when there was none; nullptr for a
// section no duplicate rule compares.
core::DuplicateIndex *LiveValidation::rowIndexAfterShift(const QJsonObject &record,
                                                         const QString &section,
                                                         const RowShift &shift)
{
    const QSet<int> edited = m_editedRows.take(section);
    auto index = m_rowIndexes.find(section);
    const int rowCount = int(record.value(section).toArray().size());
    if (index == m_rowIndexes.end() || index->second.rowCount() != shift.oldCount(rowCount)) {
        core::DuplicateIndex fresh(record, section);
        if (!fresh.isValid())
            return nullptr;
        return &m_rowIndexes.insert_or_assign(section, std::move(fresh)).first->second;
    }
    core::DuplicateIndex &shifted = index->second;
    if (shift.kind == RowShift::Kind::Insert)
        shifted.rowsInserted(record, shift.first, shift.last);
    else if (shift.kind == RowShift::Kind::Remove)
        shifted.rowsRemoved(shift.first, shift.last);
    else
        shifted.rowMoved(shift.first, shift.last);
    for (const int row : edited) {
        if (shift.newRow(row) >= 0)
            shifted.rowChanged(record, shift.newRow(row));
    }
    return &shifted;
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
