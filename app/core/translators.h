#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace leadopp::core {

/// Installs Qt's own catalogue (the option parser's "Usage:", dialog buttons) and ours
/// (embedded under :/i18n) for `locale`, each when one exists (English needs none), owned
/// by `app`. The editor and the command line both call it, so they speak the same
/// language. Returns whether our catalogue was found.
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

/// The languages the program speaks: "en" (its source texts) and one per catalogue.
QStringList availableLanguages();

/// The language chosen in the editor's settings ("de", "ja", ...), or empty when the
/// editor follows the system. Stored with QSettings, so tests in QStandardPaths' test
/// mode never touch the real one.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

} // namespace leadopp::core
