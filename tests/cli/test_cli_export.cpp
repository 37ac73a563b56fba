// Runs the built `leadopp export` and checks the body, the streams and the exit codes.
#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runLeadopp(const QStringList &arguments)
{
    const leadopp::test::LeadoppRun run = leadopp::test::runLeadopp(arguments);
    return { run.exitCode, run.out, QString::fromUtf8(run.err) };
}

QString fixture(const char *name)
{
    return leadopp::test::dataPath(QStringLiteral("validation/") + QString::fromLatin1(name));
}

// The body the command must write, computed in process from the same file.
QByteArray expectedBody(const QString &file, bool create)
{
    QFile input(file);
    EXPECT_TRUE(input.open(QIODevice::ReadOnly));
    const ReadResult read = readDocument(input.readAll());
    EXPECT_TRUE(read.ok) << read.error.toStdString();
    return exportBody(read.draft.record,
                      create ? ExportMode::Create : defaultExportMode(read.draft.record));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CliExport, cleanDraft_writesExactlyTheBodyToStdout)
{
    const CliRun run = runLeadopp({ QStringLiteral("export"), fixture("draft-clean.json") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, expectedBody(fixture("draft-clean.json"), false));
    EXPECT_FALSE(
        leadopp::test::parseObject(run.out).contains(QLatin1String("dsLeadOpportunityId")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliExport, outputOption_writesTheFileAndNothingOnStdout)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("body.json"));
    const CliRun run = runLeadopp(
        { QStringLiteral("export"), fixture("draft-clean.json"), QStringLiteral("-o"), out });
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(fileBytes(out), expectedBody(fixture("draft-clean.json"), false));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("body.json") });
}

TEST(CliExport, createFlag_writesThePostBody)
{
    const CliRun run = runLeadopp(
        { QStringLiteral("export"), QStringLiteral("--create"), fixture("draft-clean.json") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, expectedBody(fixture("draft-clean.json"), true));
}

TEST(CliExport, draftWithErrors_exitsOneButStillWritesTheBody)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("body.json"));
    const CliRun run = runLeadopp({ QStringLiteral("export"), fixture("draft-errors.json"),
                                    QStringLiteral("--output"), out });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(fileBytes(out), expectedBody(fixture("draft-errors.json"), false));
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("error  offerLines[0].amount  Offer line 1 · Amount")))
        << run.err.toStdString();
}

TEST(CliExport, warnings_goToStderrAndExitZero)
{
    const CliRun run = runLeadopp({ QStringLiteral("export"), fixture("draft-warnings.json") });
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("warning  leadOpportunity.closeDate")));
    EXPECT_EQ(leadopp::test::parseObject(run.out)
                  .value(QLatin1String("leadOpportunity"))
                  .toObject()
                  .value(QLatin1String("closeDate"))
                  .toString(),
              QStringLiteral("2025-06-30T00:00:00.000Z"));
}

TEST(CliExport, unreadableInput_exitsTwoAndWritesNothing)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("body.json"));
    const CliRun run = runLeadopp(
        { QStringLiteral("export"), fixture("not-json.txt"), QStringLiteral("-o"), out });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("leadopp export: ")));
}

TEST(CliExport, unwritableOutput_exitsTwo)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("missing-folder/body.json"));
    const CliRun run = runLeadopp(
        { QStringLiteral("export"), fixture("draft-clean.json"), QStringLiteral("-o"), out });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot write"))) << run.err.toStdString();
}

TEST(CliExport, usageErrorsAndHelp)
{
    EXPECT_EQ(runLeadopp({ QStringLiteral("export") }).exitCode, 2);
    EXPECT_EQ(
        runLeadopp({ QStringLiteral("export"), fixture("draft-clean.json"), QStringLiteral("-o") })
            .exitCode,
        2);
    const CliRun help = runLeadopp({ QStringLiteral("export"), QStringLiteral("-h") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith("Usage: leadopp export [options] FILE"));
    EXPECT_TRUE(help.out.contains("--output <OUT>"));
}
