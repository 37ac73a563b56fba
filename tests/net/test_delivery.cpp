// A create or update is sent once per attempt: a server that closes after reading the
// request gets exactly one POST (Qt's own HTTP layer sends it twice), and every outcome
// that may have reached the server is reported as unknown and, when asked for,
// reconciled (search by partner id, then GET) before anything could be sent again.
// Also: the overall deadline against a drip-feeding server, and the key scrubbed from
// what a server echoes.
#include "faultserver.h"
#include "nettesting.h"
#include "testsupport.h"

#include "net/apiclient.h"
#include "net/apijob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::test;
using net::Delivery;
using net::ErrorKind;
using net::Reconciliation;
using net::UnknownCause;

namespace {

const QByteArray kCreated = QByteArrayLiteral(
    R"({"info":{"success":true,"statusCode":201,"traceId":"0123456789abcdef0123456789abcdef"},)"
    R"("data":{"partnerLeadOpportunityId":"P-1","dsLeadOpportunityId":"NEW1-ABCDEF","action":"create"}})");

QByteArray searchAnswer(const QStringList &ids)
{
    QJsonArray list;
    for (const QString &id : ids)
        list.append(id);
    const QJsonObject body {
        { QStringLiteral("info"), QJsonObject { { QStringLiteral("statusCode"), 200 } } },
        { QStringLiteral("data"),
          QJsonArray { QJsonObject { { QStringLiteral("dsLeadOpportunityId"), list } } } },
    };
    return httpResponse(200, "OK", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// The contract's GET answer for a lead with partner id P-1 and the given description.
QByteArray getAnswer(const QString &dsId, const QString &description = {})
{
    QJsonObject root
        = parseObject(readData(QStringLiteral("contract/getLeadsOpportunities-response-200-200_"
                                              "leadsOpportunitiesGetResponse.json")));
    QJsonObject data = root.value(QStringLiteral("data")).toObject();
    QJsonObject lead = data.value(QStringLiteral("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1"));
    lead.insert(QStringLiteral("dsLeadOpportunityId"), dsId);
    lead.insert(QStringLiteral("description"), description);
    data.insert(QStringLiteral("leadOpportunity"), lead);
    root.insert(QStringLiteral("data"), data);
    return httpResponse(200, "OK", QJsonDocument(root).toJson(QJsonDocument::Compact));
}

net::ApiRequest createRequest(const QUrl &baseUrl)
{
    net::ApiRequest request = updateRequest(baseUrl);
    request.operation = net::ApiRequest::Create;
    request.dsLeadOpportunityId.clear();
    return request;
}

class DeliveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(server.listen(), 0);
        client.setRetryPolicy(net::RetryPolicy::none());
        client.setTimeoutMs(3000);
    }
    int countOf(const QByteArray &method) const
    {
        int count = 0;
        for (const SeenRequest &request : server.requests())
            count += request.method == method ? 1 : 0;
        return count;
    }
    net::ApiResult run(const net::ApiRequest &request)
    {
        const net::ApiResult result = runJob(client, request);
        QTest::qWait(300); // a re-send would arrive by now
        return result;
    }

    FaultServer server;
    QNetworkAccessManager nam;
    net::ApiClient client { &nam };
};

TEST_F(DeliveryTest, closedAfterReadingTheCreate_onePostAndUnknown)
{
    server.respond(QByteArray()); // reads the request, closes without a word
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    EXPECT_EQ(countOf("POST"), 1);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(result.delivery, Delivery::Unknown);
    EXPECT_EQ(result.unknownCause, UnknownCause::ClosedAfterSending);
    EXPECT_EQ(result.reconciliation.state, Reconciliation::NotChecked);
    EXPECT_NE(result.kind, ErrorKind::Accepted);
    EXPECT_TRUE(result.message.contains(QLatin1String("closed the connection without answering")))
        << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QLatin1String("Nothing was sent again")));
}

