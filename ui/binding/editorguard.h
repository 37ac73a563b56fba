#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace leadopp::ui {

/// Keeps an editor from doing what a rep did not ask of it:
/// - Ctrl+Z / Ctrl+Shift+Z and the window's own shortcuts (Ctrl+E, Ctrl+D, ...) reach
///   the window's actions instead of a text editor's own key bindings, so one undo stack
///   covers every edit and every shortcut works wherever the focus is;
/// - the mouse wheel never changes a field that does not have the focus (it scrolls the
///   form instead);
/// - a file dropped on a field is not pasted into it: the drop goes to the window, which
///   opens the file.
class EditorGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorGuard)

public:
    /// Installs a guard on `editor` (owned by it).
    static void install(QWidget *editor);
    /// Shortcuts that always go to the window, whatever editor has the focus.
    static void reserveShortcuts(const QList<QKeySequence> &shortcuts);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit EditorGuard(QObject *parent);
};

} // namespace leadopp::ui
