#include "core/document/recordrows.h"

#include "core/document/jsonaccess.h"

namespace leadopp::core {

bool JsonRecordRows::holdsRows(const QString &key) const
{
    return m_record.value(key).isArray();
}

// Rows are read one after another from one section: its array is looked up once.
const QJsonArray &JsonRecordRows::rowsOf(const QString &key) const
{
    if (key != m_lastKey) {
        m_lastKey = key;
        m_lastRows = m_record.value(key).toArray();
    }
    return m_lastRows;
}

qsizetype JsonRecordRows::rowCount(const QString &key) const
{
    return rowsOf(key).size();
}

QJsonValue JsonRecordRows::rowAt(const QString &key, qsizetype row) const
{
    return rowsOf(key).at(row);
}

QJsonValue JsonRecordRows::valueAt(const FieldPath &path) const
{
    return core::valueAt(m_record, path);
}

QJsonObject JsonRecordRows::reducedToRow(const QString &key, qsizetype row) const
{
    QJsonObject reduced = m_record;
    reduced.insert(key, QJsonArray { rowAt(key, row) });
    return reduced;
}

} // namespace leadopp::core
