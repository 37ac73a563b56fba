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

// A catalogue from the first of `folders` that has it, owned by `app`; `load` reads it from
// one folder.
template<typename Load>
bool installFirst(QCoreApplication &app, const QStringList &folders, const Load &load)
{
    return std::any_of(folders.cbegin(), folders.cend(), [&app, &load](const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (load(*translator, folder) && QCoreApplication::installTranslator(translator))
            return true;
        delete translator;
        return false;
    });
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
    // English's catalogue holds the plural forms of "%n" messages alone ("1 warning", "2
    // warnings"). It is loaded by its file name: the C locale names no language, and a locale
    // has it looked for under some twenty names in each folder.
    const auto englishPlurals = [](QTranslator &translator, const QString &folder) {
        return translator.load(QStringLiteral("leadopp_en"), folder);
    };
    if (asksForEnglishOnly(locale))
        return installFirst(app, folders, englishPlurals);
    const auto forLocale = [&locale](const QString &name) {
        return [&locale, name](QTranslator &translator, const QString &folder) {
            return translator.load(locale, name, QStringLiteral("_"), folder);
        };
    };
    installFirst(app, { QLibraryInfo::path(QLibraryInfo::TranslationsPath) },
                 forLocale(QStringLiteral("qtbase")));
    if (installFirst(app, folders, forLocale(QStringLiteral("leadopp"))))
        return true;
    // A language we have no catalogue for reads the source texts: English, with its plurals.
    installFirst(app, folders, englishPlurals);
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
