#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace leadopp::ui::mnemonics {

/// Letters already bound to Alt+letter, lower case.
using Taken = QSet<QChar>;

/// The Alt+letter of a text with '&' markers ("&File" -> 'f'); null when it has none.
QChar of(const QString &text);
/// `plain` with a mnemonic no other control in `taken` has, which is then added to
/// `taken`: a free letter or digit that starts a word, else any free one of the text, else
/// (as in Japanese labels) a free Latin letter or digit appended as " (&K)". Ampersands
/// already in `plain` stay literal.
QString assign(const QString &plain, Taken *taken);
/// The same for controls shown together, with as many of them keeping a letter of their
/// own as the keys allow: a text whose letters earlier ones took makes one of them move
/// to another of its letters, so the appended form is left for texts without Latin
/// letters (or more controls than keys).
QStringList assign(const QStringList &plains, Taken *taken);
/// The mnemonics every draft shares: `window`'s menus and the labels in its tool bars.
Taken ofWindowBars(const QWidget *window);
/// Gives every label with a buddy and every button of `dialog` that has no Alt+letter yet
/// one of its own, in the language the dialog is shown in, none shared with another
/// control of the dialog.
void assignInDialog(QWidget *dialog);
/// The same for the entries of `menu`.
void assignInMenu(QMenu *menu);

} // namespace leadopp::ui::mnemonics
