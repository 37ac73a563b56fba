// ApiClient against a scripted loopback server: every status and transport fault maps to
// the right kind and sentence, and nothing is retried unless it is safe.
#include "faultserver.h"
#include "nettesting.h"
#include "testsupport.h"

#include "net/apiclient.h"
#include "net/apijob.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::test;
using net::ErrorKind;

namespace {

const QByteArray kAccepted = QByteArrayLiteral(
    R"({"info":{"success":true,"statusCode":200,"traceId":"0123456789abcdef0123456789abcdef"},)"
    R"("data":{"partnerLeadOpportunityId":"P-1","dsLeadOpportunityId":"XJSR-DZMFFT","action":"update"}})");
const QByteArray kPointerErrors = QByteArrayLiteral(
    R"({"info":{"success":false,"statusCode":400,"traceId":"fedcba9876543210fedcba9876543210"},)"
    R"("error":[{"type":"errors:3dx:invalidRequest","title":"Invalid request","errors":[)"
    R"({"detail":"must be a number","pointer":"#/offerLines/0/amount"},)"
    R"({"detail":"must match ^[A-Z]{3}$","pointer":"#/leadOpportunity/currency"}]}]})");
const QByteArray kHtml = QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");

net::RetryPolicy fastPolicy()
{
    net::RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.defaultWaitMs = 1000;
    policy.timeScale = 0.01; // Retry-After: 1 waits 10 ms
    return policy;
}

class ApiClientFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(server.listen(), 0);
        client.setRetryPolicy(fastPolicy());
        client.setTimeoutMs(5000);
    }
    net::ApiResult run(net::ApiRequest request) { return runJob(client, request); }
    net::ApiResult run() { return run(updateRequest(server.baseUrl())); }

    FaultServer server;
    QNetworkAccessManager nam;
    net::ApiClient client { &nam };
};

struct StatusCase {
    const char *name;
    int status;
    QByteArray reason;
    QByteArray body;
    QByteArray contentType;
    ErrorKind kind;
    int requests; ///< requests the server must see (retries only for 429 / 503)
};

QByteArray contract(const char *file)
{
    return readData(QStringLiteral("contract/") + QLatin1String(file));
}

std::vector<StatusCase> statusCases()
{
    const QByteArray json = QByteArrayLiteral("application/json");
    const QByteArray html = QByteArrayLiteral("text/html");
    return {
        { "accepted200", 200, "OK", kAccepted, json, ErrorKind::Accepted, 1 },
        { "rejected400", 400, "Bad Request", kPointerErrors, json, ErrorKind::Rejected, 1 },
        { "missingKey401", 401, "Unauthorized",
          contract("getLeadsOpportunities-response-401-401_missing-apikey.json"), json,
          ErrorKind::MissingKey, 1 },
        { "forbidden403", 403, "Forbidden",
          contract("getLeadsOpportunities-response-403-403_forbidden.json"), json,
          ErrorKind::KeyNotAllowed, 1 },
        { "dateFormat406", 406, "Not Acceptable",
          contract("createLeadsOpportunities-response-406-406_"
                   "IncorrectCloseDateNextMilestoneFormat.json"),
          json, ErrorKind::DateFormat, 1 },
        { "rateLimited429", 429, "Too Many Requests",
          contract("createLeadsOpportunities-response-429-429_too_many_requests.json"), json,
          ErrorKind::RateLimited, 3 },
        { "unknownId500", 500, "Internal Server Error",
          contract("getLeadsOpportunities-response-500-500_leadsOpportunitiesGetResponse.json"),
          json, ErrorKind::UnknownId, 1 },
        { "otherError500", 500, "Internal Server Error",
          R"({"error":{"code":"ERR999","message":"boom"}})", json, ErrorKind::ServerError, 1 },
        { "maintenance503", 503, "Service Unavailable",
          contract("createLeadsOpportunities-response-503-503_ServiceUnavailable.json"), json,
          ErrorKind::Maintenance, 3 },
        { "notFound404", 404, "Not Found", R"({"message":"no route"})", json,
          ErrorKind::ServerError, 1 },
        { "html502", 502, "Bad Gateway", kHtml, html, ErrorKind::NonJsonBody, 1 },
        { "html200", 200, "OK", kHtml, html, ErrorKind::NonJsonBody, 1 },
        { "truncated200", 200, "OK", kAccepted.left(40), json, ErrorKind::NonJsonBody, 1 },
        { "html400", 400, "Bad Request", kHtml, html, ErrorKind::NonJsonBody, 1 },
    };
}

