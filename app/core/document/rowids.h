#pragma once

#include "core/document/chunkedlist.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace leadopp::core {

/// A stable identity for every row of the record's array sections, so what belongs to a
/// row (a server error, say) follows it through insert, remove, move and undo while the
/// row's index changes. Ids are never reused within one document.
class RowIds final
{
public:
    /// Gives every row of every array member of `record` a fresh id.
    void reset(const QJsonObject &record);

    /// The id of row `row` of section `key`; 0 when out of range.
    quint64 idAt(const QString &key, int row) const;
    /// The current index of row `id` in section `key`; -1 when the row is gone.
    int indexOf(const QString &key, quint64 id) const;

    /// Records an insertion at `row`; `id` 0 draws a fresh one. Returns the row's id.
    quint64 insert(const QString &key, int row, quint64 id = 0);
    void remove(const QString &key, int row);
    void move(const QString &key, int from, int to);

private:
    /// Per section, the ids in row order: in chunks, so a row command does not shift them all.
    QHash<QString, ChunkedList<quint64>> m_ids;
    quint64 m_next = 1;
};

} // namespace leadopp::core
