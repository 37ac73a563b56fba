#include "core/document.h"

#include "core/errormapper.h"
#include "core/jsonaccess.h"

#include <QJsonArray>

namespace leadopp::core {

namespace {

FieldPath sectionPath(Section section)
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    return spec && spec->isArray ? FieldPath().member(spec->key) : FieldPath();
}

// Rewrites the row index of an error path under `key`; returns false when the error's
// row was removed (its path then falls back to the section).
QString shiftedPath(const QString &path, const QString &key, int from, int delta, int removedRow)
{
    FieldPath parsed = FieldPath::parse(path);
    if (!parsed.isValid() || parsed.size() < 2)
        return path;
    const QString *head = std::get_if<QString>(&parsed.segments().first());
    const int *row = std::get_if<int>(&parsed.segments().at(1));
    if (!head || !row || *head != key)
        return path;
    if (*row == removedRow)
        return key;
    if (*row < from)
        return path;
    QList<FieldPath::Segment> segments = parsed.segments();
    segments[1] = *row + delta;
    return FieldPath(segments).toString();
}

} // namespace

Document::Document(QObject *parent) : QObject(parent) { }

Document::Document(Draft draft, QObject *parent) : QObject(parent)
{
    setDraft(std::move(draft));
}

void Document::setDraft(Draft draft)
{
    m_draft = std::move(draft);
    m_touched.clear();
    m_serverErrors.clear();
    if (!m_draft.rejection.isNull()) {
        m_serverErrors
            = mapErrors(m_draft.rejection.body, m_draft.rejection.status, m_draft.record).errors;
    }
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
    if (!setValueAt(m_draft.record, path, value))
        return false;
    markTouched(path);
    Q_EMIT valueChanged(path);
    return true;
}

QJsonArray Document::rows(Section section) const
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    return spec && spec->isArray ? m_draft.record.value(spec->key).toArray() : QJsonArray();
}

void Document::setRows(Section section, const QJsonArray &rows)
{
    m_draft.record.insert(FieldCatalogue::section(section)->key, rows);
}

int Document::rowCount(Section section) const
{
    return int(rows(section).size());
}

QJsonObject Document::row(Section section, int row) const
{
    return rows(section).at(row).toObject();
}

bool Document::insertRow(Section section, int row, const QJsonObject &values)
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    QJsonArray array = rows(section);
    if (!spec || !spec->isArray || row < 0 || row > array.size())
        return false;
    array.insert(row, values);
    setRows(section, array);
    shiftServerErrors(section, row, +1, -1);
    markTouched(sectionPath(section).index(row));
    Q_EMIT rowsInserted(section, row, row);
    return true;
}

bool Document::removeRow(Section section, int row)
{
    const SectionSpec *spec = FieldCatalogue::section(section);
    QJsonArray array = rows(section);
    if (!spec || !spec->isArray || row < 0 || row >= array.size())
        return false;
    array.removeAt(row);
    setRows(section, array);
    shiftServerErrors(section, row + 1, -1, row);
    markTouched(sectionPath(section));
    Q_EMIT rowsRemoved(section, row, row);
    return true;
}

bool Document::moveRow(Section section, int from, int to)
{
    QJsonArray array = rows(section);
    if (from < 0 || to < 0 || from >= array.size() || to >= array.size())
        return false;
    if (from == to)
        return true;
    const QJsonValue moved = array.takeAt(from);
    array.insert(to, moved);
    setRows(section, array);
    const QString key = FieldCatalogue::section(section)->key;
    for (FieldError &error : m_serverErrors) {
        const FieldPath parsed = FieldPath::parse(error.path);
        const int row = parsed.size() >= 2 && parsed.segments().first() == FieldPath::Segment(key)
            ? parsed.rowIndex()
            : -1;
        if (row < 0)
            continue;
        int newRow = row;
        if (row == from)
            newRow = to;
        else if (from < to && row > from && row <= to)
            newRow = row - 1;
        else if (from > to && row >= to && row < from)
            newRow = row + 1;
        QList<FieldPath::Segment> segments = parsed.segments();
        segments[1] = newRow;
        error.path = FieldPath(segments).toString();
    }
    Q_EMIT rowMoved(section, from, to);
    return true;
}

void Document::shiftServerErrors(Section section, int from, int delta, int removedRow)
{
    const QString key = FieldCatalogue::section(section)->key;
    for (FieldError &error : m_serverErrors) {
        const QString shifted = shiftedPath(error.path, key, from, delta, removedRow);
        if (shifted == error.path)
            continue;
        if (shifted == key && error.match == MatchKind::Exact)
            error.match = MatchKind::Partial;
        error.path = shifted;
    }
}

void Document::setRejection(const Rejection &rejection, const QList<FieldError> &errors)
{
    m_draft.rejection = rejection;
    m_serverErrors = errors;
    m_touched.clear();
    Q_EMIT rejectionChanged();
    Q_EMIT addressedChanged();
}

void Document::clearRejection()
{
    setRejection(Rejection(), {});
}

void Document::markTouched(const FieldPath &path)
{
    if (m_serverErrors.isEmpty())
        return;
    const qsizetype before = m_touched.size();
    m_touched.insert(path.toString());
    if (m_touched.size() != before)
        Q_EMIT addressedChanged();
}

bool Document::isAddressed(const FieldError &error) const
{
    if (error.match == MatchKind::Record || error.path.isEmpty())
        return false;
    const FieldPath errorPath = FieldPath::parse(error.path);
    for (const QString &touched : m_touched) {
        const FieldPath touchedPath = FieldPath::parse(touched);
        // An edit of the field itself, of anything inside a flagged row or section, or a
        // structural change of the row's list addresses the error.
        if (touchedPath.startsWith(errorPath) || errorPath.startsWith(touchedPath))
            return true;
    }
    return false;
}

QList<FieldError> Document::unaddressedErrors() const
{
    QList<FieldError> result;
    for (const FieldError &error : m_serverErrors) {
        if (!isAddressed(error))
            result.append(error);
    }
    return result;
}

void Document::appendSubmission(const SubmissionAttempt &attempt)
{
    m_draft.submissions.append(attempt);
    Q_EMIT submissionsChanged();
}

} // namespace leadopp::core
