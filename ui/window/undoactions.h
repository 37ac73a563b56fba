#pragma once

class QAction;
class QObject;
class QString;
class QUndoGroup;

namespace leadopp::ui {

enum class StackStep { Undo, Redo };

/// The Undo or Redo action of `group`, as QUndoGroup::createUndoAction() makes it (enabled
/// and named after the step it takes: "&Undo Amount"), except that it first stores what is
/// being typed (an open cell, a date field): Ctrl+Z in the middle of typing takes back that
/// typing, not an older edit elsewhere with the typing stored after it all the same.
QAction *createStackAction(QUndoGroup *group, StackStep step, const QString &prefix,
                           QObject *parent);

} // namespace leadopp::ui
