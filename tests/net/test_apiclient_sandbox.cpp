// ApiClient against the real loopback sandbox: the full draft -> body -> answer chain,
// injected faults, and the key never reaching any file.
#include "nettesting.h"
#include "testsupport.h"

#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"
#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/environmentstore.h"
#include "net/submissionrecord.h"
#include "sandbox/sandboxserver.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::test;
using net::ErrorKind;

namespace {

const QString kKey = QStringLiteral("SECRET-KEY-7f3a9c2e41d8");
const QString kSeededId = QStringLiteral("XJSR-DZMFFT");

class ApiClientSandbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(server.listen(0), 0);
        net::RetryPolicy policy;
        policy.timeScale = 0.01;
        client.setRetryPolicy(policy);
        client.setTimeoutMs(5000);
    }

    net::ApiRequest request(net::ApiRequest::Operation operation, const QString &id = kSeededId)
    {
        net::ApiRequest r;
        r.operation = operation;
        r.environment.id = QStringLiteral("sandbox");
        r.environment.sandbox = true;
        r.environment.baseUrl = server.baseUrl();
        r.dsLeadOpportunityId = id;
        r.apiKey = kKey;
        return r;
    }

    /// The seeded lead as a draft record, fetched with GET.
    QJsonObject seededRecord()
    {
        const net::ApiResult fetched = runJob(client, request(net::ApiRequest::Get));
        EXPECT_EQ(fetched.kind, ErrorKind::Accepted) << fetched.message.toStdString();
        const core::ReadResult read = core::readDocument(fetched.body);
        EXPECT_TRUE(read.ok) << read.error.toStdString();
        return read.draft.record;
    }

    net::ApiRequest update(const QJsonObject &record)
    {
        net::ApiRequest r = request(net::ApiRequest::Update);
        r.record = record;
        r.body = core::exportBody(record, core::ExportMode::Update);
        return r;
    }

    static QJsonObject withLeadValue(QJsonObject record, const QString &name,
                                     const QJsonValue &value)
    {
        QJsonObject lead = record.value(QStringLiteral("leadOpportunity")).toObject();
        lead.insert(name, value);
        record.insert(QStringLiteral("leadOpportunity"), lead);
        return record;
    }

    sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    net::ApiClient client { &nam };
};

TEST_F(ApiClientSandbox, fetchedLeadSentBackUnchanged_isAccepted)
{
    const QJsonObject record = seededRecord();
    const net::ApiResult result = runJob(client, update(record));
    EXPECT_EQ(result.kind, ErrorKind::Accepted) << result.body.toStdString();
    EXPECT_EQ(result.httpStatus, 200);
    EXPECT_EQ(result.dsLeadOpportunityId, kSeededId);
    EXPECT_EQ(result.traceId.size(), 32);
}

TEST_F(ApiClientSandbox, invalidCurrency_isRejectedOnThatField)
{
    const QJsonObject record
        = withLeadValue(seededRecord(), QStringLiteral("currency"), QStringLiteral("euro"));
    const int before = server.requestCount();
    const net::ApiResult result = runJob(client, update(record));
    ASSERT_EQ(result.kind, ErrorKind::Rejected) << result.body.toStdString();
    EXPECT_EQ(server.requestCount(), before + 1);
    bool named = false;
    for (const core::FieldError &error : result.fieldErrors)
        named = named || error.path == QStringLiteral("leadOpportunity.currency");
    EXPECT_TRUE(named) << result.body.toStdString();
}

TEST_F(ApiClientSandbox, everyErrorStyle_givesTheSameFieldError)
{
    const QJsonObject record
        = withLeadValue(seededRecord(), QStringLiteral("currency"), QStringLiteral("euro"));
    for (sandbox::ErrorStyle style :
         { sandbox::ErrorStyle::PointerList, sandbox::ErrorStyle::DottedMap,
           sandbox::ErrorStyle::NestedObject }) {
        server.setErrorStyle(style);
        const net::ApiResult result = runJob(client, update(record));
        ASSERT_EQ(result.kind, ErrorKind::Rejected);
        ASSERT_FALSE(result.fieldErrors.isEmpty());
        EXPECT_EQ(result.fieldErrors.first().path, QStringLiteral("leadOpportunity.currency"))
            << result.body.toStdString();
    }
}

TEST_F(ApiClientSandbox, badCloseDate_isDateFormat)
{
    const QJsonObject record
        = withLeadValue(seededRecord(), QStringLiteral("closeDate"), QStringLiteral("30/06/2025"));
    const net::ApiResult result = runJob(client, update(record));
    EXPECT_EQ(result.kind, ErrorKind::DateFormat) << result.body.toStdString();
    EXPECT_EQ(result.httpStatus, 406);
}

TEST_F(ApiClientSandbox, unknownId_isUnknownId)
{
    const net::ApiResult result
        = runJob(client, request(net::ApiRequest::Get, QStringLiteral("NOPE-000000")));
    EXPECT_EQ(result.kind, ErrorKind::UnknownId);
    EXPECT_EQ(result.httpStatus, 500);
}

TEST_F(ApiClientSandbox, blankAndForbiddenKeys_areMissingKeyAndKeyNotAllowed)
{
    net::ApiRequest blank = request(net::ApiRequest::Get);
    blank.apiKey = QStringLiteral(" ");
    EXPECT_EQ(runJob(client, blank).kind, ErrorKind::MissingKey);
    net::ApiRequest forbidden = request(net::ApiRequest::Get);
    forbidden.apiKey = QStringLiteral("forbidden");
    EXPECT_EQ(runJob(client, forbidden).kind, ErrorKind::KeyNotAllowed);
}

