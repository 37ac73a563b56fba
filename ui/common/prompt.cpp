#include "ui/common/prompt.h"

#include "ui/common/logging.h"

#include <QFileDialog>
#include <optional>

namespace leadopp::ui {

namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;

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

QMessageBox::StandardButton Prompt::question(QWidget *parent, const QString &title,
                                             const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    const auto given = take(g_nextAnswer);
    const QMessageBox::StandardButton answer
        = given ? *given : QMessageBox::question(parent, title, text, buttons, defaultButton);
    qCDebug(lcUi).noquote() << "question" << title << "answered" << int(answer)
                            << (given ? "(given in advance)" : "");
    return answer;
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text)
{
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
    if (const auto path = take(g_nextFileName))
        return *path;
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

} // namespace leadopp::ui
