// The built `leadopp` speaks Italian, Spanish and Japanese from LANG or LANGUAGE, and its
// --json output is the same byte for byte in every language.
#include "testsupport.h"

#include <QProcessEnvironment>
#include <gtest/gtest.h>

namespace {

using Variables = QList<QPair<QString, QString>>;

leadopp::test::LeadoppRun run(const QStringList &arguments, const Variables &variables)
{
    // Start from a neutral environment so the runner's own locale cannot leak in.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        environment.remove(QLatin1String(name));
    for (const auto &variable : variables)
        environment.insert(variable.first, variable.second);
    return leadopp::test::runLeadopp(arguments, environment);
}

QStringList validateErrors(const QStringList &extra = {})
{
    return QStringList { QStringLiteral("validate"),
                         leadopp::test::dataPath(QStringLiteral("validation/draft-errors.json")) }
    + extra;
}

Variables lang(const char *value)
{
    return { { QStringLiteral("LANG"), QString::fromLatin1(value) } };
}

} // namespace

TEST(CliLanguages, italianLang_printsItalianFindingsAndSummary)
{
    const auto result = run(validateErrors(), lang("it_IT.UTF-8"));
    const QString out = QString::fromUtf8(result.out);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(out.contains(QStringLiteral(
        "leadOpportunity.closeDate  Data di chiusura deve essere una data-ora ISO 8601 in UTC")))
        << out.toStdString();
    EXPECT_TRUE(out.endsWith(QStringLiteral(": 2 errori, 0 avvisi.\n"))) << out.toStdString();
}

TEST(CliLanguages, spanishLang_printsSpanishFindingsAndSummary)
{
    const auto result = run(validateErrors(), lang("es_ES.UTF-8"));
    const QString out = QString::fromUtf8(result.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Fecha de cierre debe ser una fecha y hora ISO 8601")))
        << out.toStdString();
    EXPECT_TRUE(out.endsWith(QStringLiteral(": 2 errores, 0 advertencias.\n")))
        << out.toStdString();
}

TEST(CliLanguages, japaneseLang_printsJapaneseFindingsUsageAndQtsOwnWords)
{
    const auto result = run(validateErrors(), lang("ja_JP.UTF-8"));
    const QString out = QString::fromUtf8(result.out);
    EXPECT_TRUE(out.contains(QStringLiteral("完了予定日 は「date」（API の例の仮の値）ではなく")))
        << out.toStdString();
    EXPECT_TRUE(out.endsWith(QStringLiteral(": エラー 2 件、警告 0 件。\n"))) << out.toStdString();

    const auto help = run({ QStringLiteral("--help") }, lang("ja_JP.UTF-8"));
    EXPECT_TRUE(QString::fromUtf8(help.out).startsWith(
        QStringLiteral("使い方: leadopp <コマンド> [オプション]\n")))
        << help.out.toStdString();
    // Qt's own catalogue translates the option parser's "Usage:" line.
    const auto validateHelp
        = run({ QStringLiteral("validate"), QStringLiteral("--help") }, lang("ja_JP.UTF-8"));
    EXPECT_TRUE(QString::fromUtf8(validateHelp.out).startsWith(QStringLiteral("使い方: ")))
        << validateHelp.out.toStdString();
}

TEST(CliLanguages, languageVariable_choosesTheCatalogue)
{
    // LANGUAGE lists the rep's preferred languages, as gettext programs read it.
    const auto result = run(validateErrors(),
                            { { QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8") },
                              { QStringLiteral("LANGUAGE"), QStringLiteral("es:it") } });
    EXPECT_TRUE(QString::fromUtf8(result.out).contains(QStringLiteral("Fecha de cierre")))
        << result.out.toStdString();
}

TEST(CliLanguages, jsonOutput_isTheSameInEveryLanguage)
{
    const auto english = run(validateErrors({ QStringLiteral("--json") }), lang("C"));
    ASSERT_EQ(english.exitCode, 1);
    ASSERT_TRUE(english.out.contains("Close date must be")) << english.out.toStdString();
    for (const char *locale :
         { "de_DE.UTF-8", "fr_FR.UTF-8", "it_IT.UTF-8", "es_ES.UTF-8", "ja_JP.UTF-8" }) {
        const auto translated = run(validateErrors({ QStringLiteral("--json") }), lang(locale));
        EXPECT_EQ(translated.exitCode, english.exitCode) << locale;
        EXPECT_EQ(translated.out, english.out) << locale;
    }
}
