#pragma once

#include "core/draft.h"
#include "core/exporter.h"
#include "core/fieldcatalogue.h"
#include "core/fielderror.h"
#include "core/fieldpath.h"
#include "core/validator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSet>

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
    bool insertRow(Section section, int row, const QJsonObject &values = {});
    bool removeRow(Section section, int row);
    /// Moves one row from `from` to position `to` (both within the current rows).
    bool moveRow(Section section, int from, int to);

    ExportMode exportMode() const { return defaultExportMode(m_draft.record); }

    /// Attaches a server rejection with its mapped errors; clears "addressed" marks.
    void setRejection(const Rejection &rejection, const QList<FieldError> &errors);
    void clearRejection();
    const QList<FieldError> &serverErrors() const { return m_serverErrors; }
    /// True when the user edited the field (or row) of a server error since it arrived.
    bool isAddressed(const FieldError &error) const;
    /// Server errors on fields nobody has touched since the rejection.
    QList<FieldError> unaddressedErrors() const;

    void appendSubmission(const SubmissionAttempt &attempt);

Q_SIGNALS:
    void valueChanged(const leadopp::core::FieldPath &path);
    void rowsInserted(leadopp::core::Section section, int first, int last);
    void rowsRemoved(leadopp::core::Section section, int first, int last);
    void rowMoved(leadopp::core::Section section, int from, int to);
    void documentReset();
    void filePathChanged(const QString &path);
    void rejectionChanged();
    void addressedChanged();
    void submissionsChanged();

private:
    QJsonArray rows(Section section) const;
    void setRows(Section section, const QJsonArray &rows);
    void markTouched(const FieldPath &path);
    void shiftServerErrors(Section section, int from, int delta, int removedRow);

    Draft m_draft;
    QString m_filePath;
    QList<FieldError> m_serverErrors;
    QSet<QString> m_touched; ///< canonical paths edited since the last rejection
};

} // namespace leadopp::core
