#include "ui/session/livevalidation.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/formposition.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace leadopp::ui {

namespace {

// Mirrors the validator's scope: a finding is recomputed when it lies on the branch of an
// affected path (the path itself, an ancestor, or a descendant).
bool onAffectedBranch(const QString &findingPath, const QStringList &affected)
{
    return std::any_of(affected.cbegin(), affected.cend(), [&findingPath](const QString &a) {
        return core::isOnBranch(a, findingPath);
    });
}

// "offerLines[3]" for any path inside that row of an array section; invalid otherwise.
core::FieldPath rowOf(const core::FieldPath &path)
{
    // Only the canonical key: an alias ("offerLine") is no row the session edits.
    const core::SectionSpec *section = core::FieldCatalogue::section(core::sectionOf(path));
    if (!section->isArray || path.size() < 2
        || std::get<QString>(path.segments().first()) != section->key
        || !std::holds_alternative<int>(path.segments().at(1)) || path.rowIndex() < 0)
        return core::FieldPath::invalid();
    return path.left(2);
}

// Rules comparing rows with each other ("duplicate-offer-line", "duplicate-contact").
bool isCrossRow(const core::Finding &finding)
{
    return finding.rule.startsWith(QLatin1String("duplicate-"));
}

bool findingLess(const core::Finding &a, const core::Finding &b)
{
    return std::tie(a.path, a.rule, a.message, a.severity)
        < std::tie(b.path, b.rule, b.message, b.severity);
}

} // namespace

// The validator and this cache order findings differently; compare them as sets.
bool LiveValidation::sameFindings(QList<core::Finding> a, QList<core::Finding> b)
{
    if (a.size() != b.size())
        return false;
    std::sort(a.begin(), a.end(), findingLess);
    std::sort(b.begin(), b.end(), findingLess);
    return a == b;
}

void LiveValidation::adoptAll(const QList<core::Finding> &findings)
{
    m_partialIndexes.clear();
    m_rowIndexes.clear();
    m_editedRows.clear();
    m_changes = {};
    setAll(findings);
}

bool LiveValidation::validateChange(const core::RecordRows &record, core::ExportMode mode,
                                    const core::FieldPath &path)
{
    m_partialIndexes.clear();
    if (rowOf(path).isValid())
        return validateRow(record, mode, path);
    forgetRowIndex(path);
    return validateBranches(record.record(), mode, { path });
}

bool LiveValidation::validateSection(const core::RecordRows &record, core::ExportMode mode,
                                     const core::FieldPath &section)
{
    m_partialIndexes.clear();
    const QString key = section.toString();
    const auto index = m_rowIndexes.find(key);
    if (index != m_rowIndexes.end() && index->second.rowCount() == record.rowCount(key))
        return validateEditedRows(record, key);
    forgetRowIndex(section);
    const bool changed = validateBranches(record.record(), mode, { section });
    core::DuplicateIndex fresh(record, key);
    if (!fresh.isValid())
        return changed;
    // The whole validation names no repeated rows; the index does.
    if (RowFindings *rows = rowFindingsOf(key))
        rows->setAllRepeats(fresh.repeatsAmong(record, fresh.rowsSharingKeys()));
    markChanged();
    m_rowIndexes.insert_or_assign(key, std::move(fresh));
    return changed;
}

// The duplicates among the rows edited since the last validateSection() and the rows that
// did or do share a key with them; the rest of each row was revalidated as it was edited.
bool LiveValidation::validateEditedRows(const core::RecordRows &record, const QString &section)
{
    core::DuplicateIndex &index = m_rowIndexes.at(section);
    QList<int> affected;
    for (const int row : m_editedRows.take(section))
        affected += index.rowChanged(record, row);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    return refreshRepeats(record, section, index, affected);
}

// Replaces the duplicate findings of `rows` (every row's when the section holds some whose
// repeated row is unknown) with those the index finds among them.
bool LiveValidation::refreshRepeats(const core::RecordRows &record, const QString &section,
                                    const core::DuplicateIndex &index, const QList<int> &rows)
{
    RowFindings *found = rowFindingsOf(section);
    if (found->hasUnplacedRepeats()) {
        found->setAllRepeats(index.repeatsAmong(record, index.rowsSharingKeys()));
        m_changes.noteSection(section);
        markChanged();
        return true;
    }
    if (rows.isEmpty() || !found->setRepeats(rows, index.repeatsAmong(record, rows)))
        return false;
    m_changes.noteRows(section, rows);
    markChanged();
    return true;
}

// A change other than a cell's (a whole section set, rows shifted) leaves the section's
// index behind: the next validateSection() starts over.
void LiveValidation::forgetRowIndex(const core::FieldPath &changed)
{
    if (!changed.isValid() || changed.isRecord()) {
        m_rowIndexes.clear();
        m_editedRows.clear();
        return;
    }
    const QString section = changed.left(1).toString();
    m_rowIndexes.erase(section);
    m_editedRows.remove(section);
}

