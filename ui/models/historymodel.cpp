#include "ui/models/historymodel.h"

#include "core/document/document.h"
#include "ui/models/attemptlabels.h"

#include <QLocale>

namespace leadopp::ui {

HistoryModel::HistoryModel(const core::Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_attempts(document->submissions())
{
    connect(document, &core::Document::submissionsChanged, this,
            &HistoryModel::onSubmissionsChanged);
    connect(document, &core::Document::documentReset, this, &HistoryModel::onDocumentReset);
}

const core::SubmissionAttempt &HistoryModel::attemptAt(int row) const
{
    return m_attempts.at(row);
}

QByteArray HistoryModel::requestBodyAt(int row) const
{
    return row >= 0 && row < m_attempts.size() ? m_attempts.at(row).requestBody : QByteArray();
}

QByteArray HistoryModel::responseBodyAt(int row) const
{
    return row >= 0 && row < m_attempts.size() ? m_attempts.at(row).responseBody : QByteArray();
}

void HistoryModel::onSubmissionsChanged()
{
    const QList<core::SubmissionAttempt> &fresh = m_document->submissions();
    const bool appended = fresh.size() > m_attempts.size()
        && std::equal(m_attempts.cbegin(), m_attempts.cend(), fresh.cbegin());
    if (!appended) {
        onDocumentReset();
        return;
    }
    beginInsertRows({}, int(m_attempts.size()), int(fresh.size()) - 1);
    m_attempts = fresh;
    endInsertRows();
}

void HistoryModel::onDocumentReset()
{
    beginResetModel();
    m_attempts = m_document->submissions();
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HistoryModel::setEnvironmentNames(const QHash<QString, QString> &namesById)
{
    m_environmentNames = namesById;
    if (!m_attempts.isEmpty())
        Q_EMIT dataChanged(index(0, EnvironmentColumn),
                           index(int(m_attempts.size()) - 1, EnvironmentColumn));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SubmissionAttempt &attempt = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == TraceIdColumn)
        return attempt.traceId;
    if (role == Qt::ToolTipRole && index.column() == EnvironmentColumn)
        return attempt.url;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(attempt.time.toLocalTime(), QLocale::ShortFormat);
    case EnvironmentColumn:
        return m_environmentNames.value(attempt.environment, attempt.environment);
    case OperationColumn:
        return operationLabel(attempt.operation);
    case StatusColumn:
        return attempt.status == 0 ? tr("no response") : QString::number(attempt.status);
    case OutcomeColumn:
        return outcomeLabel(attempt.outcome);
    case TraceIdColumn:
        return attempt.traceId;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EnvironmentColumn:
        return tr("Environment");
    case OperationColumn:
        return tr("Operation");
    case StatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Outcome");
    case TraceIdColumn:
        return tr("Trace ID");
    default:
        return {};
    }
}

} // namespace leadopp::ui