TEST_F(DeliveryTest, closedAfterReadingTheUpdate_onePatchAndUnknown)
{
    server.respond(QByteArray());
    const net::ApiResult result = run(updateRequest(server.baseUrl()));
    EXPECT_EQ(countOf("PATCH"), 1);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(result.unknownCause, UnknownCause::ClosedAfterSending);
}

TEST_F(DeliveryTest, resetAfterTheStatusLine_isUnknown)
{
    server.enqueue({ Script::ResetAfterWrite, "HTTP/1.1 400 Bad Request\r\nContent-Ty", 0 });
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    EXPECT_EQ(countOf("POST"), 1);
    EXPECT_EQ(result.delivery, Delivery::Unknown);
    EXPECT_EQ(result.unknownCause, UnknownCause::ResetAfterStatus);
}

TEST_F(DeliveryTest, truncatedSuccessBody_isUnknown)
{
    server.respond(
        httpResponse(201, "Created", kCreated.left(30), "application/json", {}, kCreated.size()));
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    EXPECT_EQ(countOf("POST"), 1);
    EXPECT_EQ(result.delivery, Delivery::Unknown);
    EXPECT_EQ(result.unknownCause, UnknownCause::TruncatedBody);
    EXPECT_TRUE(result.message.contains(QLatin1String("cut off"))) << result.message.toStdString();
}

TEST_F(DeliveryTest, timeoutAfterSending_isUnknown)
{
    client.setTimeoutMs(300);
    server.enqueue({ Script::Stall, {}, 0 });
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    EXPECT_EQ(countOf("POST"), 1);
    EXPECT_EQ(result.kind, ErrorKind::Timeout);
    EXPECT_EQ(result.delivery, Delivery::Unknown);
    EXPECT_EQ(result.unknownCause, UnknownCause::TimeoutAfterSending);
}

TEST_F(DeliveryTest, completeAnswerAndRefusedConnection_areNotUnknown)
{
    server.respond(httpResponse(201, "Created", kCreated));
    const net::ApiResult answered = run(createRequest(server.baseUrl()));
    EXPECT_EQ(answered.kind, ErrorKind::Accepted);
    EXPECT_EQ(answered.delivery, Delivery::Answered);
    EXPECT_EQ(answered.dsLeadOpportunityId, QStringLiteral("NEW1-ABCDEF"));
    const QUrl closed = server.baseUrl();
    server.close();
    const net::ApiResult refused = run(createRequest(closed));
    EXPECT_EQ(refused.kind, ErrorKind::ConnectionRefused);
    EXPECT_EQ(refused.delivery, Delivery::NotSent);
}

TEST_F(DeliveryTest, reconcile_createThatLanded_isFoundBySearchAndGetAndNotResent)
{
    client.setReconcileUnknownOutcomes(true);
    server.respond(QByteArray());
    server.respond(searchAnswer({ QStringLiteral("NEW1-ABCDEF") }));
    server.respond(getAnswer(QStringLiteral("NEW1-ABCDEF")));
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    ASSERT_EQ(server.requestCount(), 3);
    EXPECT_EQ(server.requests().at(0).method, QByteArray("POST"));
    EXPECT_EQ(server.requests().at(1).path,
              QByteArray("/sales/api4partners/v0/leads-opportunities/search"));
    EXPECT_TRUE(server.requests().at(1).body.contains(R"("partnerLeadOpportunityId":["P-1"])"))
        << server.requests().at(1).body.toStdString();
    EXPECT_EQ(server.requests().at(2).method, QByteArray("GET"));
    EXPECT_EQ(server.requests().at(2).path,
              QByteArray("/sales/api4partners/v0/leads-opportunities/NEW1-ABCDEF"));
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(result.reconciliation.state, Reconciliation::Landed);
    EXPECT_EQ(result.reconciliation.via, QStringLiteral("search+get"));
    EXPECT_EQ(result.reconciliation.requests, 2);
    EXPECT_EQ(result.kind, ErrorKind::Accepted);
    EXPECT_EQ(result.dsLeadOpportunityId, QStringLiteral("NEW1-ABCDEF"));
    EXPECT_TRUE(result.message.contains(QLatin1String("the create landed")))
        << result.message.toStdString();
}

