#include "core/translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace leadopp::core {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kCatalogues = QStringLiteral(":/i18n");

bool installOne(QCoreApplication &app, const QLocale &locale, const QString &name,
                const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)
        && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

// English is the source language of the programs and of Qt (whose English catalogue is
// empty): a locale that asks for English alone, or the C locale, needs only the plural forms
// of the programs' "%n" messages. Looking for Qt's catalogue anyway cost every command about
// a millisecond, most of it finding Qt's folder.
bool asksForEnglishOnly(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    return std::all_of(languages.cbegin(), languages.cend(), [](const QString &language) {
        return language == u"C" || language == u"en" || language.startsWith(u"en-");
    });
}

// "1 warning" and "2 warnings" for "%n warning(s)": leadopp_en holds only those forms (the C
// locale has no language to look a catalogue up by).
bool installEnglishPlurals(QCoreApplication &app, const QStringList &folders)
{
    for (const QString &folder : folders) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QStringLiteral("leadopp_en"), folder)
            && QCoreApplication::installTranslator(translator))
            return true;
        delete translator;
    }
    return false;
}

} // namespace

QStringList catalogueFolders()
{
    // Where translations/CMakeLists.txt installs them, seen from bin/ (GNUInstallDirs).
    const QDir bin(QCoreApplication::applicationDirPath());
    return { QDir::cleanPath(bin.filePath(QStringLiteral("../share/leadopp/translations"))),
             kCatalogues };
}

bool installTranslators(QCoreApplication &app, const QLocale &locale, const QStringList &folders)
{
    if (asksForEnglishOnly(locale))
        return installEnglishPlurals(app, folders);
    installOne(app, locale, QStringLiteral("qtbase"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (const QString &folder : folders) {
        if (installOne(app, locale, QStringLiteral("leadopp"), folder))
            return true;
    }
    // A language we have no catalogue for reads the source texts: English, with its plurals.
    installEnglishPlurals(app, folders);
    return false;
}

QStringList availableLanguages()
{
    QStringList languages { QStringLiteral("en") };
    const QStringList catalogues
        = QDir(kCatalogues).entryList({ QStringLiteral("leadopp_*.qm") }, QDir::Files);
    for (const QString &file : catalogues) {
        const QString language = file.section(u'_', 1).section(u'.', 0, 0);
        if (!languages.contains(language)) // English's catalogue holds its plural forms alone
            languages.append(language);
    }
    return languages;
}

QString chosenLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

} // namespace leadopp::core