bool LiveValidation::validateBranches(const QJsonObject &record, core::ExportMode mode,
                                      const QList<core::FieldPath> &changed)
{
    QStringList affected;
    for (const core::FieldPath &path : core::affectedPaths(changed))
        affected.append(path.toString());
    return replace(affected, core::validatePaths(record, mode, changed));
}

// Validates the edited row alone, as the only row of a reduced record, so the cost does
// not grow with the number of rows; rules across rows wait for validateSection().
bool LiveValidation::validateRow(const core::RecordRows &record, core::ExportMode mode,
                                 const core::FieldPath &path)
{
    const core::FieldPath row = rowOf(path);
    const QString key = std::get<QString>(row.segments().first());
    const auto index = m_rowIndexes.find(key);
    if (index != m_rowIndexes.end() && row.rowIndex() < index->second.rowCount())
        m_editedRows[key].insert(row.rowIndex());
    else if (index != m_rowIndexes.end())
        forgetRowIndex(row);
    RowFindings *found = rowFindingsOf(key);
    QList<core::Finding> own = found->findingsOf(row.rowIndex());
    own.removeIf(isCrossRow);
    const QList<core::Finding> fresh = rowFindings(record, mode, path);
    if (sameFindings(own, fresh))
        return false;
    found->setOwn(row.rowIndex(), fresh);
    m_changes.noteRows(key, { row.rowIndex() });
    markChanged();
    return true;
}

// The findings of one row but those across rows, found in a record reduced to that row.
QList<core::Finding> LiveValidation::rowFindings(const core::RecordRows &record,
                                                 core::ExportMode mode,
                                                 const core::FieldPath &path) const
{
    const core::FieldPath row = rowOf(path);
    const QString key = std::get<QString>(row.segments().first());
    const QJsonObject reduced = record.reducedToRow(key, row.rowIndex());
    QList<core::FieldPath::Segment> segments = path.segments();
    segments[1] = 0;
    const core::FieldPath reducedRow = core::FieldPath().member(key).index(0);
    QList<core::Finding> fresh;
    for (const core::Finding &finding :
         core::validatePaths(reduced, mode, { core::FieldPath(segments) })) {
        if (!isCrossRow(finding) && core::FieldPath::parse(finding.path).startsWith(reducedRow))
            fresh.append(RowFindings::movedToRow(finding, row.rowIndex()));
    }
    return fresh;
}

// Only the sections an affected path leads into are looked at: the findings on the rows of
// the others cannot be in scope, and their texts (left to be written again after a row
// command) are not even read. A change outside the rows, the opportunity's name, costs the
// same beside 50 offer lines as beside 50,000.
bool LiveValidation::replace(const QStringList &affected, const QList<core::Finding> &fresh)
{
    const auto inScope = [&affected](const core::Finding &finding) {
        return onAffectedBranch(finding.path, affected);
    };
    QList<core::Finding> dropped;
    std::copy_if(m_other.cbegin(), m_other.cend(), std::back_inserter(dropped), inScope);
    for (const auto &[section, rows] : m_rowFindings) {
        if (!onAffectedBranch(section, affected))
            continue;
        QList<core::Finding> onRows;
        rows.appendAll(onRows);
        std::copy_if(onRows.cbegin(), onRows.cend(), std::back_inserter(dropped), inScope);
    }
    if (sameFindings(dropped, fresh))
        return false;
    noteReplaced(std::move(dropped), fresh);
    m_other.removeIf(inScope);
    for (auto &[section, rows] : m_rowFindings) {
        if (onAffectedBranch(section, affected))
            rows.removeIf(inScope);
    }
    for (const core::Finding &finding : fresh)
        add(finding);
    sortOther();
    return true;
}

// The rows of the findings that came or went; anywhere when one of them lies outside the
// rows of array sections (the scope of a change takes in its ancestors, the record's own
// findings among them).
void LiveValidation::noteReplaced(QList<core::Finding> before, QList<core::Finding> after)
{
    std::sort(before.begin(), before.end(), findingLess);
    std::sort(after.begin(), after.end(), findingLess);
    QList<core::Finding> changed;
    std::set_symmetric_difference(before.cbegin(), before.cend(), after.cbegin(), after.cend(),
                                  std::back_inserter(changed), findingLess);
    for (const core::Finding &finding : std::as_const(changed)) {
        int row = -1;
        const RowFindings *rows = rowPlaceOf(finding.path, row);
        if (!rows)
            return m_changes.noteAnywhere();
        m_changes.noteRows(rows->section(), { row });
    }
}

bool LiveValidation::isRowPath(const core::FieldPath &path)
{
    return rowOf(path).isValid();
}

} // namespace leadopp::ui
