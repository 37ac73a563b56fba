#include "ui/common/mnemonics.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>

namespace leadopp::ui::mnemonics {

namespace {

// Alt+key only where the key can be typed on every keyboard layout we ship for.
bool usable(QChar letter)
{
    return letter.isLetterOrNumber() && letter.unicode() < 0x80;
}

// Appended keys when a text has no free letter of its own: letters first, then digits, as
// a long form has more labels than the alphabet has letters once menus and tabs chose.
constexpr char16_t kSpareKeys[] = u"abcdefghijklmnopqrstuvwxyz0123456789";

int firstFree(const QString &plain, const Taken &taken, bool wordStartsOnly)
{
    for (int i = 0; i < plain.size(); ++i) {
        const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
        const QChar letter = plain.at(i).toLower();
        if (usable(letter) && !taken.contains(letter) && (wordStart || !wordStartsOnly))
            return i;
    }
    return -1;
}

QString escaped(const QString &text)
{
    QString copy = text;
    return copy.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

QChar of(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

QString assign(const QString &plain, Taken *taken)
{
    int at = firstFree(plain, *taken, true);
    if (at < 0)
        at = firstFree(plain, *taken, false);
    if (at >= 0) {
        taken->insert(plain.at(at).toLower());
        return escaped(plain.left(at)) + QLatin1Char('&') + escaped(plain.mid(at));
    }
    for (const char16_t letter : kSpareKeys) {
        if (letter && !taken->contains(QChar(letter))) {
            taken->insert(QChar(letter));
            return escaped(plain) + QStringLiteral(" (&") + QChar(letter).toUpper() + u')';
        }
    }
    return escaped(plain); // every key taken: better none than a clash
}

Taken ofWindowBars(const QWidget *window)
{
    Taken taken;
    if (!window)
        return taken;
    const auto add = [&taken](const QString &text) {
        if (const QChar letter = of(text); !letter.isNull())
            taken.insert(letter);
    };
    if (const QMenuBar *bar = window->findChild<QMenuBar *>()) {
        const auto actions = bar->actions();
        for (const QAction *action : actions)
            add(action->text());
    }
    const auto toolBars = window->findChildren<QToolBar *>();
    for (const QToolBar *toolBar : toolBars) {
        const auto labels = toolBar->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            add(label->text());
    }
    return taken;
}

} // namespace leadopp::ui::mnemonics