TEST_F(DeliveryTest, reconcile_createThatDidNotLand_saysSoAndSendsNothingMore)
{
    client.setReconcileUnknownOutcomes(true);
    server.respond(QByteArray());
    server.respond(searchAnswer({}));
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    EXPECT_EQ(countOf("POST"), 2); // the create and the search, never a second create
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(result.reconciliation.state, Reconciliation::NotLanded);
    EXPECT_NE(result.kind, ErrorKind::Accepted);
    EXPECT_TRUE(result.message.contains(QLatin1String("did not land")))
        << result.message.toStdString();
}

TEST_F(DeliveryTest, reconcile_searchFailing_isReportedAsUnknownStill)
{
    client.setReconcileUnknownOutcomes(true);
    server.respond(QByteArray());
    server.respond(httpResponse(503, "Service Unavailable", "{}"));
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(result.reconciliation.state, Reconciliation::Failed);
    EXPECT_EQ(result.delivery, Delivery::Unknown);
    EXPECT_TRUE(result.message.contains(QLatin1String("failed too")))
        << result.message.toStdString();
}

// A 200 without the list is no answer to "did it land?": taken for an empty list, it would
// have said "not landed, submit once more" and invited a second create.
TEST_F(DeliveryTest, reconcile_searchAnswerWithoutItsList_isReportedAsUnknownStill)
{
    client.setReconcileUnknownOutcomes(true);
    server.respond(QByteArray());
    server.respond(
        httpResponse(200, "OK", R"({"data": {"dsLeadOpportunityId": ["NEW1-ABCDEF"]}})"));
    const net::ApiResult result = run(createRequest(server.baseUrl()));
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(result.reconciliation.state, Reconciliation::Failed);
    EXPECT_EQ(result.delivery, Delivery::Unknown);
    EXPECT_FALSE(result.message.contains(QLatin1String("did not land")))
        << result.message.toStdString();
}

TEST_F(DeliveryTest, searchAnsweredWithoutItsList_isNoResultNotAnEmptyOne)
{
    net::ApiRequest search = updateRequest(server.baseUrl());
    search.operation = net::ApiRequest::Search;
    search.body = R"({"data": [{"partnerLeadOpportunityId": ["P-1"]}]})";
    server.respond(httpResponse(200, "OK", R"({"data": {"dsLeadOpportunityId": ["A"]}})"));
    server.respond(searchAnswer({}));
    const net::ApiResult odd = run(search);
    EXPECT_EQ(odd.kind, ErrorKind::UnexpectedShape);
    EXPECT_EQ(net::errorKindName(odd.kind), QStringLiteral("unexpected-shape"));
    EXPECT_TRUE(odd.message.contains(QLatin1String("without the list of leads")))
        << odd.message.toStdString();
    EXPECT_EQ(run(search).kind, ErrorKind::Accepted);
}

TEST_F(DeliveryTest, reconcile_updateComparesTheFetchedLeadWithWhatWasSent)
{
    client.setReconcileUnknownOutcomes(true);
    net::ApiRequest request = updateRequest(server.baseUrl());
    request.body = R"({"leadOpportunity":{"partnerLeadOpportunityId":"P-1","description":"new"}})";
    server.respond(QByteArray());
    server.respond(getAnswer(QStringLiteral("XJSR-DZMFFT"), QStringLiteral("new")));
    server.respond(QByteArray());
    server.respond(getAnswer(QStringLiteral("XJSR-DZMFFT"), QStringLiteral("old")));
    const net::ApiResult landed = run(request);
    EXPECT_EQ(landed.reconciliation.state, Reconciliation::Landed);
    EXPECT_EQ(landed.reconciliation.via, QStringLiteral("get"));
    EXPECT_EQ(landed.kind, ErrorKind::Accepted);
    const net::ApiResult missed = run(request);
    EXPECT_EQ(missed.reconciliation.state, Reconciliation::NotLanded);
    EXPECT_EQ(countOf("PATCH"), 2); // one per run
}

