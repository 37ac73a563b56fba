#pragma once

#include "core/catalogue/fieldpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace leadopp::core {

/// A record read row by row. Live validation reads the rows it checks through this, so an
/// edit or a row command on a section of 50,000 rows never waits for the whole record: a
/// Document keeps the rows of a section it changed row by row apart, in chunks, and puts the
/// whole record together only when it is asked for it (record()).
class RecordRows
{
public:
    virtual ~RecordRows() = default;

    /// Whether member `key` holds an array (a section of rows, empty or not).
    virtual bool holdsRows(const QString &key) const = 0;
    /// The rows of array section `key`; 0 when it holds none.
    virtual qsizetype rowCount(const QString &key) const = 0;
    /// Row `row` of section `key`; Undefined out of range.
    virtual QJsonValue rowAt(const QString &key, qsizetype row) const = 0;
    /// The value at `path`, as valueAt() finds it in the whole record.
    virtual QJsonValue valueAt(const FieldPath &path) const = 0;
    /// The record with section `key` reduced to its row `row`, for the rules of one row
    /// (they read the row and the record's objects, never the rows of another section,
    /// which it may leave out).
    virtual QJsonObject reducedToRow(const QString &key, qsizetype row) const = 0;
    /// The whole record. Costs the size of the rows when a Document has to put it together.
    virtual const QJsonObject &record() const = 0;

protected:
    RecordRows() = default;
    RecordRows(const RecordRows &) = default;
    RecordRows &operator=(const RecordRows &) = default;
};

/// A plain record read row by row, for a moment: the record must outlive this and stay as
/// it is meanwhile.
class JsonRecordRows final : public RecordRows
{
public:
    explicit JsonRecordRows(const QJsonObject &record) : m_record(record) { }

    bool holdsRows(const QString &key) const override;
    qsizetype rowCount(const QString &key) const override;
    QJsonValue rowAt(const QString &key, qsizetype row) const override;
    QJsonValue valueAt(const FieldPath &path) const override;
    QJsonObject reducedToRow(const QString &key, qsizetype row) const override;
    const QJsonObject &record() const override { return m_record; }

private:
    const QJsonArray &rowsOf(const QString &key) const;

    const QJsonObject &m_record;
    mutable QString m_lastKey; ///< the section rowsOf() looked up last, and its rows
    mutable QJsonArray m_lastRows;
};

} // namespace leadopp::core
