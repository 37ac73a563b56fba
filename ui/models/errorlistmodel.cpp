#include "ui/models/errorlistmodel.h"

#include "ui/models/issuedecoration.h"
#include "ui/session/editsession.h"
#include "ui/session/formorder.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace leadopp::ui {

ErrorListModel::ErrorListModel(EditSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &EditSession::issuesChanged, this, &ErrorListModel::rebuild);
    m_issues = session->allIssues();
}

void ErrorListModel::rebuild()
{
    beginResetModel();
    m_issues = m_session->allIssues();
    endResetModel();
    Q_EMIT countsChanged();
}

core::FieldPath ErrorListModel::pathAt(int row) const
{
    if (row < 0 || row >= m_issues.size())
        return core::FieldPath::parse(u"[");
    return core::FieldPath::parse(m_issues.at(row).path);
}

int ErrorListModel::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(), [](const FieldIssue &issue) {
        return issue.kind == IssueKind::Error || issue.kind == IssueKind::Server;
    }));
}

int ErrorListModel::warningCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(), [](const FieldIssue &issue) {
        return issue.kind == IssueKind::Warning;
    }));
}

int ErrorListModel::countForSection(core::Section section) const
{
    return int(
        std::count_if(m_issues.cbegin(), m_issues.cend(), [section](const FieldIssue &issue) {
            return issue.kind != IssueKind::AddressedServer && sectionOfPath(issue.path) == section;
        }));
}

int ErrorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ErrorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorListModel::displayData(const FieldIssue &issue, int column) const
{
    switch (column) {
    case KindColumn:
        return issueKindName(issue.kind);
    case FieldColumn:
        return core::FieldCatalogue::labelForPath(issue.path);
    case MessageColumn:
        return issue.kind == IssueKind::AddressedServer ? tr("%1 (addressed)").arg(issue.message)
                                                        : issue.message;
    case CodeColumn:
        return issue.code;
    case PathColumn:
        return issue.rawPath.isEmpty() ? issue.path : issue.rawPath;
    default:
        return {};
    }
}

QVariant ErrorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(issue, index.column());
    case Qt::ToolTipRole:
        return issueToolTip({ issue });
    case Qt::DecorationRole:
        return index.column() == KindColumn ? QVariant(issueIcon(issue.kind)) : QVariant();
    case Qt::ForegroundRole:
        return issue.kind == IssueKind::AddressedServer
            ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
            : QVariant();
    case PathRole:
        return issue.path;
    case AddressedRole:
        return issue.kind == IssueKind::AddressedServer;
    case SeverityRole:
        return int(issue.kind == IssueKind::Warning ? core::Severity::Warning
                                                    : core::Severity::Error);
    case SourceRole:
        return int(issue.isServer() ? Source::Server : Source::Client);
    case IssueKindRole:
        return int(issue.kind);
    default:
        return {};
    }
}

QVariant ErrorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    case CodeColumn:
        return tr("Code");
    case PathColumn:
        return tr("Path");
    default:
        return {};
    }
}

} // namespace leadopp::ui
