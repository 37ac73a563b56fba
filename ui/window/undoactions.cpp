#include "ui/window/undoactions.h"

#include "ui/common/finishediting.h"

#include <QAction>
#include <QUndoGroup>

namespace leadopp::ui {

namespace {

QString prefixed(const QString &prefix, const QString &text)
{
    return text.isEmpty() ? prefix : prefix + u' ' + text;
}

} // namespace

QAction *createStackAction(QUndoGroup *group, StackStep step, const QString &prefix,
                           QObject *parent)
{
    auto *action = new QAction(parent);
    const bool undo = step == StackStep::Undo;
    action->setEnabled(undo ? group->canUndo() : group->canRedo());
    action->setText(prefixed(prefix, undo ? group->undoText() : group->redoText()));
    QObject::connect(group, undo ? &QUndoGroup::canUndoChanged : &QUndoGroup::canRedoChanged,
                     action, &QAction::setEnabled);
    QObject::connect(
        group, undo ? &QUndoGroup::undoTextChanged : &QUndoGroup::redoTextChanged, action,
        [action, prefix](const QString &text) { action->setText(prefixed(prefix, text)); });
    QObject::connect(action, &QAction::triggered, group, [group, undo] {
        finishEditing(); // may push the typing, which the step below then takes back
        undo ? group->undo() : group->redo();
    });
    return action;
}

} // namespace leadopp::ui