class StatusMapping : public ApiClientFaults, public ::testing::WithParamInterface<StatusCase>
{
};

TEST_P(StatusMapping, statusGivesKindSentenceAndOnlySafeRetries)
{
    const StatusCase &c = GetParam();
    server.respond(httpResponse(c.status, c.reason, c.body, c.contentType));
    const net::ApiResult result = run();
    EXPECT_EQ(net::errorKindName(result.kind), net::errorKindName(c.kind));
    EXPECT_EQ(result.httpStatus, c.status);
    EXPECT_EQ(server.requestCount(), c.requests);
    EXPECT_EQ(result.attempts, c.requests);
    net::DescribeContext context;
    context.httpStatus = c.status;
    context.fieldErrorCount = int(result.fieldErrors.size());
    EXPECT_EQ(result.message, net::describe(c.kind, context));
    EXPECT_FALSE(result.message.contains(QLatin1String("test-key-4711")));
    EXPECT_EQ(result.body, c.body);
}

INSTANTIATE_TEST_SUITE_P(AllStatuses, StatusMapping, ::testing::ValuesIn(statusCases()),
                         [](const ::testing::TestParamInfo<StatusCase> &param) {
                             return std::string(param.param.name);
                         });

TEST_F(ApiClientFaults, accepted_sendsKeyJsonHeadersAndPatch)
{
    server.respond(httpResponse(200, "OK", kAccepted));
    const net::ApiResult result = run();
    ASSERT_EQ(server.requestCount(), 1);
    const SeenRequest &seen = server.requests().first();
    EXPECT_EQ(seen.method, QByteArray("PATCH"));
    EXPECT_EQ(seen.path, QByteArray("/sales/api4partners/v0/leads-opportunities/XJSR-DZMFFT"));
    EXPECT_EQ(seen.headers.value("x-api-key"), QByteArray("test-key-4711"));
    EXPECT_EQ(seen.headers.value("content-type"), QByteArray("application/json"));
    EXPECT_EQ(seen.headers.value("accept"), QByteArray("application/json"));
    EXPECT_EQ(seen.body, updateRequest(server.baseUrl()).body);
    EXPECT_EQ(result.dsLeadOpportunityId, QStringLiteral("XJSR-DZMFFT"));
    EXPECT_EQ(result.traceId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_TRUE(result.sentAt.isValid());
}

TEST_F(ApiClientFaults, create_postsWithoutIdAndReadsTopLevelId)
{
    server.respond(httpResponse(
        201, "Created",
        R"({"partnerLeadOpportunityId":"P-1","dsLeadOpportunityId":"NEW-1","action":"create"})"));
    net::ApiRequest request = updateRequest(server.baseUrl());
    request.operation = net::ApiRequest::Create;
    const net::ApiResult result = run(request);
    EXPECT_EQ(result.kind, ErrorKind::Accepted);
    EXPECT_EQ(result.dsLeadOpportunityId, QStringLiteral("NEW-1"));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("POST"));
    EXPECT_EQ(server.requests().first().path,
              QByteArray("/sales/api4partners/v0/leads-opportunities"));
}

TEST_F(ApiClientFaults, rejected_mapsFieldErrorsAndCountsThemInSentence)
{
    server.respond(httpResponse(400, "Bad Request", kPointerErrors));
    net::ApiRequest request = updateRequest(server.baseUrl());
    request.record
        = parseObject(R"({"leadOpportunity":{"partnerLeadOpportunityId":"P-1","currency":"eur"},)"
                      R"("offerLines":[{"offerNameId":"X","amount":"double"}]})");
    const net::ApiResult result = run(request);
    ASSERT_EQ(result.kind, ErrorKind::Rejected);
    ASSERT_EQ(result.fieldErrors.size(), 2);
    QStringList paths;
    for (const core::FieldError &error : result.fieldErrors)
        paths << error.path;
    paths.sort();
    EXPECT_EQ(paths,
              QStringList({ QStringLiteral("leadOpportunity.currency"),
                            QStringLiteral("offerLines[0].amount") }));
    EXPECT_TRUE(result.message.contains(QLatin1String("2 field error")));
    EXPECT_EQ(result.traceId, QStringLiteral("fedcba9876543210fedcba9876543210"));
}

