#include "ui/window/documentview.h"

#include "ui/binding/formbinder.h"
#include "ui/models/sectiontablemodel.h"

#include <QApplication>
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

} // namespace leadopp::ui
