#pragma once

#include "core/document/chunkedlist.h"
#include "core/document/recordrows.h"
#include "core/validation/validator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace leadopp::core {

namespace validation {
struct DuplicateRule;
struct Repeat;
} // namespace validation

/// The rows of one array section grouped by the rough key of its duplicate rule, kept
/// current row by row: after an edit the rule reruns among the rows of the edited row's old
/// and new groups (usually one or two rows) instead of the whole section, with the same
/// findings validateRecord() reports for them.
///
/// Groups hold a label per row rather than its number: labels ascend with the rows, so a
/// row's number is found by bisection, and inserting, removing or moving a row touches only
/// that row's group instead of renumbering every group after it.
class DuplicateIndex final
{
public:
    /// Indexes `section` ("offerLines") of `record`; isValid() is false for a section no
    /// duplicate rule compares.
    DuplicateIndex(const RecordRows &record, const QString &section);
    /// An index of none of the rows of `section` yet, which indexMore() fills a slice at a
    /// time (while the editor is idle).
    explicit DuplicateIndex(const QString &section);
    /// Indexes up to `count` more rows of `record`'s section after those indexed so far;
    /// true once every row is. The rows indexed must not have changed in between.
    bool indexMore(const RecordRows &record, qsizetype count);

    bool isValid() const { return m_rule != nullptr; }
    qsizetype rowCount() const { return m_rows.size(); }
    /// Row `row` of `record` may have changed: returns, ascending, the rows whose duplicate
    /// findings may differ now (the row itself and the rows it shared or shares a key with).
    QList<int> rowChanged(const RecordRows &record, int row);
    /// Rows `first`..`last` of `record` were inserted (the rows from `first` on moved down).
    /// Returns, ascending, the new rows and the rows sharing a key with them: the only rows
    /// whose duplicate findings may differ beyond their row numbers.
    QList<int> rowsInserted(const RecordRows &record, int first, int last);
    /// Rows `first`..`last` were removed. Returns, ascending, the rows that shared a key
    /// with them.
    QList<int> rowsRemoved(int first, int last);
    /// Row `from` moved to position `to`, its content unchanged. Returns, ascending, the
    /// moved row and the rows sharing its key.
    QList<int> rowMoved(int from, int to);
    /// The rows, ascending, that share a rough key with another row: every duplicate
    /// finding lies on one of them.
    QList<int> rowsSharingKeys() const;
    /// The duplicate findings of validateRecord() that lie on `rows` (from rowChanged()).
    QList<Finding> findingsAmong(const QJsonObject &record, const QList<int> &rows) const;
    /// The same findings as row numbers (validation::repeatFinding() gives their text).
    QList<validation::Repeat> repeatsAmong(const RecordRows &record, const QList<int> &rows) const;

private:
    struct Row {
        quint64 label = 0; ///< ascends with the row number
        std::optional<size_t> roughKey;
    };

    int rowOfLabel(quint64 label) const;
    QList<int> rowsOf(size_t roughKey) const;
    /// The rows of the groups of `roughKeys`, ascending and each once.
    QList<int> rowsOfKeys(const QList<size_t> &roughKeys) const;
    bool placeLabels(int first, int count);
    void relabel();
    void add(quint64 label, size_t roughKey);
    void remove(quint64 label, size_t roughKey);

    const validation::DuplicateRule *m_rule = nullptr;
    ChunkedList<Row> m_rows;                          ///< per row, in chunks: no shift of all
    QHash<size_t, QList<quint64>> m_labelsByRoughKey; ///< labels ascending; no empty list
    QSet<size_t> m_sharedKeys;                        ///< rough keys of more than one row
};

} // namespace leadopp::core
