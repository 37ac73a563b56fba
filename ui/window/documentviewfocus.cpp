#include "ui/window/documentview.h"

#include "ui/binding/formbinder.h"
#include "ui/models/sectiontablemodel.h"

#include <QApplication>
#include <QScrollArea>
#include <QTableView>

namespace leadopp::ui {

QString DocumentView::focusedPath() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return QString();
    for (QWidget *widget = focus; widget && widget != this; widget = widget->parentWidget()) {
        const QString bound = widget->property(FormBinder::kPathProperty).toString();
        if (!bound.isEmpty())
            return bound;
        if (auto *view = qobject_cast<QTableView *>(widget))
            return view->currentIndex().data(SectionTableModel::PathRole).toString();
    }
    return QString();
}

// A field given the focus by its label's Alt key (or any way but Tab and F8, which scroll to
// it already) is scrolled into view: the rep must see what the keys type into.
void DocumentView::revealFocused(QWidget *focused)
{
    const int tab = m_tabs->currentIndex();
    if (!focused || tab < 0 || !isAncestorOf(focused))
        return;
    const Page &page = m_pages.at(size_t(tab));
    if (page.area && page.area->widget() && page.area->widget()->isAncestorOf(focused))
        page.area->ensureWidgetVisible(focused);
}

} // namespace leadopp::ui