struct FaultCase {
    const char *name;
    sandbox::Fault fault;
    int count;
    ErrorKind kind;
    int requests;
};

class SandboxFaults : public ApiClientSandbox, public ::testing::WithParamInterface<FaultCase>
{
};

TEST_P(SandboxFaults, injectedFault_givesKindAndSafeRetries)
{
    const FaultCase &c = GetParam();
    client.setTimeoutMs(300);
    client.setMaxBodyBytes(256 * 1024);
    sandbox::FaultPlan plan;
    plan.fault = c.fault;
    plan.count = c.count;
    plan.delayMs = 2000;
    plan.retryAfterSeconds = 1;
    server.injectFault(plan);
    const int before = server.requestCount();
    const net::ApiResult result = runJob(client, request(net::ApiRequest::Get));
    EXPECT_EQ(net::errorKindName(result.kind), net::errorKindName(c.kind))
        << result.body.left(300).toStdString();
    EXPECT_EQ(result.attempts, c.requests);
    if (c.fault != sandbox::Fault::Delay) { // the delayed answer may be counted when it is sent
        EXPECT_EQ(server.requestCount() - before, c.requests);
    }
}

INSTANTIATE_TEST_SUITE_P(
    AllFaults, SandboxFaults,
    ::testing::Values(
        FaultCase { "retryAfterOnce", sandbox::Fault::TooManyRetryAfter, 1, ErrorKind::Accepted,
                    2 },
        FaultCase { "tooManyAlways", sandbox::Fault::TooManyRequests, -1, ErrorKind::RateLimited,
                    3 },
        FaultCase { "maintenanceAlways", sandbox::Fault::Maintenance, -1, ErrorKind::Maintenance,
                    3 },
        FaultCase { "htmlBody", sandbox::Fault::HtmlBody, 1, ErrorKind::NonJsonBody, 1 },
        FaultCase { "truncatedJson", sandbox::Fault::TruncatedJson, 1, ErrorKind::NonJsonBody, 1 },
        FaultCase { "oversizeBody", sandbox::Fault::OversizeBody, 1, ErrorKind::BodyTooLarge, 1 },
        FaultCase { "resetMidBody", sandbox::Fault::ResetMidBody, 1, ErrorKind::NetworkError, 1 },
        FaultCase { "delay", sandbox::Fault::Delay, 1, ErrorKind::Timeout, 1 }),
    [](const ::testing::TestParamInfo<FaultCase> &param) { return std::string(param.param.name); });

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    if (root.isEmpty())
        return hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

TEST_F(ApiClientSandbox, key_neverAppearsInAnyWrittenFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("sandbox"))));
    ASSERT_TRUE(server.setDataDirectory(dir.filePath(QStringLiteral("sandbox"))));
    net::EnvironmentStore environments(dir.filePath(QStringLiteral("settings.ini")));
    environments.setSandboxUrl(server.baseUrl());
    environments.addCustom(server.baseUrl(), QStringLiteral("Loopback"));

    core::Document document;
    document.setDraft(core::Draft { seededRecord(), {}, {}, {} });
    for (const QJsonObject &record :
         { withLeadValue(document.record(), QStringLiteral("currency"), QStringLiteral("euro")),
           document.record() }) {
        const net::ApiRequest sent = update(record);
        const net::ApiResult result = runJob(client, sent);
        document.appendSubmission(net::toSubmissionAttempt(sent, result));
        if (result.kind == ErrorKind::Rejected)
            document.setRejection(net::toRejection(result, QStringLiteral("sandbox")),
                                  result.fieldErrors);
        EXPECT_FALSE(result.message.contains(kKey));
    }
    ASSERT_EQ(document.draft().submissions.size(), 2);
    EXPECT_EQ(document.draft().submissions.at(0).outcome, QStringLiteral("rejected"));
    EXPECT_EQ(document.draft().submissions.at(1).outcome, QStringLiteral("accepted"));
    QSaveFile draft(dir.filePath(QStringLiteral("lead.leadopp.json")));
    ASSERT_TRUE(draft.open(QIODevice::WriteOnly));
    draft.write(core::writeDraft(document.draft()));
    ASSERT_TRUE(draft.commit());
    QFile exported(dir.filePath(QStringLiteral("lead.body.json")));
    ASSERT_TRUE(exported.open(QIODevice::WriteOnly));
    exported.write(core::exportBody(document.record(), core::ExportMode::Update));
    exported.close();

    // The scan must be able to see a key: prove it on a file that holds one.
    QFile control(dir.filePath(QStringLiteral("control.txt")));
    ASSERT_TRUE(control.open(QIODevice::WriteOnly));
    control.write(kKey.toUtf8());
    control.close();
    EXPECT_EQ(filesContaining(dir.path(), kKey.toUtf8()), QStringList(control.fileName()));
    control.remove();

    QStringList hits = filesContaining(dir.path(), kKey.toUtf8());
    for (auto location : { QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                           QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                           QStandardPaths::AppLocalDataLocation })
        hits += filesContaining(QStandardPaths::writableLocation(location), kKey.toUtf8());
    EXPECT_TRUE(hits.isEmpty()) << hits.join(u' ').toStdString();
}

} // namespace
