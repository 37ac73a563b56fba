// Every injectable fault, seen by a real QNetworkAccessManager over loopback.
#include "sandboxhttp.h"

#include "sandbox/httpwriter.h"

#include <QElapsedTimer>
#include <QJsonParseError>

using namespace leadopp;
using namespace leadopp::test;

namespace {

const QString kPath = kLeadsPath + QStringLiteral("/XJSR-DZMFFT");

class SandboxFaultTest : public SandboxHttpTest
{
protected:
    void inject(sandbox::Fault fault, int count = 1)
    {
        sandbox::FaultPlan plan;
        plan.fault = fault;
        plan.count = count;
        plan.delayMs = 400;
        plan.retryAfterSeconds = 7;
        server.injectFault(plan);
    }
};

TEST_F(SandboxFaultTest, delay_answersNormallyAfterTheDelay)
{
    inject(sandbox::Fault::Delay);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(send("GET", kPath).status, 200);
    EXPECT_GE(timer.elapsed(), 400);
    timer.restart();
    EXPECT_EQ(send("GET", kPath).status, 200);
    EXPECT_LT(timer.elapsed(), 400);
}

TEST_F(SandboxFaultTest, tooManyRequests_countedThenRecovers)
{
    inject(sandbox::Fault::TooManyRequests, 2);
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = send("GET", kPath);
        EXPECT_EQ(result.status, 429);
        EXPECT_TRUE(result.retryAfter.isEmpty());
        EXPECT_EQ(result.json(),
                  parseObject(readData(QStringLiteral(
                      "contract/getLeadsOpportunities-response-429-429_too_many_requests.json"))));
    }
    EXPECT_EQ(send("GET", kPath).status, 200);
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(SandboxFaultTest, tooManyRetryAfter_sendsTheHeader)
{
    inject(sandbox::Fault::TooManyRetryAfter);
    const HttpResult result = send("PATCH", kPath, "{}");
    EXPECT_EQ(result.status, 429);
    EXPECT_EQ(result.retryAfter, QByteArray("7"));
}

TEST_F(SandboxFaultTest, maintenance_answers503Err899ForEveryRequestWhenCountIsAll)
{
    inject(sandbox::Fault::Maintenance, -1);
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = send("GET", kPath);
        EXPECT_EQ(result.status, 503);
        EXPECT_EQ(
            keyPaths(result.json(), 2),
            exampleKeyPaths(
                QStringLiteral("getLeadsOpportunities-response-503-503_ServiceUnavailable.json"),
                2));
        EXPECT_EQ(result.json()[u"error"][u"code"].toString(), QStringLiteral("ERR899"));
    }
}

TEST_F(SandboxFaultTest, resetMidBody_clientSeesRemoteHostClosed)
{
    inject(sandbox::Fault::ResetMidBody);
    const HttpResult result = send("GET", kPath);
    EXPECT_TRUE(result.finished);
    EXPECT_EQ(result.error, QNetworkReply::RemoteHostClosedError);
    EXPECT_EQ(send("GET", kPath).status, 200); // the server lives on
}

TEST_F(SandboxFaultTest, htmlBody_answers502WithAnHtmlPage)
{
    inject(sandbox::Fault::HtmlBody);
    const HttpResult result = send("GET", kPath);
    EXPECT_EQ(result.status, 502);
    EXPECT_EQ(result.contentType, QByteArray("text/html"));
    EXPECT_TRUE(result.body.startsWith("<html>"));
}

TEST_F(SandboxFaultTest, truncatedJson_answers200WithUnparsableBody)
{
    inject(sandbox::Fault::TruncatedJson);
    const HttpResult result = send("PATCH", kPath, "{}");
    EXPECT_EQ(result.status, 200);
    EXPECT_EQ(result.error, QNetworkReply::NoError);
    QJsonParseError error {};
    QJsonDocument::fromJson(result.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
    EXPECT_TRUE(result.body.startsWith("{"));
}

TEST_F(SandboxFaultTest, oversizeBody_declares64MiBAndStreamsUntilTheClientStops)
{
    inject(sandbox::Fault::OversizeBody);
    QNetworkRequest request(server.baseUrl().resolved(QUrl(kPath)));
    request.setRawHeader("X-API-Key", "sandbox-test-key");
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    qint64 received = 0;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        received += reply->readAll().size();
        if (received > 4 * 1024 * 1024)
            reply->abort(); // what a client with a size limit does
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
    EXPECT_EQ(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(),
              sandbox::kOversizeBytes);
    EXPECT_GT(received, 4 * 1024 * 1024);
    EXPECT_EQ(reply->error(), QNetworkReply::OperationCanceledError);
    EXPECT_EQ(send("GET", kPath).status, 200);
}

TEST_F(SandboxFaultTest, requestServed_neverCarriesTheKey)
{
    QStringList lines;
    QObject::connect(
        &server, &sandbox::SandboxServer::requestServed, &server,
        [&](const QString &line, int status) { lines.append(line + QString::number(status)); });
    send("GET", kPath, {}, "secret-key-value");
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first(), QStringLiteral("GET ") + kPath + QStringLiteral("200"));
    EXPECT_FALSE(lines.first().contains(QStringLiteral("secret")));
}

} // namespace
