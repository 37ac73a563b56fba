#include "core/document/servererrors.h"

#include "core/document/jsonaccess.h"

namespace leadopp::core {

bool ServerErrors::isRecordLevel(const FieldError &error)
{
    return error.match == MatchKind::Record || error.path.isEmpty();
}

ServerErrors::Anchor ServerErrors::anchorOf(const FieldError &error, const QJsonObject &sent,
                                            const RowIds &ids)
{
    Anchor anchor;
    anchor.match = error.match;
    if (isRecordLevel(error))
        return anchor;
    const FieldPath path = FieldPath::parse(error.path);
    anchor.refused = valueAt(sent, path);
    const QString *key = path.size() >= 2 ? std::get_if<QString>(&path.segments().at(0)) : nullptr;
    const int *row = path.size() >= 2 ? std::get_if<int>(&path.segments().at(1)) : nullptr;
    if (key && row && ids.idAt(*key, *row) != 0) {
        anchor.key = *key;
        anchor.rowId = ids.idAt(*key, *row);
        anchor.tail = path.segments().mid(2);
    }
    return anchor;
}

void ServerErrors::reset(const QList<FieldError> &errors, const QJsonObject &sent,
                         const RowIds &sentIds, const RecordRows &record, const RowIds &ids)
{
    m_errors = errors;
    m_anchors.clear();
    for (const FieldError &error : errors)
        m_anchors.append(anchorOf(error, sent, sentIds));
    m_addressed = QList<bool>(errors.size(), false);
    relocate(record, ids);
}

void ServerErrors::place(int index, const RowIds &ids)
{
    const Anchor &anchor = m_anchors.at(index);
    if (anchor.rowId == 0)
        return;
    FieldError &error = m_errors[index];
    const int row = ids.indexOf(anchor.key, anchor.rowId);
    if (row < 0) {
        // The row is gone: the error waits on its section until an undo brings it back.
        error.path = anchor.key;
        error.match = anchor.match == MatchKind::Exact ? MatchKind::Partial : anchor.match;
        return;
    }
    error.path = FieldPath(QList<FieldPath::Segment> { anchor.key, row } + anchor.tail).toString();
    error.match = anchor.match;
}

bool ServerErrors::computeAddressed(int index, const RecordRows &record) const
{
    const FieldError &error = m_errors.at(index);
    if (isRecordLevel(error))
        return false;
    const Anchor &anchor = m_anchors.at(index);
    if (anchor.rowId != 0 && error.path == anchor.key)
        return true; // its row was removed
    return record.valueAt(FieldPath::parse(error.path)) != anchor.refused;
}

bool ServerErrors::relocate(const RecordRows &record, const RowIds &ids)
{
    bool changed = false;
    for (int i = 0; i < m_errors.size(); ++i) {
        place(i, ids);
        const bool addressed = computeAddressed(i, record);
        changed = changed || addressed != m_addressed.at(i);
        m_addressed[i] = addressed;
    }
    return changed;
}

bool ServerErrors::refresh(const RecordRows &record, const QString &changedPath)
{
    bool changed = false;
    for (int i = 0; i < m_errors.size(); ++i) {
        if (isRecordLevel(m_errors.at(i)) || !isOnBranch(m_errors.at(i).path, changedPath))
            continue;
        const bool addressed = computeAddressed(i, record);
        changed = changed || addressed != m_addressed.at(i);
        m_addressed[i] = addressed;
    }
    return changed;
}

} // namespace leadopp::core
