#pragma once

#include <QObject>

namespace leadopp::ui {

/// Lets Ctrl+Z / Ctrl+Shift+Z reach the window's undo actions instead of a text editor's
/// own little undo history, so one undo stack covers every edit of a document.
class UndoKeyFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoKeyFilter)

public:
    explicit UndoKeyFilter(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace leadopp::ui
