#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace leadopp::core {

/// The folders our catalogues are looked for in, first found wins: the installed ones
/// (share/leadopp/translations beside the executables' bin/), so a package that updates a
/// translation is heard without a rebuild, then the copy embedded under :/i18n, which a
/// build tree or a copied executable always has.
QStringList catalogueFolders();

/// Installs Qt's own catalogue (the option parser's "Usage:", dialog buttons) and ours
/// (the first in `folders`) for `locale`, each when one exists, owned by `app`. A locale
/// asking for English alone (or the C locale) takes only our English catalogue, which holds
/// the plural forms of "%n" messages alone ("1 warning", "2 warnings"); Qt's is not looked
/// up; a language we have no catalogue for takes it too, as it reads the English source
/// texts. The editor and the command line both call it, so they speak the same language.
/// Returns whether our catalogue for `locale` was found.
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale(),
                        const QStringList &folders = catalogueFolders());

/// The languages the program speaks: "en" (its source texts) and one per catalogue.
QStringList availableLanguages();

/// The language chosen in the editor's settings ("de", "ja", ...), or empty when the
/// editor follows the system. Stored with QSettings, so tests in QStandardPaths' test
/// mode never touch the real one.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

} // namespace leadopp::core