TEST_F(ApiClientFaults, rateLimited_honoursRetryAfterThenSucceeds)
{
    const QByteArray tooMany = httpResponse(429, "Too Many Requests", R"({"message":"slow down"})",
                                            "application/json", { "Retry-After: 1" });
    server.respond(tooMany);
    server.respond(tooMany);
    server.respond(httpResponse(200, "OK", kAccepted));
    net::ApiJob *job = client.start(updateRequest(server.baseUrl()));
    QSignalSpy retrying(job, &net::ApiJob::retrying);
    QSignalSpy finished(job, &net::ApiJob::finished);
    ASSERT_TRUE(finished.wait(10000));
    const auto result = finished.first().first().value<net::ApiResult>();
    EXPECT_EQ(result.kind, ErrorKind::Accepted);
    EXPECT_EQ(result.attempts, 3);
    EXPECT_EQ(server.requestCount(), 3);
    ASSERT_EQ(retrying.size(), 2);
    EXPECT_EQ(retrying.at(0).at(0).toInt(), 2);
    EXPECT_EQ(retrying.at(0).at(1).toInt(), 10); // 1 s scaled by 0.01
    EXPECT_EQ(retrying.at(1).at(0).toInt(), 3);
}

TEST_F(ApiClientFaults, retryAfterLongerThanCap_isReportedNotRetried)
{
    server.respond(
        httpResponse(429, "Too Many Requests", "{}", "application/json", { "Retry-After: 120" }));
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::RateLimited);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(result.message.contains(QLatin1String("120 second")));
}

TEST_F(ApiClientFaults, retryAfterHttpDate_isHonoured)
{
    net::RetryPolicy policy = fastPolicy();
    policy.timeScale = 0.001;
    client.setRetryPolicy(policy);
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(20),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1();
    server.respond(httpResponse(503, "Service Unavailable", "{}", "application/json",
                                { "Retry-After: " + date }));
    server.respond(httpResponse(200, "OK", kAccepted));
    net::ApiJob *job = client.start(updateRequest(server.baseUrl()));
    QSignalSpy retrying(job, &net::ApiJob::retrying);
    QSignalSpy finished(job, &net::ApiJob::finished);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.first().first().value<net::ApiResult>().kind, ErrorKind::Accepted);
    ASSERT_EQ(retrying.size(), 1);
    // 20 s minus the time the answer took to arrive (generous for a loaded machine), scaled
    EXPECT_GE(retrying.first().at(1).toInt(), 10);
    EXPECT_LE(retrying.first().at(1).toInt(), 20);
}

TEST_F(ApiClientFaults, totalWaitCap_stopsRetrying)
{
    net::RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 10;
    policy.maxTotalWaitMs = 2500; // two waits of 1 s fit, the third does not
    client.setRetryPolicy(policy);
    server.respond(
        httpResponse(503, "Service Unavailable", "{}", "application/json", { "Retry-After: 1" }));
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::Maintenance);
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(ApiClientFaults, cancelDuringBackoff_finishesCancelledWithoutAnotherRequest)
{
    net::RetryPolicy policy = fastPolicy();
    policy.timeScale = 1.0; // a real 5 s wait, cancelled long before it ends
    client.setRetryPolicy(policy);
    server.respond(
        httpResponse(429, "Too Many Requests", "{}", "application/json", { "Retry-After: 5" }));
    net::ApiJob *job = client.start(updateRequest(server.baseUrl()));
    QSignalSpy finished(job, &net::ApiJob::finished);
    QObject::connect(job, &net::ApiJob::retrying, job, [job] { job->cancel(); });
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_EQ(finished.first().first().value<net::ApiResult>().kind, ErrorKind::Cancelled);
    QTest::qWait(100);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientFaults, cancelInFlight_isCancelledNotTimeout)
{
    server.enqueue({ Script::Stall, {}, 0 });
    net::ApiJob *job = client.start(updateRequest(server.baseUrl()));
    QSignalSpy finished(job, &net::ApiJob::finished);
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requestCount() == 1; }, 5000));
    job->cancel();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().first().value<net::ApiResult>().kind, ErrorKind::Cancelled);
}

