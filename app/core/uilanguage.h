#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace leadopp::core {

/// The languages the program speaks: "en" (its source texts) and one per catalogue.
QStringList availableLanguages();

/// The language chosen in the editor's settings ("de", "ja", ...), or empty when the
/// editor follows the system. Stored with QSettings, so tests in QStandardPaths' test
/// mode never touch the real one.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

/// Installs Qt's own catalogue (dialog buttons, the option parser's "Usage:") and the
/// program's for `locale`, each when one exists; English needs none. Returns whether the
/// program's catalogue was found.
bool installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace leadopp::core
