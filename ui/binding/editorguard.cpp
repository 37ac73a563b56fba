#include "ui/binding/editorguard.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QWidget>

#include <algorithm>

namespace leadopp::ui {

namespace {

QList<QPointer<QAction>> &reservedActions()
{
    static QList<QPointer<QAction>> actions;
    return actions;
}

// Would the action's shortcut fire with the focus in `field`? The widgets it was added to
// and its context decide.
bool appliesTo(const QAction *action, const QWidget *field)
{
    if (!action->isEnabled())
        return false;
    const auto owners = action->associatedObjects();
    return std::any_of(owners.cbegin(), owners.cend(), [action, field](const QObject *object) {
        const auto *owner = qobject_cast<const QWidget *>(object);
        if (!owner || owner->window() != field->window())
            return false;
        return action->shortcutContext() != Qt::WidgetWithChildrenShortcut
            || owner->isAncestorOf(field);
    });
}

bool isReserved(const QKeyEvent *key)
{
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
        return true;
    // Plain keys and Shift+key are typing; only chords with Ctrl or Alt are window's.
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    const QKeySequence pressed(key->keyCombination());
    const auto &actions = reservedActions();
    return std::any_of(actions.cbegin(), actions.cend(), [&pressed](const QPointer<QAction> &a) {
        return a && a->shortcuts().contains(pressed);
    });
}

} // namespace

EditorGuard::EditorGuard(QObject *parent, QWidget *popupOwner)
    : QObject(parent), m_popupOwner(popupOwner)
{ }

void EditorGuard::reserveActions(const QList<QAction *> &actions)
{
    // Actions of closed drafts are gone: the list holds only the living ones.
    reservedActions().removeIf([](const QPointer<QAction> &action) { return action.isNull(); });
    for (QAction *action : actions)
        reservedActions().append(action);
}

void EditorGuard::guardPopup(QWidget *popup, QWidget *owner)
{
    popup->installEventFilter(new EditorGuard(popup, owner));
}

bool EditorGuard::runReservedAction(QObject *popup, const QKeyEvent *key)
{
    const QKeySequence pressed(key->keyCombination());
    for (const QPointer<QAction> &action : std::as_const(reservedActions())) {
        if (action && action->shortcuts().contains(pressed) && appliesTo(action, m_popupOwner)) {
            static_cast<QWidget *>(popup)->hide();
            action->trigger();
            return true;
        }
    }
    return false;
}

bool EditorGuard::enterTakesTypedText(QObject *popup, const QKeyEvent *key)
{
    const auto *list = qobject_cast<QAbstractItemView *>(popup);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || !list
        || list->currentIndex().isValid())
        return false;
    static_cast<QWidget *>(popup)->hide();
    // Sent, not handed to the field's event() as the completer does: the field's filters
    // (a table's delegate commits on Enter) see it as if no popup had been open.
    QKeyEvent enter(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
    QCoreApplication::sendEvent(m_popupOwner, &enter);
    return true;
}

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

bool EditorGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (m_popupOwner) {
        const auto *key = static_cast<QKeyEvent *>(event);
        return event->type() == QEvent::KeyPress
            && (runReservedAction(watched, key) || enterTakesTypedText(watched, key));
    }
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
