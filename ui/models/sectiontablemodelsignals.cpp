// The document-change half of SectionTableModel: each document signal becomes the matching
// begin/end pair, with the row snapshot swapped in between.
#include "ui/models/sectiontablemodel.h"

#include "ui/session/editsession.h"

namespace leadopp::ui {

void SectionTableModel::onValueChanged(const core::FieldPath &path)
{
    if (path.size() < 1 || path.segments().first() != core::FieldPath::Segment(m_key))
        return;
    const QJsonArray rows = documentRows();
    if (rows.size() != m_rows.size()) {
        // The whole array was replaced through a value edit: the shape may differ.
        onDocumentReset();
        return;
    }
    m_rows = rows;
    const QModelIndex cell = indexForPath(path);
    if (path.size() > 2 && cell.isValid()
        && cell.column() == columnOf(std::get<QString>(path.segments().at(2))))
        Q_EMIT dataChanged(cell, cell);
    else if (path.rowIndex() >= 0 && path.rowIndex() < m_rows.size())
        Q_EMIT dataChanged(index(path.rowIndex(), 0), index(path.rowIndex(), columnCount() - 1));
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    // Recounting thousands of rows per keystroke is wasted when no amount changed.
    const QString *member
        = path.size() > 2 ? std::get_if<QString>(&path.segments().at(2)) : nullptr;
    if (!member || *member == QLatin1String("amount"))
        updateTotal();
}

void SectionTableModel::onRowsInserted(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    beginInsertRows({}, first, last);
    m_rows = documentRows();
    endInsertRows();
    updateTotal();
}

void SectionTableModel::onRowsRemoved(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    beginRemoveRows({}, first, last);
    m_rows = documentRows();
    endRemoveRows();
    updateTotal();
}

void SectionTableModel::onRowMoved(core::Section section, int from, int to)
{
    if (section != m_section)
        return;
    // Qt counts the destination before the move: below the moved row it is one further.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_rows = documentRows();
    endMoveRows();
}

void SectionTableModel::onDocumentReset()
{
    beginResetModel();
    m_rows = documentRows();
    endResetModel();
    updateTotal();
}

void SectionTableModel::onIssuesChanged()
{
    if (m_rows.isEmpty())
        return;
    const QList<int> roles { Qt::DecorationRole, Qt::ToolTipRole, Qt::BackgroundRole,
                             Qt::ForegroundRole, ErrorRole,       IssueKindRole };
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
    Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

} // namespace leadopp::ui
