#include "core/validation/duplicateindex.h"

#include "core/validation/duplicaterules.h"

#include <QJsonArray>

#include <algorithm>

namespace leadopp::core {

DuplicateIndex::DuplicateIndex(const QJsonObject &record, const QString &section)
    : m_rule(validation::duplicateRuleOf(section))
{
    if (!m_rule)
        return;
    const QJsonArray rows = record.value(section).toArray();
    m_roughKeys.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        m_roughKeys.append(validation::roughKeyOf(*m_rule, rows.at(row)));
        if (m_roughKeys.last())
            m_rowsByRoughKey[*m_roughKeys.last()].append(row); // ascending as appended
    }
}

QList<int> DuplicateIndex::rowChanged(const QJsonObject &record, int row)
{
    const std::optional<size_t> before = m_roughKeys.at(row);
    const std::optional<size_t> now
        = validation::roughKeyOf(*m_rule, record.value(m_rule->section).toArray().at(row));
    QList<int> affected { row };
    if (before)
        affected += m_rowsByRoughKey.value(*before);
    if (before != now) {
        if (before)
            remove(row, *before);
        if (now)
            add(row, *now);
        m_roughKeys[row] = now;
    }
    if (now)
        affected += m_rowsByRoughKey.value(*now);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    return affected;
}

QList<Finding> DuplicateIndex::findingsAmong(const QJsonObject &record,
                                             const QList<int> &rows) const
{
    // The duplicate rules read rows alone, whatever the export mode.
    validation::Context context { record, ExportMode::Update, {} };
    validation::reportDuplicatesAmong(context, *m_rule, rows);
    return context.findings;
}

void DuplicateIndex::rowsMoved(const QJsonObject &record, const std::function<int(int)> &newRow)
{
    const QJsonArray rows = record.value(m_rule->section).toArray();
    QList<std::optional<size_t>> roughKeys(rows.size());
    QList<bool> known(rows.size(), false);
    for (int row = 0; row < m_roughKeys.size(); ++row) {
        const int now = newRow(row);
        if (now >= 0 && now < rows.size()) {
            roughKeys[now] = m_roughKeys.at(row);
            known[now] = true;
        }
    }
    // Shifting in place keeps the cost to integer work: no row's key is hashed again, and
    // no group is allocated anew (a row command at 5,000 rows touches thousands of them).
    const int count = int(rows.size());
    for (auto group = m_rowsByRoughKey.begin(); group != m_rowsByRoughKey.end();) {
        for (int &row : *group) {
            const int now = newRow(row);
            row = now < count ? now : -1;
        }
        group->removeIf([](int row) { return row < 0; });
        if (!std::is_sorted(group->cbegin(), group->cend())) // a moved row
            std::sort(group->begin(), group->end());
        group = group->isEmpty() ? m_rowsByRoughKey.erase(group) : std::next(group);
    }
    m_roughKeys = roughKeys;
    for (int row = 0; row < rows.size(); ++row) {
        if (known.at(row))
            continue;
        m_roughKeys[row] = validation::roughKeyOf(*m_rule, rows.at(row));
        if (m_roughKeys.at(row))
            add(row, *m_roughKeys.at(row));
    }
}

QList<int> DuplicateIndex::rowsSharingKeys() const
{
    QList<int> rows;
    for (const QList<int> &group : m_rowsByRoughKey) {
        if (group.size() > 1)
            rows += group;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DuplicateIndex::add(int row, size_t roughKey)
{
    QList<int> &rows = m_rowsByRoughKey[roughKey];
    rows.insert(std::lower_bound(rows.begin(), rows.end(), row), row);
}

void DuplicateIndex::remove(int row, size_t roughKey)
{
    const auto group = m_rowsByRoughKey.find(roughKey);
    group->removeOne(row);
    if (group->isEmpty())
        m_rowsByRoughKey.erase(group);
}

} // namespace leadopp::core
