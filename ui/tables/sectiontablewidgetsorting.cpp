// The table's sorting: the view's alone, never the record's.
#include "ui/tables/sectiontablewidget.h"

#include "ui/models/sectiontablemodel.h"
#include "ui/tables/sectionsortmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QToolTip>

namespace leadopp::ui {

// Sorting is the view's: the proxy reorders what is shown, never the record. The view
// starts in record order, and a third click on a header goes back to it.
void SectionTableWidget::setUpSorting()
{
    m_sorted->setObjectName(m_key + QStringLiteral("SortModel"));
    m_sorted->setSourceModel(m_model);
    m_view->setModel(m_sorted);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SectionTableWidget::updateButtons);
    // A value typed in a sorted table can move its row out of sight; Qt's proxy sorts again
    // without scrolling. The view follows the row, so the rep sees where the value went.
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()
            && (m_view->hasFocus() || m_view->isAncestorOf(QApplication::focusWidget())))
            m_view->scrollTo(current);
    });
}

// A sorted view shows no record order to move a row in: the move would change the record
// where the rep cannot see it. Refused, said at the cell as a refused paste is.
bool SectionTableWidget::refuseMoveWhileSorted()
{
    const int sortedBy = m_view->horizontalHeader()->sortIndicatorSection();
    if (sortedBy < 0)
        return false;
    const QRect cell = m_view->visualRect(m_view->currentIndex());
    QToolTip::showText(m_view->viewport()->mapToGlobal(cell.bottomLeft()),
                       tr("The rows are shown sorted by %1. To move a row, click that header "
                          "until its arrow goes: the rows are then shown in the record's order.")
                           .arg(m_sorted->headerData(sortedBy, Qt::Horizontal).toString()),
                       m_view->viewport(), cell);
    return true;
}

} // namespace leadopp::ui
