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

// "offerLines[3]" for a path inside a row of a section ("offerLines[3].amount"); empty for
// any other path, including an item of a list field ("leadOpportunity.reasonWon[1]").
QString rowTextOf(const QString &path)
{
    const qsizetype bracket = path.indexOf(u'[');
    const qsizetype dot = path.indexOf(u'.');
    if (bracket < 0 || (dot >= 0 && dot < bracket))
        return {};
    return path.left(path.indexOf(u']', bracket) + 1);
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
    m_rowIndexes.clear();
    m_editedRows.clear();
    setAll(findings);
}

bool LiveValidation::validateChange(const QJsonObject &record, core::ExportMode mode,
                                    const core::FieldPath &path)
{
    if (rowOf(path).isValid())
        return validateRow(record, mode, path);
    forgetRowIndex(path);
    return validateBranches(record, mode, { path });
}

bool LiveValidation::validateSection(const QJsonObject &record, core::ExportMode mode,
                                     const core::FieldPath &section)
{
    const QString key = section.toString();
    const auto index = m_rowIndexes.find(key);
    if (index != m_rowIndexes.end()
        && index->second.rowCount() == record.value(key).toArray().size())
        return validateEditedRows(record, key);
    forgetRowIndex(section);
    const bool changed = validateBranches(record, mode, { section });
    core::DuplicateIndex fresh(record, key);
    if (fresh.isValid())
        m_rowIndexes.insert_or_assign(key, std::move(fresh));
    return changed;
}

// The duplicates among the rows edited since the last validateSection() and the rows that
// did or do share a key with them; the rest of each row was revalidated as it was edited.
bool LiveValidation::validateEditedRows(const QJsonObject &record, const QString &section)
{
    core::DuplicateIndex &index = m_rowIndexes.at(section);
    QSet<int> affected;
    for (const int row : m_editedRows.take(section)) {
        for (const int other : index.rowChanged(record, row))
            affected.insert(other);
    }
    QList<int> rows(affected.cbegin(), affected.cend());
    std::sort(rows.begin(), rows.end());
    const auto inScope = [&section, &affected](const core::Finding &finding) {
        if (!isCrossRow(finding))
            return false;
        const core::FieldPath path = core::FieldPath::parse(finding.path);
        return rowOf(path).isValid() && std::get<QString>(path.segments().first()) == section
            && affected.contains(path.rowIndex());
    };
    const QList<core::Finding> candidates = findingsOnRows(section, rows);
    return replace(inScope, index.findingsAmong(record, rows), &candidates);
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
    const auto inScope = [&affected](const core::Finding &finding) {
        return onAffectedBranch(finding.path, affected);
    };
    return replace(inScope, core::validatePaths(record, mode, changed));
}

// Validates the edited row alone, as the only row of a reduced record, so the cost does
// not grow with the number of rows; rules across rows wait for validateSection().
bool LiveValidation::validateRow(const QJsonObject &record, core::ExportMode mode,
                                 const core::FieldPath &path)
{
    const core::FieldPath row = rowOf(path);
    const QString key = std::get<QString>(row.segments().first());
    const auto index = m_rowIndexes.find(key);
    if (index != m_rowIndexes.end() && row.rowIndex() < index->second.rowCount())
        m_editedRows[key].insert(row.rowIndex());
    else if (index != m_rowIndexes.end())
        forgetRowIndex(row);
    const QString rowText = row.toString();
    const auto inScope = [&rowText](const core::Finding &finding) {
        return !isCrossRow(finding) && core::isPathPrefix(rowText, finding.path);
    };
    const QList<core::Finding> candidates = m_byRow.value(rowText);
    return replace(inScope, rowFindings(record, mode, path), &candidates);
}

// The findings of one row but those across rows, found in a record reduced to that row.
QList<core::Finding> LiveValidation::rowFindings(const QJsonObject &record, core::ExportMode mode,
                                                 const core::FieldPath &path) const
{
    const core::FieldPath row = rowOf(path);
    const QString key = std::get<QString>(row.segments().first());
    QJsonObject reduced = record;
    reduced.insert(key, QJsonArray { record.value(key).toArray().at(row.rowIndex()) });
    QList<core::FieldPath::Segment> segments = path.segments();
    segments[1] = 0;
    const core::FieldPath reducedRow = core::FieldPath().member(key).index(0);
    QList<core::Finding> fresh;
    for (const core::Finding &finding :
         core::validatePaths(reduced, mode, { core::FieldPath(segments) })) {
        if (!isCrossRow(finding) && core::FieldPath::parse(finding.path).startsWith(reducedRow))
            fresh.append(movedToRow(finding, row.rowIndex()));
    }
    return fresh;
}

bool LiveValidation::replace(const std::function<bool(const core::Finding &)> &inScope,
                             const QList<core::Finding> &fresh,
                             const QList<core::Finding> *candidates)
{
    if (candidates) {
        QList<core::Finding> dropped;
        std::copy_if(candidates->cbegin(), candidates->cend(), std::back_inserter(dropped),
                     inScope);
        if (sameFindings(dropped, fresh))
            return false;
    }
    QList<core::Finding> kept;
    QList<core::Finding> dropped;
    kept.reserve(m_ordered.size());
    for (const core::Finding &finding : std::as_const(m_ordered))
        (inScope(finding) ? dropped : kept).append(finding);
    if (sameFindings(dropped, fresh))
        return false;
    setAll(kept + fresh);
    return true;
}

bool LiveValidation::isRowPath(const core::FieldPath &path)
{
    return rowOf(path).isValid();
}

core::FormPosition LiveValidation::positionOf(const QString &path) const
{
    auto it = m_positions.constFind(path);
    if (it == m_positions.cend())
        it = m_positions.insert(path, core::FormPosition::of(path));
    return *it;
}

QList<core::Finding> LiveValidation::findingsOnRows(const QString &section,
                                                    const QList<int> &rows) const
{
    QList<core::Finding> found;
    for (const int row : rows)
        found += m_byRow.value(section + u'[' + QString::number(row) + u']');
    return found;
}

void LiveValidation::setAll(const QList<core::Finding> &findings)
{
    m_ordered = findings;
    trimPositions();
    reorder();
    m_byPath.clear();
    m_byRow.clear();
    for (const core::Finding &finding : std::as_const(m_ordered)) {
        m_byPath[finding.path].append(finding);
        const QString row = rowTextOf(finding.path);
        if (!row.isEmpty())
            m_byRow[row].append(finding);
    }
}

// The key cache only saves work for paths still in use: dropped once it outgrows them.
void LiveValidation::trimPositions()
{
    if (m_positions.size() > 2 * m_ordered.size() + 64)
        m_positions.clear();
}

void LiveValidation::reorder()
{
    QList<std::pair<core::FormPosition, int>> keys;
    keys.reserve(m_ordered.size());
    for (int i = 0; i < m_ordered.size(); ++i)
        keys.append({ positionOf(m_ordered.at(i).path), i });
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<core::Finding> sorted;
    sorted.reserve(m_ordered.size());
    for (const auto &key : std::as_const(keys))
        sorted.append(m_ordered.at(key.second));
    m_ordered = sorted;
}

} // namespace leadopp::ui
