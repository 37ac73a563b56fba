#pragma once

#include <QList>
#include <QObject>

class QKeyEvent;

class QAction;
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
    /// Actions whose shortcuts always reach the window, whatever editor has the focus
    /// (their current shortcuts count), and also while a popup of a field is open
    /// (a completion list, a calendar): the popup closes and the action runs, where the
    /// popup would otherwise take the key (F8) and leave its field holding the next keys.
    static void reserveActions(const QList<QAction *> &actions);
    /// Makes the reserved actions' keys work over `popup`, a popup of field `owner`, and
    /// Enter take what was typed when no suggestion is chosen (it reaches the field, which
    /// commits, instead of only closing the popup).
    static void guardPopup(QWidget *popup, QWidget *owner);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit EditorGuard(QObject *parent, QWidget *popupOwner = nullptr);
    bool runReservedAction(QObject *popup, const QKeyEvent *key);
    bool enterTakesTypedText(QObject *popup, const QKeyEvent *key);

    QWidget *m_popupOwner; ///< the field whose popup this guard watches, else null
};

} // namespace leadopp::ui
