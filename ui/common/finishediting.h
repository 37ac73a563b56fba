#pragma once

class QAbstractItemView;
class QWidget;

namespace leadopp::ui {

/// Ends the edit in progress before the focus moves on (F8, a Problems row, a tab switch,
/// a row command): closes any popup (a completion list would otherwise swallow the next
/// key or send it to a field the rep no longer sees), commits the typed text of the
/// focused date field, and commits and closes an open table cell editor.
void finishEditing();

/// The open cell editor of `view`; null when none is open.
QWidget *openCellEditor(const QAbstractItemView *view);
/// Stores what is typed in the open cell editor of `view`, if any, and closes it.
void commitOpenCellEditor(QAbstractItemView *view);

/// Closes the completion popup of `widget`, if it is a line edit with one open. For focus
/// changes: a popup never outlives its field's focus.
void closeCompletionPopup(QWidget *widget);

} // namespace leadopp::ui
