#include "ui/common/prompt.h"

#include "ui/common/logging.h"

#include <QFileDialog>
#include <QPushButton>
#include <optional>

namespace leadopp::ui {

namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
QString g_lastText;
QString g_lastSuggestedPath;

template<typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> value = slot;
    slot.reset();
    return value;
}

} // namespace

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void Prompt::setNextFileName(const QString &path)
{
    g_nextFileName = path;
}

bool Prompt::hasPendingAnswer()
{
    return g_nextAnswer.has_value() || g_nextFileName.has_value();
}

QString Prompt::lastText()
{
    return g_lastText;
}

QString Prompt::lastSuggestedPath()
{
    return g_lastSuggestedPath;
}

QMessageBox::StandardButton Prompt::question(QWidget *parent, const QString &title,
                                             const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    const auto given = take(g_nextAnswer);
    const QMessageBox::StandardButton answer
        = given ? *given : QMessageBox::question(parent, title, text, buttons, defaultButton);
    qCDebug(lcUi).noquote() << "question" << title << "answered" << int(answer)
                            << (given ? "(given in advance)" : "");
    return answer;
}

QMessageBox::StandardButton
Prompt::choose(QWidget *parent, const QString &title, const QString &text,
               const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
               QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (const auto answer = take(g_nextAnswer))
        return *answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    for (const auto &[button, label] : buttons)
        box.addButton(button)->setText(label);
    box.setDefaultButton(defaultButton);
    box.exec();
    const auto answer = box.standardButton(box.clickedButton());
    return answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer;
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    qCDebug(lcUi).noquote() << "warning" << title << text;
    if (take(g_nextAnswer))
        return;
    QMessageBox::warning(parent, title, text);
}

QString Prompt::openFileName(QWidget *parent, const QString &title, const QString &dir,
                             const QString &filter)
{
    if (const auto path = take(g_nextFileName))
        return *path;
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString Prompt::saveFileName(QWidget *parent, const QString &title, const QString &dir,
                             const QString &filter)
{
    g_lastSuggestedPath = dir;
    if (const auto path = take(g_nextFileName))
        return *path;
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

} // namespace leadopp::ui
