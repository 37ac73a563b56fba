#include "ui/binding/editorguard.h"

#include <QAbstractScrollArea>
#include <QKeyEvent>
#include <QWidget>

namespace leadopp::ui {

namespace {

QList<QKeySequence> &reserved()
{
    static QList<QKeySequence> shortcuts;
    return shortcuts;
}

bool isReserved(const QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
        return true;
    // Plain keys and Shift+key are typing; only chords with Ctrl or Alt are window's.
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    const QKeySequence pressed(key->keyCombination());
    return reserved().contains(pressed);
}

} // namespace

EditorGuard::EditorGuard(QObject *parent) : QObject(parent) { }

void EditorGuard::install(QWidget *editor)
{
    auto *guard = new EditorGuard(editor);
    editor->installEventFilter(guard);
    editor->setAcceptDrops(false);
    if (auto *area = qobject_cast<QAbstractScrollArea *>(editor))
        area->viewport()->setAcceptDrops(false);
    // Wheel events reach a field only once it has the focus; a click gives it.
    if (editor->focusPolicy() == Qt::WheelFocus)
        editor->setFocusPolicy(Qt::StrongFocus);
}

void EditorGuard::reserveShortcuts(const QList<QKeySequence> &shortcuts)
{
    for (const QKeySequence &shortcut : shortcuts) {
        if (!shortcut.isEmpty() && !reserved().contains(shortcut))
            reserved().append(shortcut);
    }
}

bool EditorGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isReserved(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Ignored and filtered: the event goes on to the scroll area around the field.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace leadopp::ui