TEST_F(ApiClientFaults, noAnswer_isTimeoutAndNotRetried)
{
    client.setTimeoutMs(300);
    server.enqueue({ Script::Stall, {}, 0 });
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::Timeout);
    EXPECT_EQ(result.httpStatus, 0);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientFaults, stalledBody_isTimeout)
{
    client.setTimeoutMs(300);
    server.enqueue(
        { Script::StallAfterWrite,
          httpResponse(200, "OK", kAccepted.left(20), "application/json", {}, kAccepted.size()),
          0 });
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::Timeout);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientFaults, timedOutCreate_isNotRepostedAndSuggestsSearch)
{
    client.setTimeoutMs(300);
    server.enqueue({ Script::Stall, {}, 0 });
    net::ApiRequest request = updateRequest(server.baseUrl());
    request.operation = net::ApiRequest::Create;
    const net::ApiResult result = run(request);
    EXPECT_EQ(result.kind, ErrorKind::Timeout);
    QTest::qWait(200);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(result.message.contains(QLatin1String("not sent again")));
    EXPECT_TRUE(result.message.contains(QLatin1String("search")));
}

TEST_F(ApiClientFaults, resetMidBody_isNetworkErrorAndNotRetried)
{
    server.enqueue(
        { Script::ResetAfterWrite,
          httpResponse(200, "OK", kAccepted.left(30), "application/json", {}, kAccepted.size()),
          0 });
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::NetworkError);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientFaults, oversizeBody_isAbortedAsBodyTooLarge)
{
    client.setMaxBodyBytes(64 * 1024);
    server.respond(httpResponse(200, "OK", QByteArray(1024 * 1024, 'x')));
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::BodyTooLarge);
    EXPECT_TRUE(result.body.isEmpty());
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiClientFaults, refusedPort_isConnectionRefused)
{
    FaultServer closed;
    ASSERT_NE(closed.listen(), 0);
    const QUrl url = closed.baseUrl();
    closed.close();
    const net::ApiResult result = run(updateRequest(url));
    EXPECT_EQ(result.kind, ErrorKind::ConnectionRefused);
    EXPECT_EQ(result.attempts, 1);
}

TEST_F(ApiClientFaults, httpsToPlainServer_isTlsFailureAndNothingSent)
{
    server.respond(httpResponse(200, "OK", kAccepted));
    const net::ApiResult result = run(updateRequest(server.baseUrl(QStringLiteral("https"))));
    EXPECT_EQ(result.kind, ErrorKind::TlsFailure);
    ASSERT_GE(server.requestCount(), 1);
    for (const SeenRequest &seen : server.requests())
        EXPECT_TRUE(seen.tls); // only a ClientHello arrived, never the key in clear
}

TEST_F(ApiClientFaults, invalidTld_isHostNotFound)
{
    // RFC 6761: .invalid never resolves, and the resolver answers that locally.
    QUrl url(QStringLiteral("https://leadopp-test.invalid"));
    const net::ApiResult result = run(updateRequest(url));
    EXPECT_EQ(result.kind, ErrorKind::HostNotFound);
}

TEST_F(ApiClientFaults, plainHttpToRemoteHost_refusedBeforeAnyTraffic)
{
    QElapsedTimer clock;
    clock.start();
    const net::ApiResult result = run(updateRequest(QUrl(QStringLiteral("http://192.0.2.1"))));
    EXPECT_EQ(result.kind, ErrorKind::InsecureKey);
    EXPECT_EQ(result.attempts, 0);
    EXPECT_LT(clock.elapsed(), 1000); // no connect attempt to an unroutable address
    EXPECT_FALSE(result.message.contains(QLatin1String("test-key-4711")));
}

