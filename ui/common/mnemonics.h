#pragma once

#include <QSet>
#include <QString>

class QWidget;

namespace leadopp::ui::mnemonics {

/// Letters already bound to Alt+letter, lower case.
using Taken = QSet<QChar>;

/// The Alt+letter of a text with '&' markers ("&File" -> 'f'); null when it has none.
QChar of(const QString &text);
/// `plain` with a mnemonic no other control in `taken` has, which is then added to
/// `taken`: the first free letter that starts a word, else any free letter or digit, else
/// (as in Japanese labels, or past the 26th control) a free Latin letter or digit appended
/// as " (&K)". Ampersands already in `plain` stay literal.
QString assign(const QString &plain, Taken *taken);
/// The mnemonics every draft shares: `window`'s menus and the labels in its tool bars.
Taken ofWindowBars(const QWidget *window);

} // namespace leadopp::ui::mnemonics
