// Runs the built `leadopp` under different locale environments: it speaks German or French
// from LANG / LC_ALL alone (no generated system locales needed) and English otherwise.
#include "testsupport.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

using Variables = QList<QPair<QString, QString>>;

CliRun runLeadopp(const QStringList &arguments, const Variables &variables)
{
    // Start from a neutral environment so the runner's own locale cannot leak in.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        environment.remove(QLatin1String(name));
    for (const auto &variable : variables)
        environment.insert(variable.first, variable.second);
    const leadopp::test::LeadoppRun run = leadopp::test::runLeadopp(arguments, environment);
    return { run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
}

CliRun validateErrors(const Variables &variables)
{
    return runLeadopp({ QStringLiteral("validate"),
                        leadopp::test::dataPath(QStringLiteral("validation/draft-errors.json")) },
                      variables);
}

} // namespace

TEST(CliLocale, germanLocale_printsGermanFindingsAndSummary)
{
    const CliRun run = validateErrors({ { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") },
                                        { QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8") },
                                        { QStringLiteral("LANGUAGE"), QStringLiteral("de") } });
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        "leadOpportunity.closeDate  Abschlussdatum muss ein ISO-8601-Zeitstempel in UTC")))
        << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("nicht „date“ (ein Platzhalter aus den API-Beispielen)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.endsWith(QStringLiteral(": 2 Fehler, 0 Warnungen.\n")))
        << run.out.toStdString();
}

TEST(CliLocale, langAlone_selectsFrench)
{
    const CliRun run
        = validateErrors({ { QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8") } });
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("Date de clôture doit être une date-heure ISO 8601 en UTC")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.endsWith(QStringLiteral("\u00a0: 2 erreurs, 0 avertissement.\n")))
        << run.out.toStdString();
}

TEST(CliLocale, lcAll_winsOverLang)
{
    const CliRun run
        = validateErrors({ { QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8") },
                           { QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8") } });
    EXPECT_TRUE(run.out.endsWith(QStringLiteral(": 2 Fehler, 0 Warnungen.\n")))
        << run.out.toStdString();
}

TEST(CliLocale, cLocale_printsEnglish)
{
    const CliRun run = validateErrors({ { QStringLiteral("LANG"), QStringLiteral("C") } });
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("leadOpportunity.closeDate  Close date must be an ISO 8601 UTC date-time")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.endsWith(QStringLiteral(": 2 errors, 0 warnings.\n")))
        << run.out.toStdString();
}

TEST(CliLocale, germanLocale_translatesUsageAndCommandSummaries)
{
    const CliRun run = runLeadopp({ QStringLiteral("--help") },
                                  { { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") } });
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Aufruf: leadopp <Befehl> [Optionen]\n")))
        << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("validate   einen Entwurf gegen die API-Regeln prüfen\n")))
        << run.out.toStdString();
}

// Numbers in the text output follow the language's notation; the --json output reads the
// same in every language, its numbers too.
TEST(CliLocale, numbersFollowTheLanguage_butNotInJson)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("negative.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"leadOpportunity": {"partnerLeadOpportunityId": "P"},
                   "offerLines": [{"offerNameId": "A", "amount": -1500.75}]})");
    file.close();
    const Variables german { { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") },
                             { QStringLiteral("LANGUAGE"), QStringLiteral("de") } };
    const CliRun text = runLeadopp({ QStringLiteral("validate"), path }, german);
    EXPECT_TRUE(text.out.contains(QStringLiteral("(-1500,75)"))) << text.out.toStdString();
    const CliRun json
        = runLeadopp({ QStringLiteral("validate"), QStringLiteral("--json"), path }, german);
    EXPECT_TRUE(json.out.contains(QStringLiteral("(-1500.75)"))) << json.out.toStdString();
}
