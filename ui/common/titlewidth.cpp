#include "ui/common/titlewidth.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QWidget>

namespace leadopp::ui {

namespace {

int windowTitleWidth(const QWidget *window)
{
    // Qt adds the application's name after a top-level window's title, and most window
    // managers draw titles bold, some in a larger font; the icon and three buttons take
    // about a line's height each, with room on both sides of the text (with six lines the
    // title still lost two letters under Openbox).
    QFont title = window->font();
    title.setBold(true);
    const QString shown
        = window->windowTitle() + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    return QFontMetrics(title).horizontalAdvance(shown) + 8 * window->fontMetrics().height();
}

} // namespace

void fitWindowTitle(QWidget *window)
{
    window->setMinimumWidth(windowTitleWidth(window));
}

} // namespace leadopp::ui
