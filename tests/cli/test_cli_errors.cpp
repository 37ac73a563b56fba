// `leadopp errors` run as a real process: JSON and text output, the 400 echo as the
// draft, --draft and --status, exit codes.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

using CliRun = test::LeadoppRun;

CliRun runErrors(const QStringList &arguments)
{
    return test::runLeadopp(QStringList { QStringLiteral("errors") } + arguments);
}

QString fixture(const char *name)
{
    return test::dataPath(QStringLiteral("errors/") + QString::fromUtf8(name));
}

QJsonObject firstError(const QJsonObject &output)
{
    return output.value(QStringLiteral("errors")).toArray().at(0).toObject();
}

} // namespace

TEST(CliErrors, json_printsStatusTraceAndErrors)
{
    const CliRun run
        = runErrors({ fixture("seed-patch-400-with-errors.json"), QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject output = test::parseObject(run.out);
    EXPECT_EQ(output.value(QStringLiteral("status")).toInt(), 400);
    EXPECT_EQ(output.value(QStringLiteral("traceId")).toString(),
              QStringLiteral("afafb61eb2704ecb9b626d8b3b6c593f"));
    const QJsonArray errors = output.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 2);
    const QJsonObject amount = errors.at(1).toObject();
    EXPECT_EQ(amount.value(QStringLiteral("path")).toString(),
              QStringLiteral("offerLines[1].amount"));
    EXPECT_EQ(amount.value(QStringLiteral("match")).toString(), QStringLiteral("exact"));
    EXPECT_EQ(amount.value(QStringLiteral("message")).toString(),
              QStringLiteral("Amount must be positive."));
    EXPECT_TRUE(amount.value(QStringLiteral("code")).isNull());
    EXPECT_EQ(amount.value(QStringLiteral("rawPath")).toString(),
              QStringLiteral("offerLines[1].amount"));
}

TEST(CliErrors, rejectedResponse_echoIsTheDraft)
{
    // The echo has one offer line, so line 2 is out of range: partial to the section.
    const CliRun run = runErrors({ fixture("echo-one-line.json"), QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject error = firstError(test::parseObject(run.out));
    EXPECT_EQ(error.value(QStringLiteral("path")).toString(), QStringLiteral("offerLines"));
    EXPECT_EQ(error.value(QStringLiteral("match")).toString(), QStringLiteral("partial"));
    EXPECT_EQ(error.value(QStringLiteral("rawPath")).toString(),
              QStringLiteral("#/offerLines/1/amount"));
}

TEST(CliErrors, draftOption_resolvesAgainstThatDraft)
{
    const CliRun run = runErrors({ fixture("echo-one-line.json"), QStringLiteral("--draft"),
                                   fixture("record.json"), QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject error = firstError(test::parseObject(run.out));
    EXPECT_EQ(error.value(QStringLiteral("path")).toString(),
              QStringLiteral("offerLines[1].amount"));
    EXPECT_EQ(error.value(QStringLiteral("match")).toString(), QStringLiteral("exact"));
}

TEST(CliErrors, statusOption_overridesAndNullTraceWhenAbsent)
{
    const CliRun run = runErrors({ fixture("jsonapi.json"), QStringLiteral("--status"),
                                   QStringLiteral("422"), QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject output = test::parseObject(run.out);
    EXPECT_EQ(output.value(QStringLiteral("status")).toInt(), 422);
    EXPECT_TRUE(output.value(QStringLiteral("traceId")).isNull());
    EXPECT_EQ(firstError(output).value(QStringLiteral("code")).toString(),
              QStringLiteral("E-AMOUNT"));
}

TEST(CliErrors, text_showsFieldLabels)
{
    const CliRun run = runErrors({ fixture("seed-patch-400-with-errors.json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.contains(QStringLiteral("Offer line 2 · Amount"))) << run.out.constData();
    EXPECT_TRUE(text.contains(QStringLiteral("Close date"))) << run.out.constData();
    EXPECT_TRUE(text.contains(QStringLiteral("afafb61eb2704ecb9b626d8b3b6c593f")));
}

TEST(CliErrors, nonJsonResponse_stillReadAndExplained)
{
    const CliRun run = runErrors({ test::dataPath(QStringLiteral("../fuzz/corpus/html.txt")),
                                   QStringLiteral("--status"), QStringLiteral("502"),
                                   QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject error = firstError(test::parseObject(run.out));
    EXPECT_EQ(error.value(QStringLiteral("match")).toString(), QStringLiteral("record"));
    EXPECT_TRUE(
        error.value(QStringLiteral("message")).toString().contains(QStringLiteral("non-JSON")));
}

TEST(CliErrors, missingResponseFile_exitsTwo)
{
    const CliRun run = runErrors({ fixture("does-not-exist.json") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(CliErrors, unreadableDraft_exitsTwo)
{
    EXPECT_EQ(runErrors({ fixture("jsonapi.json"), QStringLiteral("--draft"),
                          fixture("missing-draft.json") })
                  .exitCode,
              2);
}

TEST(CliErrors, badStatusOrMissingArgument_exitsTwo)
{
    EXPECT_EQ(
        runErrors({ fixture("jsonapi.json"), QStringLiteral("--status"), QStringLiteral("abc") })
            .exitCode,
        2);
    EXPECT_EQ(runErrors({}).exitCode, 2);
}

TEST(CliErrors, responseOverTheInputCap_isRefusedWithoutReadingItAll)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64(33) * 1024 * 1024)); // sparse: no real disk use
    file.close();
    const CliRun run = runErrors({ path });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("too large")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("32 MB")) << run.err.toStdString();
}
