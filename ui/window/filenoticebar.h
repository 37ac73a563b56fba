#pragma once

#include <QFrame>
#include <QList>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace leadopp::ui {

/// A bar over a draft saying something about its file, with what can be done about it
/// ("The file changed on disk." [Reload] [Keep Mine] [Save As…]): never a modal question,
/// so a file changed several times says so once, in place. Hidden until shown.
class FileNoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileNoticeBar)

public:
    /// One button: its object name (for tests and accessibility), its text, what it does.
    struct Choice {
        QString objectName;
        QString text;
        std::function<void()> run;
    };

    explicit FileNoticeBar(QWidget *parent = nullptr);

    /// Replaces what the bar says; a button hides the bar before it runs its choice.
    void showNotice(const QString &text, const QList<Choice> &choices);
    void dismiss();
    QString text() const;
    /// The button of a choice by object name; null when not shown.
    QPushButton *button(const QString &objectName) const;

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace leadopp::ui
