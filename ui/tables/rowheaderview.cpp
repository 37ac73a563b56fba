#include "ui/tables/rowheaderview.h"

namespace leadopp::ui {

// As QTableView sets up its own row header: a click selects the row, and the rows of the
// selection are highlighted.
RowHeaderView::RowHeaderView(QWidget *parent) : QHeaderView(Qt::Vertical, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

QSize RowHeaderView::sizeHint() const
{
    const int last = count() - 1;
    const int contents = last >= 0 ? sectionSizeFromContents(last).width() : 0;
    return { qMax(minimumWidth(), contents), defaultSectionSize() };
}

} // namespace leadopp::ui
