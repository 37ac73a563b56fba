#pragma once

#include <QMessageBox>
#include <QString>
#include <utility>

class QWidget;

namespace leadopp::ui {

/// Every modal question and file chooser of the editor goes through here, so GUI tests can
/// answer them in advance instead of blocking on a dialog.
class Prompt final
{
public:
    /// The next question() returns `answer` without showing a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The next open/save file chooser returns `path` ("" = cancelled) without a dialog.
    static void setNextFileName(const QString &path);
    /// True while a pre-set answer is waiting (tests check it was consumed).
    static bool hasPendingAnswer();
    /// The text of the last question or warning, answered in advance or not (tests check
    /// what the rep was told).
    static QString lastText();
    /// The path the last save chooser suggested (tests check the name offered).
    static QString lastSuggestedPath();

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    /// A question whose buttons say what they do: standard buttons with texts of their own
    /// ({QMessageBox::Yes, tr("Open Read-Only")}, ...), answered by setNextAnswer() too.
    /// Closing the box answers Cancel.
    static QMessageBox::StandardButton
    choose(QWidget *parent, const QString &title, const QString &text,
           const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
           QMessageBox::StandardButton defaultButton);
    /// A warning with a single OK button (also answered by setNextAnswer()).
    static void warning(QWidget *parent, const QString &title, const QString &text);

    static QString openFileName(QWidget *parent, const QString &title, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &dir,
                                const QString &filter);
};

} // namespace leadopp::ui
