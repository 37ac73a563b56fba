#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/document/recordrows.h"
#include "core/document/rowids.h"
#include "core/errors/fielderror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace leadopp::core {

/// The field errors of the last rejection, each anchored to what the server refused: the
/// row it named (by its RowIds identity, so the error follows the row through insert,
/// remove, move and undo) and the value it was sent. An error is *addressed* while the
/// value at its place differs from the refused one, so undoing an edit reopens it; an
/// error whose row was removed is addressed and shown on its section until the row comes
/// back. Record-level errors are never addressed.
class ServerErrors final
{
public:
    /// Anchors `errors` (paths into `sent`, the record the server answered) to the rows
    /// of `sentIds`, then places them on `record` (the record now).
    void reset(const QList<FieldError> &errors, const QJsonObject &sent, const RowIds &sentIds,
               const RecordRows &record, const RowIds &ids);

    /// The errors with today's paths.
    const QList<FieldError> &errors() const { return m_errors; }
    bool isAddressed(int index) const { return m_addressed.value(index); }

    /// Re-places every error after a row change; true when an addressed state changed.
    bool relocate(const RecordRows &record, const RowIds &ids);
    /// Re-checks the errors on the branch of a changed path; true when one changed state.
    bool refresh(const RecordRows &record, const QString &changedPath);

private:
    struct Anchor {
        QString key;                    ///< array section of the row, empty for errors outside rows
        quint64 rowId = 0;              ///< the row's identity; 0 for errors outside rows
        QList<FieldPath::Segment> tail; ///< the path below the row
        QJsonValue refused;             ///< the value the server was sent at this place
        MatchKind match = MatchKind::Record;
    };

    static Anchor anchorOf(const FieldError &error, const QJsonObject &sent, const RowIds &ids);
    static bool isRecordLevel(const FieldError &error);
    void place(int index, const RowIds &ids);
    bool computeAddressed(int index, const RecordRows &record) const;

    QList<FieldError> m_errors;
    QList<Anchor> m_anchors;
    QList<bool> m_addressed;
};

} // namespace leadopp::core
