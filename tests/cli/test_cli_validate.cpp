// Runs the built `leadopp validate` and checks exit codes, output shape and streams.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runLeadopp(const QStringList &arguments)
{
    const leadopp::test::LeadoppRun run = leadopp::test::runLeadopp(arguments);
    return { run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
}

QString fixture(const char *name)
{
    return leadopp::test::dataPath(QStringLiteral("validation/") + QString::fromLatin1(name));
}

QString contract(const char *name)
{
    return leadopp::test::dataPath(QStringLiteral("contract/") + QString::fromLatin1(name));
}

} // namespace

TEST(CliValidate, cleanDraft_exitsZeroWithSummaryOnly)
{
    const CliRun run = runLeadopp({ QStringLiteral("validate"), fixture("draft-clean.json") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.endsWith(QStringLiteral(": no problems found.\n")))
        << run.out.toStdString();
    EXPECT_EQ(run.out.count(u'\n'), 1);
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliValidate, warningsOnly_exitZeroAndListThem)
{
    const CliRun run = runLeadopp({ QStringLiteral("validate"), fixture("draft-warnings.json") });
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("warning  leadOpportunity.closeDate  Close date ")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("warning  leadOpportunity.reasonWon  ")));
    EXPECT_TRUE(run.out.endsWith(QStringLiteral("0 errors, 2 warnings.\n")));
}

TEST(CliValidate, errors_exitOneWithOneLabelledLinePerFinding)
{
    const CliRun run = runLeadopp({ QStringLiteral("validate"), fixture("draft-errors.json") });
    EXPECT_EQ(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << run.out.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(
        QStringLiteral("error  leadOpportunity.closeDate  Close date must be")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral(
        "error  offerLines[0].amount  Offer line 1 · Amount must be a number, not \"double\"")));
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral("2 errors, 0 warnings.")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliValidate, json_printsExactlyOneObjectOfIssues)
{
    const CliRun run = runLeadopp(
        { QStringLiteral("validate"), QStringLiteral("--json"), fixture("draft-errors.json") });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.isEmpty());
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    ASSERT_TRUE(document.isObject());
    EXPECT_EQ(document.object().keys(),
              (QStringList { QStringLiteral("issues"), QStringLiteral("readWarnings") }));
    const QJsonArray issues = document.object().value(QLatin1String("issues")).toArray();
    ASSERT_EQ(issues.size(), 2);
    const QJsonObject first = issues.at(1).toObject();
    EXPECT_EQ(first.value(QLatin1String("path")).toString(),
              QStringLiteral("offerLines[0].amount"));
    EXPECT_EQ(first.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    EXPECT_EQ(first.value(QLatin1String("rule")).toString(), QStringLiteral("number"));
    EXPECT_TRUE(first.value(QLatin1String("message"))
                    .toString()
                    .startsWith(QStringLiteral("Offer line 1 · Amount")));
    for (const QJsonValue &issue : issues)
        EXPECT_EQ(issue.toObject().size(), 4);
}

TEST(CliValidate, jsonOnCleanDraft_hasEmptyIssues)
{
    const CliRun run = runLeadopp(
        { QStringLiteral("validate"), fixture("draft-clean.json"), QStringLiteral("--json") });
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(leadopp::test::parseObject(run.out.toUtf8()),
              QJsonObject({ { QStringLiteral("issues"), QJsonArray() },
                            { QStringLiteral("readWarnings"), QJsonArray() } }));
}

TEST(CliValidate, createFlag_appliesTheCreateRules)
{
    const CliRun update
        = runLeadopp({ QStringLiteral("validate"), fixture("draft-warnings.json") });
    const CliRun create = runLeadopp(
        { QStringLiteral("validate"), QStringLiteral("--create"), fixture("draft-warnings.json") });
    EXPECT_EQ(update.exitCode, 0);
    EXPECT_EQ(create.exitCode, 1);
    EXPECT_TRUE(create.out.contains(QStringLiteral("error  partnerId  Partner id is required.")));
    EXPECT_TRUE(create.out.contains(QStringLiteral("error  offerLines  ")));
}

