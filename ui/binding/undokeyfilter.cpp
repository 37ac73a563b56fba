#include "ui/binding/undokeyfilter.h"

#include <QKeyEvent>

namespace leadopp::ui {

UndoKeyFilter::UndoKeyFilter(QObject *parent) : QObject(parent) { }

bool UndoKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            key->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace leadopp::ui
