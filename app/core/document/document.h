#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/codec/exportmode.h"
#include "core/document/draft.h"
#include "core/document/rowids.h"
#include "core/document/servererrors.h"
#include "core/errors/fielderror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <functional>

namespace leadopp::core {

/// An open lead opportunity: the lossless draft, its file, the last rejection with its
/// mapped field errors, and which of those the user has since addressed. Emits
/// fine-grained change signals, and only on real change. Undo lives a layer up (QUndoStack
/// is a QtGui class); every mutation here is a plain, reversible operation.
class Document final : public QObject
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
    Snapshot snapshot() const { return { m_draft.record, m_rowIds }; }

    const Draft &draft() const { return m_draft; }
    const QJsonObject &record() const { return m_draft.record; }
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
    QJsonArray rows(Section section) const;
    void editRows(Section section, const std::function<void(QJsonArray &)> &edit);
    void relocateServerErrors();

    Draft m_draft;
    QString m_filePath;
    RowIds m_rowIds;
    ServerErrors m_serverErrors;
};

} // namespace leadopp::core
