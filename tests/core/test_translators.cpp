// The language the editor and the CLI speak: the catalogues on offer, the choice kept in
// the settings, and both the program's and Qt's own catalogue installed for a locale.
#include "core/translators.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

void removeInstalledTranslators()
{
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>();
    qDeleteAll(installed); // a translator removes itself from the application
}

class UiLanguage : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override
    {
        removeInstalledTranslators();
        QSettings().clear();
    }
};

} // namespace

TEST_F(UiLanguage, englishAndOneLanguagePerCatalogue)
{
    EXPECT_EQ(availableLanguages(),
              QStringList({ QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                            QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("ja") }));
}

TEST_F(UiLanguage, choice_isKeptAndAnUnknownOneFollowsTheSystem)
{
    EXPECT_EQ(chosenLanguage(), QString());
    setChosenLanguage(QStringLiteral("ja"));
    EXPECT_EQ(chosenLanguage(), QStringLiteral("ja"));
    setChosenLanguage(QString());
    EXPECT_EQ(chosenLanguage(), QString());
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    EXPECT_EQ(chosenLanguage(), QString());
}

TEST_F(UiLanguage, installTranslators_bringsTheProgramsAndQtsCatalogues)
{
    for (const char *language : { "it", "es", "ja", "de", "fr" }) {
        ASSERT_TRUE(installTranslators(*qApp, QLocale(QString::fromLatin1(language)))) << language;
        // Qt's own catalogue: the option parser's usage line.
        EXPECT_NE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"),
                  QStringLiteral("Usage: %1"))
            << language;
        EXPECT_NE(QCoreApplication::translate("Field", "Close date"), QStringLiteral("Close date"))
            << language;
        removeInstalledTranslators();
    }
    installTranslators(*qApp, QLocale(QStringLiteral("ja_JP")));
    EXPECT_EQ(QCoreApplication::translate("Field", "Close date"), QStringLiteral("完了予定日"));
    EXPECT_EQ(QCoreApplication::translate("QCommandLineParser", "Usage: %1"),
              QStringLiteral("使い方: %1"));
}

// English is the source language: its catalogue holds the plural forms of "%n" messages
// alone, so "1 warning" and "2 warnings" read as English does, and every other text is the
// source's.
TEST_F(UiLanguage, english_takesOnlyThePluralFormsOfItsCatalogue)
{
    for (const QLocale &locale :
         { QLocale(QLocale::English, QLocale::UnitedStates), QLocale::c() }) {
        ASSERT_TRUE(installTranslators(*qApp, locale)) << locale.name().toStdString();
        EXPECT_EQ(
            QCoreApplication::translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 1),
            QStringLiteral("1 warning"));
        EXPECT_EQ(
            QCoreApplication::translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 0),
            QStringLiteral("0 warnings"));
        EXPECT_EQ(QCoreApplication::translate("leadopp::ui::ReviewDialog",
                                              "%n field(s) differ from the server copy.", "", 1),
                  QStringLiteral("1 field differs from the server copy."));
        EXPECT_EQ(QCoreApplication::translate("Field", "Close date"), QStringLiteral("Close date"));
        removeInstalledTranslators();
    }
}

// A language without a catalogue of ours reads the English source texts, with their plurals.
TEST_F(UiLanguage, aLanguageWithoutCatalogue_countsInEnglish)
{
    EXPECT_FALSE(installTranslators(*qApp, QLocale(QLocale::Portuguese, QLocale::Brazil)));
    EXPECT_EQ(QCoreApplication::translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 2),
              QStringLiteral("2 warnings"));
    EXPECT_EQ(QCoreApplication::translate("Field", "Close date"), QStringLiteral("Close date"));
}

// In English or in the C locale only our English catalogue is looked for: not Qt's, nor one
// named after the C locale.
TEST_F(UiLanguage, englishAndTheCLocale_lookForTheEnglishCatalogueAlone)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    for (const char *name : { "leadopp_C.qm", "leadopp_fr.qm" }) {
        ASSERT_TRUE(QFile::copy(QStringLiteral(":/i18n/leadopp_de.qm"),
                                folder.filePath(QString::fromLatin1(name))));
    }
    const QStringList folders { folder.path() };
    EXPECT_FALSE(
        installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom), folders));
    EXPECT_FALSE(installTranslators(*qApp, QLocale::c(), folders));
    EXPECT_TRUE(qApp->findChildren<QTranslator *>().isEmpty());
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/i18n/leadopp_en.qm"),
                            folder.filePath(QStringLiteral("leadopp_en.qm"))));
    EXPECT_TRUE(installTranslators(*qApp, QLocale::c(), folders));
    EXPECT_EQ(qApp->findChildren<QTranslator *>().size(), 1);
    removeInstalledTranslators();
    // Another language still finds its catalogue there.
    EXPECT_TRUE(installTranslators(*qApp, QLocale(QLocale::French, QLocale::France), folders));
}

namespace {

// The file the program's own catalogue was loaded from; empty when none is installed.
QString loadedCatalogue()
{
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>();
    for (const QTranslator *translator : installed) {
        if (QFileInfo(translator->filePath()).fileName().startsWith(QStringLiteral("leadopp_")))
            return translator->filePath();
    }
    return QString();
}

} // namespace

TEST_F(UiLanguage, theInstalledCatalogueIsLookedForFirst_thenTheEmbeddedOne)
{
    const QStringList folders = catalogueFolders();
    ASSERT_EQ(folders.size(), 2);
    EXPECT_EQ(folders.at(0),
              QDir::cleanPath(QCoreApplication::applicationDirPath()
                              + QStringLiteral("/../share/leadopp/translations")));
    EXPECT_EQ(folders.at(1), QStringLiteral(":/i18n"));
}

// A package that updates a translation installs it beside the executables; it wins over
// the copy built into the library, which stays the fallback for every other language.
TEST_F(UiLanguage, anInstalledCatalogueWinsOverTheEmbeddedOne)
{
    QTemporaryDir installed;
    ASSERT_TRUE(installed.isValid());
    const QString updated = installed.filePath(QStringLiteral("leadopp_de.qm"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/i18n/leadopp_de.qm"), updated));
    const QStringList folders { installed.path(), QStringLiteral(":/i18n") };

    ASSERT_TRUE(installTranslators(*qApp, QLocale(QStringLiteral("de_DE")), folders));
    EXPECT_EQ(loadedCatalogue(), updated);
    EXPECT_NE(QCoreApplication::translate("Field", "Close date"), QStringLiteral("Close date"));
    removeInstalledTranslators();

    ASSERT_TRUE(installTranslators(*qApp, QLocale(QStringLiteral("ja_JP")), folders));
    EXPECT_EQ(loadedCatalogue(), QStringLiteral(":/i18n/leadopp_ja.qm"));
    EXPECT_EQ(QCoreApplication::translate("Field", "Close date"), QStringLiteral("完了予定日"));
}
