// `leadopp submit` exit codes by result class: a refusal naming no field and a 422 are
// rejections (exit 1), a missing API key is setup (exit 2, nothing sent).
#include "../net/faultserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::test;

namespace {

class CliResultClasses : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_NE(server.listen(), 0); }

    // Runs without blocking the event loop, so the scripted server can answer.
    LeadoppRun submit(const QStringList &arguments, const QString &key)
    {
        const QProcessEnvironment environment = isolatedEnvironment(home.path(), key);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(binaryPath(QStringLiteral("leadopp")),
                      QStringList { QStringLiteral("submit") } + arguments);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QStringList sendTo(bool json = true) const
    {
        QStringList arguments { dataPath(QStringLiteral("net/update-accepted.json")),
                                QStringLiteral("--env"), server.baseUrl().toString(),
                                QStringLiteral("--id"), QStringLiteral("XJSR-DZMFFT") };
        if (json)
            arguments.append(QStringLiteral("--json"));
        return arguments;
    }

    FaultServer server;
    QTemporaryDir home;
};

TEST_F(CliResultClasses, status400NamingNoField_exitsOneAsRejectedNoField)
{
    server.respond(
        httpResponse(400, "Bad Request", R"({"message":"Record is locked for editing."})"));
    const LeadoppRun run = submit(sendTo(), QStringLiteral("key-1"));
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("rejected-no-field"));
    EXPECT_EQ(json.value(QStringLiteral("fieldErrorCount")).toInt(-1), 0);
    EXPECT_TRUE(
        json.value(QStringLiteral("message")).toString().contains(u"without naming a field"));
    EXPECT_EQ(json.value(QStringLiteral("errors"))[0][QStringLiteral("message")].toString(),
              QStringLiteral("Record is locked for editing."));
}

TEST_F(CliResultClasses, status400NamingNoField_headlineDoesNotCountAFieldError)
{
    server.respond(
        httpResponse(400, "Bad Request", R"({"message":"Record is locked for editing."})"));
    const LeadoppRun run = submit(sendTo(false), QStringLiteral("key-1"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains("without naming a field")) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains("field error to fix"));
}

TEST_F(CliResultClasses, status422WithFields_exitsOneWithFieldsMapped)
{
    server.respond(httpResponse(
        422, "Unprocessable Content",
        R"({"title":"Invalid","errors":[{"detail":"must be >= 0","pointer":"#/leadOpportunity/currency"}]})"));
    const LeadoppRun run = submit(sendTo(), QStringLiteral("key-1"));
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json.value(QStringLiteral("status")).toInt(), 422);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(json.value(QStringLiteral("errors"))[0][QStringLiteral("path")].toString(),
              QStringLiteral("leadOpportunity.currency"));
    EXPECT_FALSE(json.value(QStringLiteral("message")).toString().contains(u"try again later"));
}

TEST_F(CliResultClasses, missingKey_exitsTwoBeforeSendingAndNamesMenuAndVariable)
{
    const LeadoppRun run = submit(sendTo(false), QString());
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
    const QString text = QString::fromUtf8(run.out + run.err);
    EXPECT_TRUE(text.contains(QString::fromUtf8("Submit ▸ API Keys and Settings")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("LEADOPP_API_KEY")));
}

} // namespace
