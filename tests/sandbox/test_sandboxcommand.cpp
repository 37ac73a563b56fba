// `leadopp sandbox` as a user starts it: real process, printed port, real HTTP, SIGTERM.
#include "sandboxhttp.h"

#include <QProcess>

using namespace leadopp;
using namespace leadopp::test;

namespace {

class SandboxCommandTest : public SandboxHttpTest
{
protected:
    void TearDown() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // Starts the command and returns the URL it prints; an empty URL on failure.
    QUrl start(const QStringList &extra = {})
    {
        process.start(binaryPath(QStringLiteral("leadopp")),
                      QStringList { QStringLiteral("sandbox") } + extra);
        const QRegularExpression listening(
            QStringLiteral("Sandbox listening on (http://127\\.0\\.0\\.1:\\d+)\n"));
        QRegularExpressionMatch match;
        const bool started = QTest::qWaitFor(
            [&] {
                output += process.readAllStandardOutput();
                match = listening.match(QString::fromUtf8(output));
                return match.hasMatch() || process.state() == QProcess::NotRunning;
            },
            20000);
        return started ? QUrl(match.captured(1)) : QUrl();
    }

    int exitCodeOf(const QStringList &arguments)
    {
        process.start(binaryPath(QStringLiteral("leadopp")),
                      QStringList { QStringLiteral("sandbox") } + arguments);
        EXPECT_TRUE(process.waitForFinished(20000));
        return process.exitCode();
    }

    QProcess process;
    QByteArray output;
};

TEST_F(SandboxCommandTest, portZero_printsUrlAndLeads_servesTheContract_quitsOnSigterm)
{
    const QUrl base = start({ QStringLiteral("--port"), QStringLiteral("0") });
    ASSERT_TRUE(base.isValid() && base.port() > 0) << output.toStdString();
    EXPECT_TRUE(output.contains("XJSR-DZMFFT")) << output.toStdString();

    const HttpResult fetched = sendTo(base, "GET", kLeadsPath + QStringLiteral("/XJSR-DZMFFT"));
    EXPECT_EQ(fetched.status, 200);
    EXPECT_EQ(keyPaths(fetched.json(), 2),
              exampleKeyPaths(
                  QStringLiteral(
                      "getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json"),
                  2));
    const HttpResult updated
        = sendTo(base, "PATCH", kLeadsPath + QStringLiteral("/XJSR-DZMFFT"),
                 readData(QStringLiteral(
                     "contract/updateLeadOpportunitiesDetails-request-updateLeadStatus.json")));
    EXPECT_EQ(updated.status, 200);
    EXPECT_EQ(
        sendTo(base, "GET", kLeadsPath + QStringLiteral("/XJSR-DZMFFT"), {}, QByteArray()).status,
        401);

    process.terminate();
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
    output += process.readAllStandardOutput();
    EXPECT_TRUE(
        output.contains("PATCH /sales/api4partners/v0/leads-opportunities/XJSR-DZMFFT -> 200"));
    EXPECT_FALSE(output.contains("sandbox-test-key"));
}

TEST_F(SandboxCommandTest, faultOption_reachesTheServer)
{
    const QUrl base = start({ QStringLiteral("--fault"), QStringLiteral("retry-after:1"),
                              QStringLiteral("--retry-after"), QStringLiteral("9"),
                              QStringLiteral("--error-style"), QStringLiteral("dotted") });
    ASSERT_TRUE(base.isValid()) << output.toStdString();
    const HttpResult limited = sendTo(base, "GET", kLeadsPath + QStringLiteral("/XJSR-DZMFFT"));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.retryAfter, QByteArray("9"));
    const HttpResult rejected = sendTo(base, "PATCH", kLeadsPath + QStringLiteral("/XJSR-DZMFFT"),
                                       readData(QStringLiteral("sandbox/update-full.json")));
    EXPECT_TRUE(rejected.json()[u"errors"].toObject().contains(u"offerLines[1].offerNameId"))
        << rejected.body.toStdString();
}

TEST_F(SandboxCommandTest, portInUse_exits2)
{
    const quint16 taken = server.port();
    EXPECT_EQ(exitCodeOf({ QStringLiteral("--port"), QString::number(taken) }), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("cannot listen"));
}

TEST_F(SandboxCommandTest, badOptions_exit2)
{
    EXPECT_EQ(exitCodeOf({ QStringLiteral("--port"), QStringLiteral("70000") }), 2);
    EXPECT_EQ(exitCodeOf({ QStringLiteral("--error-style"), QStringLiteral("xml") }), 2);
    EXPECT_EQ(exitCodeOf({ QStringLiteral("--fault"), QStringLiteral("meteor:2") }), 2);
    EXPECT_EQ(exitCodeOf({ QStringLiteral("--fault"), QStringLiteral("delay:0") }), 2);
    EXPECT_EQ(exitCodeOf({ QStringLiteral("--bogus") }), 2);
}

} // namespace