TEST_F(DeliveryTest, dripFeedingServer_endsAtTheDeadlineWithAClearSentence)
{
    client.setTimeoutMs(5000); // every byte resets this one
    client.setDeadlineMs(1200);
    server.enqueue({ Script::Drip, httpResponse(200, "OK", QByteArray(2000, ' ')), 100 });
    QElapsedTimer clock;
    clock.start();
    const net::ApiResult result = runJob(client, updateRequest(server.baseUrl()));
    EXPECT_LT(clock.elapsed(), 4000);
    EXPECT_GE(clock.elapsed(), 1100);
    EXPECT_EQ(result.kind, ErrorKind::Timeout);
    EXPECT_TRUE(result.deadlineExpired);
    EXPECT_TRUE(result.message.contains(QLatin1String("overall deadline of 1.2 s")))
        << result.message.toStdString();
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(DeliveryTest, defaultDeadlineIsSixtySeconds)
{
    EXPECT_EQ(client.deadlineMs(), 60000);
}

TEST_F(DeliveryTest, keyEchoedByTheServer_isScrubbedFromTheResult)
{
    server.enqueue({ Script::EchoHeaders, {}, 0 });
    const net::ApiResult result = run(updateRequest(server.baseUrl()));
    ASSERT_EQ(result.httpStatus, 400);
    EXPECT_FALSE(result.body.contains("test-key-4711")) << result.body.toStdString();
    EXPECT_TRUE(result.body.contains("x-api-key: [redacted]")) << result.body.toStdString();
}

TEST_F(DeliveryTest, keyEchoedIntoWhatIsReadFromTheAnswer_isScrubbedThereToo)
{
    const QByteArray body = R"({"info": {"traceId": "trace-test-key-4711"},
        "error": [{"type": "errors:3dx:invalidRequest", "title": "Refused",
                   "errors": [{"detail": "Your key test-key-4711 is not allowed here",
                               "pointer": "#/leadOpportunity/test-key-4711"}]}]})";
    server.respond(httpResponse(400, "Bad Request", body, "application/json",
                                { "X-Request-Id: req-test-key-4711" }));
    const net::ApiResult result = run(updateRequest(server.baseUrl()));
    ASSERT_EQ(result.httpStatus, 400);
    EXPECT_EQ(result.traceId, QStringLiteral("trace-[redacted]"));
    ASSERT_FALSE(result.fieldErrors.isEmpty());
    for (const core::FieldError &error : result.fieldErrors) {
        EXPECT_FALSE(error.message.contains(QLatin1String("test-key-4711")))
            << error.message.toStdString();
        EXPECT_FALSE(error.rawPath.contains(QLatin1String("test-key-4711")))
            << error.rawPath.toStdString();
        EXPECT_FALSE(error.path.contains(QLatin1String("test-key-4711")));
    }
    EXPECT_FALSE(result.body.contains("test-key-4711"));
    EXPECT_FALSE(result.message.contains(QLatin1String("test-key-4711")));
}

TEST_F(DeliveryTest, aTraceIdInAHeaderEchoingTheKey_isScrubbed)
{
    server.respond(httpResponse(400, "Bad Request", "{}", "application/json",
                                { "X-Request-Id: req-test-key-4711" }));
    const net::ApiResult result = run(updateRequest(server.baseUrl()));
    ASSERT_EQ(result.httpStatus, 400);
    EXPECT_EQ(result.traceId, QStringLiteral("req-[redacted]"));
}

TEST_F(DeliveryTest, originHeaderGoesOnlyToItsOrigin)
{
    client.addOriginHeader(server.baseUrl(), "X-Sandbox-Token", "t0k3n");
    client.addOriginHeader(QUrl(QStringLiteral("http://127.0.0.1:1")), "X-Other", "no");
    server.respond(httpResponse(200, "OK", "{}"));
    run(updateRequest(server.baseUrl()));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().headers.value("x-sandbox-token"), QByteArray("t0k3n"));
    EXPECT_FALSE(server.requests().first().headers.contains("x-other"));
}

} // namespace
