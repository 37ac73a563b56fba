#include "ui/tables/sectiontableview.h"

#include <QHeaderView>

namespace leadopp::ui {

namespace {

// The first or last visible column in the header's visual order.
int edgeColumn(const QHeaderView *header, bool last)
{
    const int count = header->count();
    for (int i = 0; i < count; ++i) {
        const int logical = header->logicalIndex(last ? count - 1 - i : i);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

} // namespace

QModelIndex SectionTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (current.isValid() && rows > 0) {
        const bool atEnd = cursorAction == MoveNext && current.row() == rows - 1
            && current.column() == edgeColumn(horizontalHeader(), true);
        const bool atStart = cursorAction == MovePrevious && current.row() == 0
            && current.column() == edgeColumn(horizontalHeader(), false);
        if (atEnd || atStart)
            return {};
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

} // namespace leadopp::ui
