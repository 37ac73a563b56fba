#include "core/validation/duplicateindex.h"

#include "core/validation/duplicaterules.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace leadopp::core {

namespace {

// The gap between the labels of neighbouring rows when they are (re)numbered: 32 rows can
// be inserted at one place before the labels around it run out and all are numbered anew.
constexpr quint64 kLabelSpacing = quint64(1) << 32;

} // namespace

DuplicateIndex::DuplicateIndex(const RecordRows &record, const QString &section)
    : DuplicateIndex(section)
{
    if (m_rule)
        indexMore(record, std::numeric_limits<qsizetype>::max());
}

DuplicateIndex::DuplicateIndex(const QString &section)
    : m_rule(validation::duplicateRuleOf(section))
{ }

bool DuplicateIndex::indexMore(const RecordRows &record, qsizetype count)
{
    const qsizetype rowCount = record.rowCount(m_rule->section);
    const qsizetype end = m_rows.size() + std::min(count, rowCount - m_rows.size());
    for (qsizetype row = m_rows.size(); row < end; ++row) {
        const Row entry { quint64(row + 1) * kLabelSpacing,
                          validation::roughKeyOf(*m_rule, record.rowAt(m_rule->section, row)) };
        m_rows.append(entry);
        if (entry.roughKey)
            add(entry.label, *entry.roughKey); // ascending as appended
    }
    return m_rows.size() == rowCount;
}

QList<int> DuplicateIndex::rowChanged(const RecordRows &record, int row)
{
    Row &entry = m_rows[row];
    const std::optional<size_t> before = entry.roughKey;
    const std::optional<size_t> now
        = validation::roughKeyOf(*m_rule, record.rowAt(m_rule->section, row));
    QList<int> affected { row };
    if (before)
        affected += rowsOf(*before);
    if (before != now) {
        if (before)
            remove(entry.label, *before);
        if (now)
            add(entry.label, *now);
        entry.roughKey = now;
    }
    if (now)
        affected += rowsOf(*now);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    return affected;
}

QList<int> DuplicateIndex::rowsInserted(const RecordRows &record, int first, int last)
{
    const int count = last - first + 1;
    for (int row = first; row <= last; ++row)
        m_rows.insert(row, Row());
    QList<size_t> roughKeys;
    for (int row = first; row <= last; ++row) {
        m_rows[row].roughKey = validation::roughKeyOf(*m_rule, record.rowAt(m_rule->section, row));
        if (m_rows.at(row).roughKey)
            roughKeys.append(*m_rows.at(row).roughKey);
    }
    if (!placeLabels(first, count)) {
        relabel(); // groups the new rows too
    } else {
        for (int row = first; row <= last; ++row) {
            if (m_rows.at(row).roughKey)
                add(m_rows.at(row).label, *m_rows.at(row).roughKey);
        }
    }
    QList<int> affected = rowsOfKeys(roughKeys);
    for (int row = first; row <= last; ++row)
        affected.insert(std::lower_bound(affected.begin(), affected.end(), row), row);
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    return affected;
}

QList<int> DuplicateIndex::rowsRemoved(int first, int last)
{
    QList<size_t> roughKeys;
    for (int row = first; row <= last; ++row) {
        if (m_rows.at(row).roughKey) {
            remove(m_rows.at(row).label, *m_rows.at(row).roughKey);
            roughKeys.append(*m_rows.at(row).roughKey);
        }
    }
    for (int row = last; row >= first; --row)
        m_rows.removeAt(row);
    return rowsOfKeys(roughKeys);
}

QList<int> DuplicateIndex::rowMoved(int from, int to)
{
    const Row moved = m_rows.at(from);
    if (moved.roughKey)
        remove(moved.label, *moved.roughKey);
    m_rows.move(from, to); // only the rows between the two places shift
    if (!placeLabels(to, 1))
        relabel();
    else if (moved.roughKey)
        add(m_rows.at(to).label, *moved.roughKey);
    QList<int> affected = moved.roughKey ? rowsOf(*moved.roughKey) : QList<int>();
    return affected.isEmpty() ? QList<int> { to } : affected;
}

QList<int> DuplicateIndex::rowsSharingKeys() const
{
    QList<int> rows;
    for (const size_t roughKey : m_sharedKeys)
        rows += rowsOf(roughKey);
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<Finding> DuplicateIndex::findingsAmong(const QJsonObject &record,
                                             const QList<int> &rows) const
{
    // The duplicate rules read rows alone, whatever the export mode.
    validation::Context context { record, ExportMode::Update, {} };
    validation::reportDuplicatesAmong(context, *m_rule, rows);
    return context.findings;
}

QList<validation::Repeat> DuplicateIndex::repeatsAmong(const RecordRows &record,
                                                       const QList<int> &rows) const
{
    return validation::repeatsAmong(record, *m_rule, rows);
}

int DuplicateIndex::rowOfLabel(quint64 label) const
{
    return int(m_rows.lowerBound(label, [](const Row &row, quint64 l) { return row.label < l; }));
}

QList<int> DuplicateIndex::rowsOf(size_t roughKey) const
{
    QList<int> rows;
    for (const quint64 label : m_labelsByRoughKey.value(roughKey))
        rows.append(rowOfLabel(label)); // ascending, as the labels
    return rows;
}

QList<int> DuplicateIndex::rowsOfKeys(const QList<size_t> &roughKeys) const
{
    QList<int> rows;
    for (const size_t roughKey : roughKeys)
        rows += rowsOf(roughKey);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

// Labels rows `first`..`first + count - 1` evenly between their neighbours' labels; false
// when the gap between them is too narrow.
bool DuplicateIndex::placeLabels(int first, int count)
{
    const quint64 below = first > 0 ? m_rows.at(first - 1).label : 0;
    const int after = first + count;
    quint64 above = 0;
    if (after < m_rows.size())
        above = m_rows.at(after).label;
    else if (below <= std::numeric_limits<quint64>::max() - quint64(count + 1) * kLabelSpacing)
        above = below + quint64(count + 1) * kLabelSpacing;
    const quint64 step = above > below ? (above - below) / quint64(count + 1) : 0;
    if (step == 0)
        return false;
    for (int i = 0; i < count; ++i)
        m_rows[first + i].label = below + step * quint64(i + 1);
    return true;
}

// Numbers every row's label anew and regroups the rows: rare, once inserts at one place
// have used up the gap there.
void DuplicateIndex::relabel()
{
    m_labelsByRoughKey.clear();
    m_sharedKeys.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &entry = m_rows[row];
        entry.label = quint64(row + 1) * kLabelSpacing;
        if (entry.roughKey)
            add(entry.label, *entry.roughKey);
    }
}

void DuplicateIndex::add(quint64 label, size_t roughKey)
{
    QList<quint64> &labels = m_labelsByRoughKey[roughKey];
    labels.insert(std::lower_bound(labels.begin(), labels.end(), label), label);
    if (labels.size() == 2)
        m_sharedKeys.insert(roughKey);
}

void DuplicateIndex::remove(quint64 label, size_t roughKey)
{
    const auto group = m_labelsByRoughKey.find(roughKey);
    group->erase(std::lower_bound(group->begin(), group->end(), label));
    if (group->size() == 1)
        m_sharedKeys.remove(roughKey);
    else if (group->isEmpty())
        m_labelsByRoughKey.erase(group);
}

} // namespace leadopp::core
