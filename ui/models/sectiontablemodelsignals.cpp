// The document-change half of SectionTableModel: the document announces each change before
// it makes it and signals it after, which become the matching begin and end calls.
#include "ui/models/sectiontablemodel.h"

#include "core/document/document.h"
#include "ui/session/editsession.h"
#include "ui/session/rowfindings.h"

namespace leadopp::ui {

namespace {

bool isAmountOrRow(const core::FieldPath &path)
{
    const QString *member
        = path.size() > 2 ? std::get_if<QString>(&path.segments().at(2)) : nullptr;
    return path.size() == 2 || (member && *member == QLatin1String("amount"));
}

} // namespace

void SectionTableModel::connectDocument(const core::Document *document)
{
    using D = core::Document;
    using M = SectionTableModel;
    connect(document, &D::valueAboutToChange, this, &M::onValueAboutToChange);
    connect(document, &D::valueChanged, this, &M::onValueChanged);
    connect(document, &D::rowsAboutToBeInserted, this, &M::onRowsAboutToBeInserted);
    connect(document, &D::rowsInserted, this, &M::onRowsInserted);
    connect(document, &D::rowsAboutToBeRemoved, this, &M::onRowsAboutToBeRemoved);
    connect(document, &D::rowsRemoved, this, &M::onRowsRemoved);
    connect(document, &D::rowAboutToBeMoved, this, &M::onRowAboutToBeMoved);
    connect(document, &D::rowMoved, this, &M::onRowMoved);
    connect(document, &D::documentAboutToBeReset, this, &M::onDocumentAboutToBeReset);
    connect(document, &D::documentReset, this, &M::onDocumentReset);
}

// Only the amount moves the total: the edited row's old amount is taken before the change.
void SectionTableModel::onValueAboutToChange(const core::FieldPath &path)
{
    const int row = path.size() >= 2 ? path.rowIndex() : -1;
    const bool mine
        = path.size() >= 1 && path.segments().first() == core::FieldPath::Segment(m_key);
    m_changingPath = mine && row >= 0 && isAmountOrRow(path) ? path : core::FieldPath::invalid();
    m_amountBefore = m_changingPath.isValid() ? amountOfRows(row, row) : 0;
}

void SectionTableModel::onValueChanged(const core::FieldPath &path)
{
    if (path.size() < 1 || path.segments().first() != core::FieldPath::Segment(m_key))
        return;
    const int rows = documentRowCount();
    if (rows != m_rowCount) {
        // The whole array was replaced through a value edit: the shape may differ.
        beginResetModel();
        m_rowCount = rows;
        endResetModel();
        updateTotal();
        return;
    }
    const int row = path.rowIndex();
    const bool inRow = path.size() >= 2 && row >= 0 && row < rows;
    const QString *member
        = path.size() > 2 ? std::get_if<QString>(&path.segments().at(2)) : nullptr;
    const QModelIndex cell = indexForPath(path);
    if (path.size() > 2 && cell.isValid() && member && cell.column() == columnOf(*member))
        Q_EMIT dataChanged(cell, cell);
    else if (inRow)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    else if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (!inRow)
        updateTotal();
    else if (path == m_changingPath)
        setTotal(m_total - m_amountBefore + amountOfRows(row, row));
    m_changingPath = core::FieldPath::invalid();
}

void SectionTableModel::onRowsAboutToBeInserted(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    beginInsertRows({}, first, last);
    m_changingRows = true;
}

void SectionTableModel::onRowsInserted(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    shiftIssueDigests({ RowShift::Kind::Insert, first, last });
    endRowChange(&SectionTableModel::endInsertRows);
    setTotal(m_total + amountOfRows(first, last));
}

void SectionTableModel::onRowsAboutToBeRemoved(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    // Counted while the rows are still there.
    m_amountBefore = amountOfRows(first, last);
    beginRemoveRows({}, first, last);
    m_changingRows = true;
}

void SectionTableModel::onRowsRemoved(core::Section section, int first, int last)
{
    if (section != m_section)
        return;
    shiftIssueDigests({ RowShift::Kind::Remove, first, last });
    endRowChange(&SectionTableModel::endRemoveRows);
    setTotal(m_total - m_amountBefore);
}

void SectionTableModel::onRowAboutToBeMoved(core::Section section, int from, int to)
{
    if (section != m_section)
        return;
    // Qt counts the destination before the move: below the moved row it is one further.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_changingRows = true;
}

void SectionTableModel::onRowMoved(core::Section section, int from, int to)
{
    if (section != m_section)
        return;
    shiftIssueDigests({ RowShift::Kind::Move, from, to });
    endRowChange(&SectionTableModel::endMoveRows);
}

void SectionTableModel::onDocumentAboutToBeReset()
{
    beginResetModel();
    m_changingRows = true;
}

void SectionTableModel::onDocumentReset()
{
    endRowChange(&SectionTableModel::endResetModel);
    updateTotal();
}

void SectionTableModel::endRowChange(void (QAbstractItemModel::*end)())
{
    // A change no signal announced (none the document makes) resets the views instead.
    if (!m_changingRows)
        beginResetModel();
    m_rowCount = documentRowCount();
    if (m_changingRows)
        (this->*end)();
    else
        endResetModel();
    m_changingRows = false;
    if (std::exchange(m_issuesPending, false))
        onIssuesChanged();
}

} // namespace leadopp::ui
