#include "core/document/rowids.h"

#include <QJsonArray>

namespace leadopp::core {

void RowIds::reset(const QJsonObject &record)
{
    m_ids.clear();
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!it.value().isArray())
            continue;
        QList<quint64> &ids = m_ids[it.key()];
        for (qsizetype row = 0; row < it.value().toArray().size(); ++row)
            ids.append(m_next++);
    }
}

quint64 RowIds::idAt(const QString &key, int row) const
{
    const QList<quint64> ids = m_ids.value(key);
    return row >= 0 && row < ids.size() ? ids.at(row) : 0;
}

int RowIds::indexOf(const QString &key, quint64 id) const
{
    return int(m_ids.value(key).indexOf(id));
}

quint64 RowIds::insert(const QString &key, int row, quint64 id)
{
    QList<quint64> &ids = m_ids[key];
    const quint64 assigned = id ? id : m_next++;
    ids.insert(qBound(0, row, int(ids.size())), assigned);
    return assigned;
}

void RowIds::remove(const QString &key, int row)
{
    QList<quint64> &ids = m_ids[key];
    if (row >= 0 && row < ids.size())
        ids.removeAt(row);
}

void RowIds::move(const QString &key, int from, int to)
{
    QList<quint64> &ids = m_ids[key];
    if (from >= 0 && to >= 0 && from < ids.size() && to < ids.size())
        ids.move(from, to);
}

} // namespace leadopp::core
