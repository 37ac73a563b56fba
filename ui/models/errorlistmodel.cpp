#include "ui/models/errorlistmodel.h"

#include "ui/models/issuedecoration.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <algorithm>

namespace leadopp::ui {

ErrorListModel::ErrorListModel(EditSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &EditSession::issuesChanged, this, &ErrorListModel::onIssuesChanged);
    connectDocument(session->document());
    QList<core::FormPosition> positions;
    const QList<FieldIssue> issues = session->allIssues(&positions);
    insertEntries(0, issues, positions);
}

const FieldIssue &ErrorListModel::issueAt(int row) const
{
    writeTexts(row);
    return stored(row).issue;
}

core::FieldPath ErrorListModel::pathAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return core::FieldPath::invalid();
    return core::FieldPath::parse(issueAt(row).path);
}

ErrorListModel::SectionCounts ErrorListModel::countsForSection(core::Section section) const
{
    return m_sectionCounts.at(std::size_t(section));
}

int ErrorListModel::countForSection(core::Section section) const
{
    const SectionCounts counts = countsForSection(section);
    return counts.errors + counts.warnings;
}

int ErrorListModel::openOrdinal(int row) const
{
    if (row < 0 || row >= m_rows.size() || stored(row).issue.kind == IssueKind::AddressedServer)
        return 0;
    int place = 0;
    for (int before = 0; before <= row; ++before)
        place += kindAt(before) != IssueKind::AddressedServer ? 1 : 0;
    return place;
}

// The first row whose problem lies at or after `focusPath` in form order (rowCount() when
// none). Rows are in list order: record-level issues first, then form order, so a position
// is the index of the first row at or past it.
int ErrorListModel::firstRowFrom(const QString &focusPath) const
{
    const core::FormPosition focus = m_session->formPositionOf(focusPath);
    for (int row = 0; row < rowCount(); ++row) {
        const QString &path = issueAt(row).path;
        if (!path.isEmpty() && !(m_session->formPositionOf(path) < focus))
            return row;
    }
    return rowCount();
}

int ErrorListModel::stepFrom(const QString &focusPath, int currentRow, int delta) const
{
    const int rows = int(m_rows.size());
    if (openCount() == 0)
        return -1;
    const auto isOpen = [this](int row) { return kindAt(row) != IssueKind::AddressedServer; };
    int start = delta > 0 ? -1 : rows; // before the first / after the last row
    // Following F8 through the list: the selected problem is the field in focus, an item of
    // the list in focus, or the row or section in focus (reached at its first cell or
    // field), so go on from its row: several problems on one field, and the problems of
    // rows after it, are each visited.
    const bool onSelected = currentRow >= 0 && currentRow < rows && !focusPath.isEmpty()
        && !issueAt(currentRow).path.isEmpty()
        && core::isOnBranch(focusPath, issueAt(currentRow).path);
    if (onSelected) {
        start = currentRow;
    } else if (!focusPath.isEmpty()) {
        // From a field: forward takes the field's own open problem first (a new draft opens
        // in its first problem's field, and F8 would pass it over); backward goes before it.
        start = firstRowFrom(focusPath) - (delta > 0 ? 1 : 0);
    } else if (currentRow >= 0 && currentRow < rows) {
        start = currentRow;
    }
    for (int step = 1; step <= rows; ++step) {
        const int row = ((start + delta * step) % rows + rows) % rows;
        if (isOpen(row))
            return row;
    }
    return -1;
}

int ErrorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    case PathColumn: // where it is now, as the Field column: a row insert moves it
        return issue.path;
    default:
        return {};
    }
}

// The Path cell also says how the server wrote the path, when it wrote it otherwise
// ("offerLines.1.amount", or row 1 before a row was inserted above it).
QString ErrorListModel::toolTip(const FieldIssue &issue, int column) const
{
    const QString tip = issueToolTip({ issue });
    if (column != PathColumn || issue.rawPath.isEmpty() || issue.rawPath == issue.path)
        return tip;
    return tip + u'\n' + tr("The server wrote the path as “%1”.").arg(issue.rawPath);
}

QVariant ErrorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldIssue &issue = issueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(issue, index.column());
    case Qt::ToolTipRole:
        return toolTip(issue, index.column());
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
