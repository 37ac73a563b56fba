#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/codec/exportmode.h"
#include "core/document/chunkedlist.h"
#include "core/document/draft.h"
#include "core/document/recordrows.h"
#include "core/document/rowids.h"
#include "core/document/servererrors.h"
#include "core/errors/fielderror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

namespace leadopp::core {

/// An open lead opportunity: the lossless draft, its file, the last rejection with its
/// mapped field errors, and which of those the user has since addressed. Emits
/// fine-grained change signals, and only on real change. Undo lives a layer up (QUndoStack
/// is a QtGui class); every mutation here is a plain, reversible operation.
///
/// The rows of a section changed by a row command are kept apart from the record, in
/// chunks (a QJsonArray moves every row after the place of an insert or remove: 400 KB at
/// 50,000 rows). They are read row by row (RecordRows); the whole record is put together
/// when record(), draft() or snapshot() first asks for it, and from then on kept: the
/// changes made since it was last asked for are noted and brought into it at the next ask
/// (a few of them cost less than putting it together again).
class Document final : public QObject, public RecordRows
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Draft draft, QObject *parent = nullptr);

    /// The record with its row identities, as it was at one moment (what was sent).
    struct Snapshot {
        QJsonObject record;
        RowIds rowIds;
    };
    Snapshot snapshot() const { return { record(), m_rowIds }; }

    /// The draft with the whole record (see the class comment for its cost).
    const Draft &draft() const;
    const QJsonObject &record() const override;
    /// Parts of the draft, read without the record.
    const Rejection &rejection() const { return m_draft.rejection; }
    const ServerBase &base() const { return m_draft.base; }
    const QList<SubmissionAttempt> &submissions() const { return m_draft.submissions; }
    QString dsLeadOpportunityId() const { return m_draft.dsLeadOpportunityId(); }
    /// Replaces everything (open, revert); emits documentReset().
    void setDraft(Draft draft);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    QJsonValue value(const FieldPath &path) const;
    /// Sets one value (Undefined removes the member). Returns false when the path cannot
    /// hold a value; emits valueChanged() only when the value really changed.
    bool setValue(const FieldPath &path, const QJsonValue &value);

    int rowCount(Section section) const;
    QJsonObject row(Section section, int row) const;
    /// Every row of a section, for a pass over them all (row() looks each one up).
    QJsonArray rows(Section section) const;
    /// Inserts a row; `rowId` restores the identity of a row removed before (undo), 0
    /// gives it a new one.
    bool insertRow(Section section, int row, const QJsonObject &values = {}, quint64 rowId = 0);
    /// Inserts a row for each of `values` from `row` on, as one change (views and checks
    /// learn of them at once); `rowIds`, one a row where given, as for insertRow().
    bool insertRows(Section section, int row, const QList<QJsonObject> &values,
                    const QList<quint64> &rowIds = {});
    bool removeRow(Section section, int row);
    /// Removes rows `row` to `row + count - 1` as one change.
    bool removeRows(Section section, int row, int count);
    /// The identity of a row (see RowIds); 0 when out of range.
    quint64 rowId(Section section, int row) const;
    /// Moves one row from `from` to position `to` (both within the current rows).
    bool moveRow(Section section, int from, int to);

    ExportMode exportMode() const { return defaultExportMode(m_draft.record); }

    // RecordRows: the record read row by row, without putting it together.
    bool holdsRows(const QString &key) const override;
    qsizetype rowCount(const QString &key) const override;
    QJsonValue rowAt(const QString &key, qsizetype row) const override;
    QJsonValue valueAt(const FieldPath &path) const override { return value(path); }
    QJsonObject reducedToRow(const QString &key, qsizetype row) const override;

    /// Attaches a server rejection with its errors, whose paths point into `sent` (the
    /// record the server answered; the current one when null).
    void setRejection(const Rejection &rejection, const QList<FieldError> &errors,
                      const Snapshot *sent = nullptr);
    void clearRejection();
    /// The server errors, their paths following their rows.
    const QList<FieldError> &serverErrors() const { return m_serverErrors.errors(); }
    /// True when the value at the error's place differs from the one the server refused
    /// (or its row was removed); undoing the change reopens it.
    bool isAddressed(int index) const { return m_serverErrors.isAddressed(index); }
    /// The same for an error equal to one of serverErrors().
    bool isAddressed(const FieldError &error) const;
    /// Server errors whose refused value is still there.
    QList<FieldError> unaddressedErrors() const;

    void appendSubmission(const SubmissionAttempt &attempt);
    /// Makes `base` the server copy the draft is measured against (a refresh from the
    /// server, or what the server accepted); the record stays as it is. Emits
    /// baseChanged() when it differs.
    void setBase(const ServerBase &base);

Q_SIGNALS:
    /// Emitted before a change takes place, for item models that announce a change before it
    /// happens and read the document instead of keeping a copy of it.
    void valueAboutToChange(const leadopp::core::FieldPath &path);
    void rowsAboutToBeInserted(leadopp::core::Section section, int first, int last);
    void rowsAboutToBeRemoved(leadopp::core::Section section, int first, int last);
    void rowAboutToBeMoved(leadopp::core::Section section, int from, int to);
    void documentAboutToBeReset();

    void valueChanged(const leadopp::core::FieldPath &path);
    void rowsInserted(leadopp::core::Section section, int first, int last);
    void rowsRemoved(leadopp::core::Section section, int first, int last);
    void rowMoved(leadopp::core::Section section, int from, int to);
    void documentReset();
    void filePathChanged(const QString &path);
    void rejectionChanged();
    void addressedChanged();
    void submissionsChanged();
    void baseChanged();

private:
    using Rows = ChunkedList<QJsonValue>;
    /// Bringing in a row command moves the rows after it (5 microseconds at 50,000 rows);
    /// past this many changes, putting the record together again (2 ms) costs less.
    static constexpr int kMaxPending = 128;
    /// A change not yet brought into m_whole (see the class comment).
    struct PendingChange {
        enum class Kind { Insert, Remove, Move, Value } kind;
        QString key;      ///< the section of a row command
        int at = 0;       ///< the row inserted, removed or moved
        int to = 0;       ///< where a row moved
        FieldPath path;   ///< a value's place
        QJsonValue value; ///< the value set, or the row inserted
    };

    static QJsonArray arrayOf(const Rows &rows);
    const Rows *apartRowsOf(const FieldPath &path) const;
    /// The rows of section `key`, kept apart from now on (taken out of the record the first
    /// time); the whole record is put together again when asked for.
    Rows &rowsToChange(const QString &key);
    /// Puts section `key` back into the record (a value edit of the section itself).
    void rejoin(const QString &key);
    bool setApartValue(Rows &rows, const FieldPath &path, const QJsonValue &value);
    bool storeValue(const FieldPath &path, const QJsonValue &value);
    /// Notes a change for m_whole, while there is one; past kMaxPending changes it is put
    /// together again instead, at the next ask.
    void notePending(PendingChange change);
    static void bringInto(QJsonObject &whole, const PendingChange &change);
    void relocateServerErrors();

    Draft m_draft;                ///< the record without the sections kept apart
    QHash<QString, Rows> m_apart; ///< by section key
    // While m_wholeCurrent, m_whole with m_pending brought in is the whole record.
    mutable QJsonObject m_whole;
    mutable bool m_wholeCurrent = false;
    mutable QList<PendingChange> m_pending;
    mutable Draft m_wholeDraft; ///< what draft() returns while sections are kept apart
    QString m_filePath;
    RowIds m_rowIds;
    ServerErrors m_serverErrors;
};

} // namespace leadopp::core