TEST_F(ApiClientFaults, emptyKey_isNoKeyWithoutTraffic)
{
    const net::ApiResult result = run(updateRequest(server.baseUrl(), QString()));
    EXPECT_EQ(result.kind, ErrorKind::NoKey);
    EXPECT_EQ(result.attempts, 0);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(ApiClientFaults, redirectToOtherHost_isRefusedAndKeyNeverArrives)
{
    FaultServer other;
    ASSERT_NE(other.listen(), 0);
    other.respond(httpResponse(200, "OK", kAccepted));
    const QUrl target = other.baseUrl(QStringLiteral("http"), QStringLiteral("localhost"));
    server.respond(httpResponse(307, "Temporary Redirect", {}, {},
                                { "Location: " + target.toEncoded()
                                  + "/sales/api4partners/v0/leads-opportunities/XJSR-DZMFFT" }));
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::RedirectRefused);
    QTest::qWait(200);
    EXPECT_EQ(other.requestCount(), 0);
    for (const SeenRequest &seen : other.requests())
        EXPECT_FALSE(seen.headers.contains("x-api-key"));
}

TEST_F(ApiClientFaults, redirectWithinSameOrigin_isFollowed)
{
    server.respond(httpResponse(307, "Temporary Redirect", {}, {}, { "Location: /moved" }));
    server.respond(httpResponse(200, "OK", kAccepted));
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::Accepted);
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().at(1).path, QByteArray("/moved"));
    EXPECT_EQ(server.requests().at(1).headers.value("x-api-key"), QByteArray("test-key-4711"));
}

TEST_F(ApiClientFaults, redirectLoop_stopsAtCap)
{
    client.setMaxRedirects(3);
    server.respond(httpResponse(307, "Temporary Redirect", {}, {}, { "Location: /again" }));
    const net::ApiResult result = run();
    EXPECT_EQ(result.kind, ErrorKind::RedirectRefused) << result.detail.toStdString();
    EXPECT_EQ(server.requestCount(), 4);
}

} // namespace

// A rejection naming thousands of fields is parsed and mapped on a thread of its own (it
// takes longer than a frame); what the job reports is the same as for a small one.
TEST_F(ApiClientFaults, rejectedWithThousandsOfErrors_mapsEveryOne)
{
    constexpr int kRows = 2000;
    QByteArray errors;
    QJsonArray rows;
    for (int row = 0; row < kRows; ++row) {
        errors += (row ? "," : "")
            + QByteArrayLiteral(R"({"detail":"must be a number","pointer":"#/offerLines/)")
            + QByteArray::number(row) + "/amount\"}";
        rows.append(QJsonObject { { QStringLiteral("offerNameId"), QStringLiteral("X") },
                                  { QStringLiteral("amount"), QStringLiteral("double") } });
    }
    const QByteArray body
        = QByteArrayLiteral(
              R"({"info":{"success":false,"statusCode":400,"traceId":"fedcba9876543210fedcba9876543210"},)"
              R"("error":[{"type":"errors:3dx:invalidRequest","title":"Invalid request","errors":[)")
        + errors + "]}]}";
    ASSERT_GT(body.size(), 64 * 1024);
    server.respond(httpResponse(400, "Bad Request", body));
    net::ApiRequest request = updateRequest(server.baseUrl());
    request.record = QJsonObject { { QStringLiteral("offerLines"), rows } };
    const net::ApiResult result = run(request);
    ASSERT_EQ(result.kind, ErrorKind::Rejected);
    ASSERT_EQ(result.fieldErrors.size(), kRows);
    EXPECT_EQ(result.fieldErrors.first().path, QStringLiteral("offerLines[0].amount"));
    EXPECT_EQ(result.fieldErrors.last().path, QStringLiteral("offerLines[1999].amount"));
    EXPECT_EQ(result.traceId, QStringLiteral("fedcba9876543210fedcba9876543210"));
    EXPECT_EQ(result.body, body);
}
