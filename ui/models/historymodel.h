#pragma once

#include "core/document/draft.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace leadopp::core {
class Document;
}

namespace leadopp::ui {

/// The submission attempts recorded in a document (Draft::submissions), oldest first.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        EnvironmentColumn,
        OperationColumn,
        StatusColumn,
        OutcomeColumn,
        TraceIdColumn,
        ColumnCount
    };

    explicit HistoryModel(const core::Document *document, QObject *parent = nullptr);

    /// The names the rep knows the environments by, by id ("sandbox" -> "Sandbox (this
    /// computer)"); an attempt sent to an environment not listed shows the id it recorded.
    void setEnvironmentNames(const QHash<QString, QString> &namesById);

    const core::SubmissionAttempt &attemptAt(int row) const;
    QByteArray requestBodyAt(int row) const;
    QByteArray responseBodyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onSubmissionsChanged();
    void onDocumentReset();

    const core::Document *m_document = nullptr;
    /// The attempts as the view last saw them (implicitly shared with the draft).
    QList<core::SubmissionAttempt> m_attempts;
    QHash<QString, QString> m_environmentNames;
};

} // namespace leadopp::ui