TEST(CliValidate, officialCreateExample_exitsZeroInCreateMode)
{
    const CliRun run
        = runLeadopp({ QStringLiteral("validate"), QStringLiteral("--create"),
                       contract("createLeadsOpportunities-request-createLeadBasic.json") });
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
}

TEST(CliValidate, seedRejection_exitsOne)
{
    const CliRun run = runLeadopp({ QStringLiteral("validate"),
                                    contract("updateLeadOpportunitiesDetails-response-400-400_"
                                             "leadsOpportunitiesCreateResponse.json") });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("406 ERR805")));
}

TEST(CliValidate, unreadableInput_exitsTwoWithReasonOnStderr)
{
    for (const QString &file : { fixture("not-json.txt"), fixture("no-such-file.json") }) {
        const CliRun run = runLeadopp({ QStringLiteral("validate"), file });
        EXPECT_EQ(run.exitCode, 2) << file.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("leadopp validate: ")))
            << run.err.toStdString();
    }
}

TEST(CliValidate, usageErrors_exitTwoOnStderr)
{
    const QList<QStringList> cases = {
        { QStringLiteral("validate") },
        { QStringLiteral("validate"), QStringLiteral("--no-such-option"),
          fixture("draft-clean.json") },
        { QStringLiteral("validate"), fixture("draft-clean.json"), fixture("draft-errors.json") },
    };
    for (const QStringList &arguments : cases) {
        const CliRun run = runLeadopp(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(QStringLiteral("leadopp validate --help")));
    }
}

TEST(CliValidate, helpAndVersion_exitZeroOnStdout)
{
    const CliRun help = runLeadopp({ QStringLiteral("validate"), QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: leadopp validate [options] FILE")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("--json")));
    EXPECT_TRUE(help.err.isEmpty());
    const CliRun version = runLeadopp({ QStringLiteral("validate"), QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QStringLiteral("leadopp %1\n").arg(QStringLiteral(LEADOPP_VERSION)));
}

// What the reader warns of (a member given twice, a number rounded) is in the JSON too, not
// only in the text on stderr.
TEST(CliValidate, json_carriesTheReadersWarnings)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("odd.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(R"({"leadOpportunity": {"partnerLeadOpportunityId": "P-1", "name": "A",
        "name": "B"}, "offerLines": [{"offerNameId": "CATIA_X", "amount": 12345678901234567890}]})");
    out.close();
    const CliRun run = runLeadopp({ QStringLiteral("validate"), QStringLiteral("--json"), file });
    const QJsonArray warnings = leadopp::test::parseObject(run.out.toUtf8())
                                    .value(QLatin1String("readWarnings"))
                                    .toArray();
    ASSERT_EQ(warnings.size(), 2) << run.out.toStdString();
    EXPECT_TRUE(warnings.at(0).toString().contains(QStringLiteral("“name” occurs 2 times")));
    EXPECT_TRUE(warnings.at(1).toString().contains(QStringLiteral("12345678901234567000")));
}

// The API's own PATCH examples name no 3DS id: checked as the create they would otherwise
// be, they lack its required members; --id checks them as the update they are.
TEST(CliValidate, idChecksAPatchBodyAgainstTheUpdateRules)
{
    const QString example = leadopp::test::dataPath(
        QStringLiteral("contract/updateLeadOpportunitiesDetails-request-updateLeadStatus.json"));
    EXPECT_EQ(runLeadopp({ QStringLiteral("validate"), example }).exitCode, 1);
    const CliRun update = runLeadopp({ QStringLiteral("validate"), QStringLiteral("--id"),
                                       QStringLiteral("XJSR-DZMFFT"), example });
    EXPECT_EQ(update.exitCode, 0) << update.out.toStdString();
    EXPECT_EQ(runLeadopp({ QStringLiteral("validate"), QStringLiteral("--id"),
                           QStringLiteral("XJSR-DZMFFT"), QStringLiteral("--create"), example })
                  .exitCode,
              2);
}
