#include "core/document/rowids.h"

#include <QJsonArray>

namespace leadopp::core {

void RowIds::reset(const QJsonObject &record)
{
    m_ids.clear();
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!it.value().isArray())
            continue;
        ChunkedList<quint64> &ids = m_ids[it.key()];
        const qsizetype rows = it.value().toArray().size();
        for (qsizetype row = 0; row < rows; ++row)
            ids.append(m_next++);
    }
}

quint64 RowIds::idAt(const QString &key, int row) const
{
    const auto ids = m_ids.constFind(key);
    return ids != m_ids.cend() && row >= 0 && row < ids->size() ? ids->at(row) : 0;
}

int RowIds::indexOf(const QString &key, quint64 id) const
{
    const auto ids = m_ids.constFind(key);
    return ids != m_ids.cend() ? int(ids->indexOf(id)) : -1;
}

quint64 RowIds::insert(const QString &key, int row, quint64 id)
{
    ChunkedList<quint64> &ids = m_ids[key];
    const quint64 assigned = id ? id : m_next++;
    ids.insert(qBound(0, row, int(ids.size())), assigned);
    return assigned;
}

void RowIds::remove(const QString &key, int row)
{
    ChunkedList<quint64> &ids = m_ids[key];
    if (row >= 0 && row < ids.size())
        ids.removeAt(row);
}

void RowIds::move(const QString &key, int from, int to)
{
    ChunkedList<quint64> &ids = m_ids[key];
    if (from >= 0 && to >= 0 && from < ids.size() && to < ids.size())
        ids.move(from, to);
}

} // namespace leadopp::core
