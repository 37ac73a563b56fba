#include "ui/common/mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace leadopp::ui::mnemonics {

namespace {

// Alt+key only where the key can be typed on every keyboard layout we ship for.
bool usable(QChar letter)
{
    return letter.isLetterOrNumber() && letter.unicode() < 0x80;
}

// Appended keys when a text has no letter of its own to spare (a Japanese label): letters
// first, then digits.
constexpr char16_t kSpareKeys[] = u"abcdefghijklmnopqrstuvwxyz0123456789";

// The keys a text could take, best first: the letters and digits that start a word, then
// the others, each once, never one in `taken`.
QList<QChar> candidates(const QString &plain, const Taken &taken)
{
    QList<QChar> wordStarts, others;
    for (int i = 0; i < plain.size(); ++i) {
        const QChar key = plain.at(i).toLower();
        if (!usable(key) || taken.contains(key) || wordStarts.contains(key))
            continue;
        const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
        if (wordStart) {
            others.removeAll(key);
            wordStarts.append(key);
        } else if (!others.contains(key)) {
            others.append(key);
        }
    }
    return wordStarts + others;
}

// A maximum matching of texts to keys (Kuhn's augmenting paths): a text whose letters are
// all used by earlier ones takes one from a text that can move to another of its own, so
// "Status" keeps a letter of its own instead of an appended "(B)".
class KeyMatcher
{
public:
    explicit KeyMatcher(QList<QList<QChar>> options) : m_options(std::move(options)) { }

    QList<QChar> match()
    {
        m_keyOf.fill(QChar(), m_options.size());
        for (int text = 0; text < m_options.size(); ++text) {
            if (!takeFree(text)) {
                m_visited.clear();
                augment(text);
            }
        }
        return m_keyOf;
    }

private:
    bool takeFree(int text)
    {
        for (const QChar key : m_options.at(text)) {
            if (!m_owner.contains(key)) {
                bind(text, key);
                return true;
            }
        }
        return false;
    }

    bool augment(int text)
    {
        for (const QChar key : m_options.at(text)) {
            if (m_visited.contains(key))
                continue;
            m_visited.insert(key);
            const int owner = m_owner.value(key, -1);
            if (owner < 0 || augment(owner)) {
                bind(text, key);
                return true;
            }
        }
        return false;
    }

    void bind(int text, QChar key)
    {
        m_owner.insert(key, text);
        m_keyOf[text] = key;
    }

    QList<QList<QChar>> m_options;
    QList<QChar> m_keyOf;
    QHash<QChar, int> m_owner;
    QSet<QChar> m_visited;
};

QString escaped(const QString &text)
{
    QString copy = text;
    return copy.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString marked(const QString &plain, QChar key)
{
    for (int i = 0; i < plain.size(); ++i) {
        const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
        if (plain.at(i).toLower() == key && wordStart)
            return escaped(plain.left(i)) + QLatin1Char('&') + escaped(plain.mid(i));
    }
    const int at = plain.indexOf(key, 0, Qt::CaseInsensitive);
    return escaped(plain.left(at)) + QLatin1Char('&') + escaped(plain.mid(at));
}

QString appended(const QString &plain, Taken *taken)
{
    for (const char16_t letter : kSpareKeys) {
        if (letter && !taken->contains(QChar(letter))) {
            taken->insert(QChar(letter));
            return escaped(plain) + QStringLiteral(" (&") + QChar(letter).toUpper() + u')';
        }
    }
    return escaped(plain); // every key taken: better none than a clash
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
    return assign(QStringList { plain }, taken).constFirst();
}

QStringList assign(const QStringList &plains, Taken *taken)
{
    QList<QList<QChar>> options;
    for (const QString &plain : plains)
        options.append(candidates(plain, *taken));
    const QList<QChar> keys = KeyMatcher(options).match();
    for (const QChar key : keys) {
        if (!key.isNull())
            taken->insert(key);
    }
    QStringList texts;
    for (int i = 0; i < plains.size(); ++i)
        texts.append(keys.at(i).isNull() ? appended(plains.at(i), taken)
                                         : marked(plains.at(i), keys.at(i)));
    return texts;
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

void assignInDialog(QWidget *dialog)
{
    Taken taken;
    QList<QLabel *> labels;
    QList<QAbstractButton *> buttons;
    QStringList plains;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        if (const QChar letter = of(label->text()); !letter.isNull()) {
            taken.insert(letter);
        } else {
            labels.append(label);
            plains.append(label->text());
        }
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (const QChar letter = of(button->text()); !letter.isNull()) {
            taken.insert(letter);
        } else if (!button->text().isEmpty()) {
            buttons.append(button);
            plains.append(button->text());
        }
    }
    const QStringList texts = assign(plains, &taken);
    for (qsizetype i = 0; i < labels.size(); ++i)
        labels.at(i)->setText(texts.at(i));
    for (qsizetype i = 0; i < buttons.size(); ++i)
        buttons.at(i)->setText(texts.at(labels.size() + i));
}

void assignInMenu(QMenu *menu)
{
    QList<QAction *> entries;
    QStringList plains;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator()) {
            entries.append(action);
            plains.append(action->text());
        }
    }
    Taken taken;
    const QStringList texts = assign(plains, &taken);
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries.at(i)->setText(texts.at(i));
}

} // namespace leadopp::ui::mnemonics
