// The document-change half of SectionTableModel: each document signal becomes the matching
// begin/end pair, with the row snapshot swapped in between.
#include "ui/models/sectiontablemodel.h"

#include "core/document/jsonaccess.h"
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
    const int row = path.rowIndex();
    const bool inRow = path.size() >= 2 && row >= 0 && row < rows.size();
    // Only the amount moves the total: the edited row's old amount out, its new one in.
    const QString *member
        = path.size() > 2 ? std::get_if<QString>(&path.segments().at(2)) : nullptr;
    const bool amountMoves = !member || *member == QLatin1String("amount");
    const double total = inRow && amountMoves
        ? m_total - amountOfRows(m_rows, row, row) + amountOfRows(rows, row, row)
        : m_total;
    // Taking the edited row alone keeps our snapshot and the document's array apart, so the
    // document edits its array in place instead of copying every row on each keystroke.
    if (inRow)
        m_rows.replace(row, rows.at(row));
    else
        m_rows = rows;
    const QModelIndex cell = indexForPath(path);
    if (path.size() > 2 && cell.isValid() && member && cell.column() == columnOf(*member))
        Q_EMIT dataChanged(cell, cell);
    else if (inRow)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (inRow)
        setTotal(total);
    else
        updateTotal();
}

// The snapshot takes the same step as the document's array instead of sharing it again:
// shared, the array would be copied whole on the document's next row change.
void SectionTableModel::onRowsInserted(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    const QJsonArray rows = documentRows();
    beginInsertRows({}, first, last);
    for (int row = first; row <= last; ++row)
        m_rows.insert(row, rows.at(row));
    endInsertRows();
    setTotal(m_total + amountOfRows(m_rows, first, last));
}

void SectionTableModel::onRowsRemoved(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    const double removed = amountOfRows(m_rows, first, last);
    beginRemoveRows({}, first, last);
    for (int row = last; row >= first; --row)
        m_rows.removeAt(row);
    endRemoveRows();
    setTotal(m_total - removed);
}

void SectionTableModel::onRowMoved(core::Section section, int from, int to)
{
    if (section != m_section)
        return;
    // Qt counts the destination before the move: below the moved row it is one further.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    core::moveArrayItem(m_rows, from, to);
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
