#include "ui/common/finishediting.h"

#include "ui/widgets/datefield.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>

namespace leadopp::ui {

namespace {

QAbstractItemView *owningView(QWidget *widget)
{
    for (QWidget *parent = widget ? widget->parentWidget() : nullptr; parent;
         parent = parent->parentWidget()) {
        if (auto *view = qobject_cast<QAbstractItemView *>(parent))
            return view;
    }
    return nullptr;
}

} // namespace

QWidget *openCellEditor(const QAbstractItemView *view)
{
    // The views here have no persistent editors: a widget on the current cell is the open
    // editor.
    return view->indexWidget(view->currentIndex());
}

void commitOpenCellEditor(QAbstractItemView *view)
{
    QWidget *editor = openCellEditor(view);
    if (!editor)
        return;
    closeCompletionPopup(editor);
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(view->currentIndex());
    Q_EMIT delegate->commitData(editor);
    Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void closeCompletionPopup(QWidget *widget)
{
    auto *line = qobject_cast<QLineEdit *>(widget);
    QCompleter *completer = line ? line->completer() : nullptr;
    if (completer && completer->popup() && completer->popup()->isVisible())
        completer->popup()->hide();
}

void finishEditing()
{
    while (QWidget *popup = QApplication::activePopupWidget()) {
        if (!popup->close())
            break;
    }
    QWidget *focus = QApplication::focusWidget();
    closeCompletionPopup(focus);
    if (auto *date = qobject_cast<DateField *>(focus))
        date->commit();
    else if (QAbstractItemView *view = owningView(focus))
        commitOpenCellEditor(view);
}

} // namespace leadopp::ui
