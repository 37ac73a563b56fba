// The rows of a Document: read from the record, or from the chunks of a section kept apart
// once a row command changed it, where an insert, remove or move shifts the rows of one
// chunk instead of every row after the place.
#include "core/document/document.h"

#include "core/document/jsonaccess.h"

#include <QJsonArray>

namespace leadopp::core {

namespace {

const QString *arraySectionKey(Section section)
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    return spec && spec->isArray ? &spec->key : nullptr;
}

} // namespace

QJsonArray Document::arrayOf(const Rows &rows)
{
    QJsonArray array;
    rows.forEach([&array](const QJsonValue &row) { array.append(row); });
    return array;
}

const Document::Rows *Document::apartRowsOf(const FieldPath &path) const
{
    if (m_apart.isEmpty() || !path.isValid() || path.isRecord())
        return nullptr;
    const QString *key = std::get_if<QString>(&path.segments().first());
    const auto found = key ? m_apart.constFind(*key) : m_apart.cend();
    return found == m_apart.cend() ? nullptr : &found.value();
}

Document::Rows &Document::rowsToChange(const QString &key)
{
    auto found = m_apart.find(key);
    if (found != m_apart.end())
        return found.value();
    // The record as it is now is the whole record, which stays current from here on by
    // the changes noted for it: asked for after a row command, it costs those changes only.
    if (m_apart.isEmpty()) {
        m_whole = m_draft.record;
        m_wholeCurrent = true;
        m_pending.clear();
    }
    Rows rows;
    const QJsonArray taken = m_draft.record.take(key).toArray();
    rows.appendEach(taken.size(), [&taken](qsizetype row) { return taken.at(row); });
    return m_apart.insert(key, std::move(rows)).value();
}

void Document::rejoin(const QString &key)
{
    m_draft.record.insert(key, arrayOf(m_apart.take(key)));
    if (m_apart.isEmpty()) {
        m_whole = QJsonObject();
        m_wholeCurrent = false;
        m_pending.clear();
        m_wholeDraft = Draft();
    }
}

// A value set the whole record takes at once, unless changes wait to be brought in before it.
void Document::notePending(PendingChange change)
{
    if (!m_wholeCurrent)
        return;
    if (change.kind == PendingChange::Kind::Value && m_pending.isEmpty()) {
        setValueAt(m_whole, change.path, change.value);
    } else if (m_pending.size() < kMaxPending) {
        m_pending.append(std::move(change));
    } else {
        m_wholeCurrent = false;
        m_whole = QJsonObject();
        m_pending.clear();
    }
}

void Document::bringInto(QJsonObject &whole, const PendingChange &change)
{
    if (change.kind == PendingChange::Kind::Value) {
        setValueAt(whole, change.path, change.value);
        return;
    }
    // Taken out while it changes, so that it changes in place (see setValueAt()).
    QJsonArray rows = whole.take(change.key).toArray();
    if (change.kind == PendingChange::Kind::Insert)
        rows.insert(change.at, change.value);
    else if (change.kind == PendingChange::Kind::Remove)
        rows.removeAt(change.at);
    else
        moveArrayItem(rows, change.at, change.to);
    whole.insert(change.key, rows);
}

bool Document::holdsRows(const QString &key) const
{
    return m_apart.contains(key) || m_draft.record.value(key).isArray();
}

qsizetype Document::rowCount(const QString &key) const
{
    const auto found = m_apart.constFind(key);
    return found != m_apart.cend() ? found.value().size()
                                   : m_draft.record.value(key).toArray().size();
}

QJsonValue Document::rowAt(const QString &key, qsizetype row) const
{
    const auto found = m_apart.constFind(key);
    if (found == m_apart.cend())
        return m_draft.record.value(key).toArray().at(row);
    return row >= 0 && row < found.value().size() ? found.value().at(row)
                                                  : QJsonValue(QJsonValue::Undefined);
}

QJsonObject Document::reducedToRow(const QString &key, qsizetype row) const
{
    QJsonObject reduced = m_draft.record;
    reduced.insert(key, QJsonArray { rowAt(key, row) });
    return reduced;
}

int Document::rowCount(Section section) const
{
    const QString *key = arraySectionKey(section);
    return key ? int(rowCount(*key)) : 0;
}

QJsonObject Document::row(Section section, int row) const
{
    const QString *key = arraySectionKey(section);
    return key ? rowAt(*key, row).toObject() : QJsonObject();
}

QJsonArray Document::rows(Section section) const
{
    const QString *key = arraySectionKey(section);
    if (!key)
        return {};
    const auto found = m_apart.constFind(*key);
    return found == m_apart.cend() ? m_draft.record.value(*key).toArray() : arrayOf(found.value());
}

quint64 Document::rowId(Section section, int row) const
{
    const QString *key = arraySectionKey(section);
    return key ? m_rowIds.idAt(*key, row) : 0;
}

bool Document::insertRow(Section section, int row, const QJsonObject &values, quint64 rowId)
{
    return insertRows(section, row, { values }, { rowId });
}

bool Document::insertRows(Section section, int row, const QList<QJsonObject> &values,
                          const QList<quint64> &rowIds)
{
    const QString *key = arraySectionKey(section);
    const int count = int(values.size());
    if (!key || count == 0 || row < 0 || row > rowCount(section))
        return false;
    Q_EMIT rowsAboutToBeInserted(section, row, row + count - 1);
    Rows &rows = rowsToChange(*key);
    for (int i = 0; i < count; ++i) {
        rows.insert(row + i, values.at(i));
        m_rowIds.insert(*key, row + i, rowIds.value(i));
        notePending({ PendingChange::Kind::Insert, *key, row + i, 0, {}, values.at(i) });
    }
    relocateServerErrors();
    Q_EMIT rowsInserted(section, row, row + count - 1);
    return true;
}

bool Document::removeRow(Section section, int row)
{
    return removeRows(section, row, 1);
}

bool Document::removeRows(Section section, int row, int count)
{
    const QString *key = arraySectionKey(section);
    if (!key || count <= 0 || row < 0 || row + count > rowCount(section))
        return false;
    Q_EMIT rowsAboutToBeRemoved(section, row, row + count - 1);
    Rows &rows = rowsToChange(*key);
    // From the last: a row at the end goes without moving any other.
    for (int i = row + count - 1; i >= row; --i) {
        rows.removeAt(i);
        m_rowIds.remove(*key, i);
        notePending({ PendingChange::Kind::Remove, *key, i, 0, {}, {} });
    }
    relocateServerErrors();
    Q_EMIT rowsRemoved(section, row, row + count - 1);
    return true;
}

bool Document::moveRow(Section section, int from, int to)
{
    const QString *key = arraySectionKey(section);
    const int count = rowCount(section);
    if (!key || from < 0 || to < 0 || from >= count || to >= count)
        return false;
    if (from == to)
        return true;
    Q_EMIT rowAboutToBeMoved(section, from, to);
    rowsToChange(*key).move(from, to);
    m_rowIds.move(*key, from, to);
    notePending({ PendingChange::Kind::Move, *key, from, to, {}, {} });
    relocateServerErrors();
    Q_EMIT rowMoved(section, from, to);
    return true;
}

} // namespace leadopp::core
