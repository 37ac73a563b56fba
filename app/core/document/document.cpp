#include "core/document/document.h"

#include "core/document/jsonaccess.h"
#include "core/errors/errormapper.h"

#include <QJsonArray>

namespace leadopp::core {

Document::Document(QObject *parent) : QObject(parent) { }

Document::Document(Draft draft, QObject *parent) : QObject(parent)
{
    setDraft(std::move(draft));
}

void Document::setDraft(Draft draft)
{
    Q_EMIT documentAboutToBeReset();
    m_draft = std::move(draft);
    m_rowIds.reset(m_draft.record);
    const QList<FieldError> errors = m_draft.rejection.isNull()
        ? QList<FieldError>()
        : mapErrors(m_draft.rejection.body, m_draft.rejection.status, m_draft.record).errors
            + m_draft.rejection.previousAnswerErrors;
    m_serverErrors.reset(errors, m_draft.record, m_rowIds, m_draft.record, m_rowIds);
    Q_EMIT documentReset();
    Q_EMIT rejectionChanged();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QJsonValue Document::value(const FieldPath &path) const
{
    return valueAt(m_draft.record, path);
}

bool Document::setValue(const FieldPath &path, const QJsonValue &value)
{
    if (valueAt(m_draft.record, path) == value)
        return true;
    Q_EMIT valueAboutToChange(path);
    if (!setValueAt(m_draft.record, path, value))
        return false;
    const bool addressedChanged = m_serverErrors.refresh(m_draft.record, path.toString());
    Q_EMIT valueChanged(path);
    if (addressedChanged)
        Q_EMIT this->addressedChanged();
    return true;
}

QJsonArray Document::rows(Section section) const
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    return spec && spec->isArray ? m_draft.record.value(spec->key).toArray() : QJsonArray();
}

int Document::rowCount(Section section) const
{
    return int(rows(section).size());
}

QJsonObject Document::row(Section section, int row) const
{
    return rows(section).at(row).toObject();
}

quint64 Document::rowId(Section section, int row) const
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    return spec && spec->isArray ? m_rowIds.idAt(spec->key, row) : 0;
}

bool Document::insertRow(Section section, int row, const QJsonObject &values, quint64 rowId)
{
    return insertRows(section, row, { values }, { rowId });
}

bool Document::insertRows(Section section, int row, const QList<QJsonObject> &values,
                          const QList<quint64> &rowIds)
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    const int count = int(values.size());
    if (!spec || !spec->isArray || count == 0 || row < 0 || row > rowCount(section))
        return false;
    Q_EMIT rowsAboutToBeInserted(section, row, row + count - 1);
    editRows(section, [&](QJsonArray &rows) {
        for (int i = 0; i < count; ++i)
            rows.insert(row + i, values.at(i));
    });
    for (int i = 0; i < count; ++i)
        m_rowIds.insert(spec->key, row + i, rowIds.value(i));
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
    const SectionSpec *spec = FieldCatalogue::section(section);
    if (!spec || !spec->isArray || count <= 0 || row < 0 || row + count > rowCount(section))
        return false;
    Q_EMIT rowsAboutToBeRemoved(section, row, row + count - 1);
    // From the last: a row at the end goes without moving any other.
    editRows(section, [&](QJsonArray &rows) {
        for (int i = row + count - 1; i >= row; --i)
            rows.removeAt(i);
    });
    for (int i = row + count - 1; i >= row; --i)
        m_rowIds.remove(spec->key, i);
    relocateServerErrors();
    Q_EMIT rowsRemoved(section, row, row + count - 1);
    return true;
}

bool Document::moveRow(Section section, int from, int to)
{
    const int count = rowCount(section);
    if (from < 0 || to < 0 || from >= count || to >= count)
        return false;
    if (from == to)
        return true;
    Q_EMIT rowAboutToBeMoved(section, from, to);
    editRows(section, [&](QJsonArray &rows) { moveArrayItem(rows, from, to); });
    m_rowIds.move(FieldCatalogue::section(section)->key, from, to);
    relocateServerErrors();
    Q_EMIT rowMoved(section, from, to);
    return true;
}

// The section's array is taken out of the record while it changes, so that it has no
// other owner and changes in place: edited where it lies, it would be copied whole first.
void Document::editRows(Section section, const std::function<void(QJsonArray &)> &edit)
{
    const QString &key = FieldCatalogue::section(section)->key;
    QJsonArray rows = m_draft.record.take(key).toArray();
    edit(rows);
    m_draft.record.insert(key, rows);
}

// Paths of server errors follow their rows; listeners learn of it from the row signal
// that follows, and of addressed states from addressedChanged().
void Document::relocateServerErrors()
{
    if (m_serverErrors.relocate(m_draft.record, m_rowIds))
        Q_EMIT addressedChanged();
}

void Document::setRejection(const Rejection &rejection, const QList<FieldError> &errors,
                            const Snapshot *sent)
{
    m_draft.rejection = rejection;
    const Snapshot now = snapshot();
    const Snapshot &answered = sent ? *sent : now;
    m_serverErrors.reset(errors, answered.record, answered.rowIds, m_draft.record, m_rowIds);
    Q_EMIT rejectionChanged();
    Q_EMIT addressedChanged();
}

void Document::setBase(const ServerBase &base)
{
    if (base == m_draft.base)
        return;
    m_draft.base = base;
    Q_EMIT baseChanged();
}

void Document::clearRejection()
{
    setRejection(Rejection(), {});
}

bool Document::isAddressed(const FieldError &error) const
{
    const qsizetype index = serverErrors().indexOf(error);
    return index >= 0 && isAddressed(int(index));
}

QList<FieldError> Document::unaddressedErrors() const
{
    QList<FieldError> result;
    for (int i = 0; i < serverErrors().size(); ++i) {
        if (!isAddressed(i))
            result.append(serverErrors().at(i));
    }
    return result;
}

void Document::appendSubmission(const SubmissionAttempt &attempt)
{
    m_draft.submissions.append(attempt);
    Q_EMIT submissionsChanged();
}

} // namespace leadopp::core
