#include "core/document/document.h"

#include "core/document/answeredrecord.h"
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
    m_apart.clear();
    m_whole = QJsonObject();
    m_wholeCurrent = false;
    m_pending.clear();
    m_wholeDraft = Draft();
    m_rowIds.reset(m_draft.record);
    const QList<FieldError> errors = m_draft.rejection.isNull()
        ? QList<FieldError>()
        : mapErrors(m_draft.rejection.body, m_draft.rejection.status, m_draft.record).errors
            + m_draft.rejection.previousAnswerErrors;
    m_serverErrors.reset(errors, answeredRecord(m_draft), m_rowIds, *this, m_rowIds);
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

const Draft &Document::draft() const
{
    if (m_apart.isEmpty())
        return m_draft;
    m_wholeDraft = m_draft;
    m_wholeDraft.record = record();
    return m_wholeDraft;
}

const QJsonObject &Document::record() const
{
    if (m_apart.isEmpty())
        return m_draft.record;
    if (!m_wholeCurrent) {
        m_whole = m_draft.record;
        for (auto it = m_apart.cbegin(); it != m_apart.cend(); ++it)
            m_whole.insert(it.key(), arrayOf(it.value()));
        m_wholeCurrent = true;
    }
    for (const PendingChange &change : std::as_const(m_pending))
        bringInto(m_whole, change);
    m_pending.clear();
    return m_whole;
}

QJsonValue Document::value(const FieldPath &path) const
{
    const Rows *rows = apartRowsOf(path);
    if (!rows)
        return core::valueAt(m_draft.record, path);
    if (path.size() == 1)
        return record().value(std::get<QString>(path.segments().first()));
    const int *row = std::get_if<int>(&path.segments().at(1));
    if (!row || *row < 0 || *row >= rows->size())
        return QJsonValue(QJsonValue::Undefined);
    return valueBelow(rows->at(*row), path, 2);
}

bool Document::setValue(const FieldPath &path, const QJsonValue &value)
{
    if (this->value(path) == value)
        return true;
    Q_EMIT valueAboutToChange(path);
    if (!storeValue(path, value))
        return false;
    const bool addressedChanged = m_serverErrors.refresh(*this, path.toString());
    Q_EMIT valueChanged(path);
    if (addressedChanged)
        Q_EMIT this->addressedChanged();
    return true;
}

// A value inside a row of a section kept apart changes in its row. Any other value changes
// in the record; one that replaces such a section, removes one of its rows or adds one past
// its end puts the section back into the record first. The whole record, while there is one,
// takes the change too.
bool Document::storeValue(const FieldPath &path, const QJsonValue &value)
{
    if (const Rows *apart = apartRowsOf(path)) {
        const QString key = std::get<QString>(path.segments().first());
        const int *row = path.size() >= 2 ? std::get_if<int>(&path.segments().at(1)) : nullptr;
        const bool inRow
            = row && *row >= 0 && *row < apart->size() && (path.size() > 2 || !value.isUndefined());
        if (inRow)
            return setApartValue(m_apart[key], path, value);
        rejoin(key);
    }
    if (!setValueAt(m_draft.record, path, value))
        return false;
    notePending({ PendingChange::Kind::Value, {}, 0, 0, path, value });
    return true;
}

bool Document::setApartValue(Rows &rows, const FieldPath &path, const QJsonValue &value)
{
    const int row = std::get<int>(path.segments().at(1));
    QJsonValue node = rows.at(row);
    if (!setValueBelow(node, path, 2, value))
        return false;
    rows[row] = node;
    notePending({ PendingChange::Kind::Value, {}, 0, 0, path, value });
    return true;
}

// Paths of server errors follow their rows; listeners learn of it from the row signal
// that follows, and of addressed states from addressedChanged().
void Document::relocateServerErrors()
{
    if (m_serverErrors.relocate(*this, m_rowIds))
        Q_EMIT addressedChanged();
}

void Document::setRejection(const Rejection &rejection, const QList<FieldError> &errors,
                            const Snapshot *sent)
{
    m_draft.rejection = rejection;
    const Snapshot now = snapshot();
    const Snapshot &answered = sent ? *sent : now;
    m_serverErrors.reset(errors, answered.record, answered.rowIds, *this, m_rowIds);
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
