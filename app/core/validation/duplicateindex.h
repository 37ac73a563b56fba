#pragma once

#include "core/validation/validator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace leadopp::core {

namespace validation {
struct DuplicateRule;
}

/// The rows of one array section grouped by the rough key of its duplicate rule, kept
/// current row by row: after an edit the rule reruns among the rows of the edited row's old
/// and new groups (usually one or two rows) instead of the whole section, with the same
/// findings validateRecord() reports for them.
class DuplicateIndex final
{
public:
    /// Indexes `section` ("offerLines") of `record`; isValid() is false for a section no
    /// duplicate rule compares.
    DuplicateIndex(const QJsonObject &record, const QString &section);

    bool isValid() const { return m_rule != nullptr; }
    qsizetype rowCount() const { return m_roughKeys.size(); }
    /// Row `row` of `record` may have changed: returns, ascending, the rows whose duplicate
    /// findings may differ now (the row itself and the rows it shared or shares a key with).
    QList<int> rowChanged(const QJsonObject &record, int row);
    /// The rows moved, were inserted or removed: row `r` is now row `newRow(r)` (-1 when
    /// removed) and every row of `record` no old row maps to is new.
    void rowsMoved(const QJsonObject &record, const std::function<int(int)> &newRow);
    /// The rows, ascending, that share a rough key with another row: every duplicate
    /// finding lies on one of them.
    QList<int> rowsSharingKeys() const;
    /// The duplicate findings of validateRecord() that lie on `rows` (from rowChanged()).
    QList<Finding> findingsAmong(const QJsonObject &record, const QList<int> &rows) const;

private:
    void add(int row, size_t roughKey);
    void remove(int row, size_t roughKey);

    const validation::DuplicateRule *m_rule = nullptr;
    QList<std::optional<size_t>> m_roughKeys;   ///< per row
    QHash<size_t, QList<int>> m_rowsByRoughKey; ///< rows ascending; no empty list
};

} // namespace leadopp::core
