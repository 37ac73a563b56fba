// Result classes of the client: a refusal that names no field says so, a 422 is a
// rejection with mapped fields, a missing key is a setup problem named with the real menu,
// and trace ids come from the body or the response headers.
#include "testsupport.h"

#include "net/errorkind.h"
#include "net/replyclassifier.h"

#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::net;

namespace {

const QJsonObject &record()
{
    static const QJsonObject object
        = test::parseObject(test::readData(QStringLiteral("errors/record.json")));
    return object;
}

Classification classify(int status, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    ReplyFacts facts;
    facts.status = status;
    facts.error = QNetworkReply::ProtocolInvalidOperationError;
    facts.body = body;
    facts.headers = headers;
    return classifyReply(facts, record());
}

} // namespace

TEST(ResultClasses, status400NamingNoField_isRejectedNoFieldWithItsWords)
{
    const Classification result = classify(400, R"({"message":"Record is locked for editing."})");
    EXPECT_EQ(result.kind, ErrorKind::RejectedNoField);
    EXPECT_EQ(errorKindName(result.kind), QStringLiteral("rejected-no-field"));
    ASSERT_EQ(result.fieldErrors.size(), 1);
    EXPECT_EQ(result.fieldErrors.first().message, QStringLiteral("Record is locked for editing."));
    DescribeContext context;
    context.httpStatus = 400;
    context.fieldErrorCount = fieldErrorCount(result.fieldErrors);
    const QString headline = describe(result.kind, context);
    EXPECT_TRUE(headline.contains(QLatin1String("without naming a field")))
        << headline.toStdString();
    EXPECT_FALSE(headline.contains(QLatin1String("field error to fix")));
    EXPECT_TRUE(isRejection(result.kind));
}

TEST(ResultClasses, emptyErrorsObject_isRejectedNoField)
{
    EXPECT_EQ(classify(400, R"({"info":{"statusCode":400},"data":{},"errors":{}})").kind,
              ErrorKind::RejectedNoField);
}

TEST(ResultClasses, status400WithFieldAndRecordMessages_countsOnlyTheField)
{
    const Classification result = classify(
        400, R"({"message":"Invalid.","errors":{"offerLines[1].amount":["must be >= 0"]}})");
    EXPECT_EQ(result.kind, ErrorKind::Rejected);
    EXPECT_EQ(result.fieldErrors.size(), 2);
    EXPECT_EQ(fieldErrorCount(result.fieldErrors), 1);
    EXPECT_TRUE(describe(ErrorKind::Rejected, 400, fieldErrorCount(result.fieldErrors))
                    .contains(QLatin1String("1 field error")));
}

TEST(ResultClasses, status422_isARejectionWithMappedFields)
{
    const Classification result
        = classify(422, test::readData(QStringLiteral("errors/frameworks/openapi-proxy-422.json")));
    EXPECT_EQ(result.kind, ErrorKind::Rejected);
    EXPECT_FALSE(isTransient(result.kind));
    QStringList paths;
    for (const core::FieldError &error : result.fieldErrors)
        paths.append(error.path);
    EXPECT_TRUE(paths.contains(QStringLiteral("offerLines[1].amount")))
        << paths.join(u' ').toStdString();
    EXPECT_EQ(classify(422, R"({"detail":"Unprocessable."})").kind, ErrorKind::RejectedNoField);
}

TEST(ResultClasses, missingKey_namesTheMenuAndTheVariable)
{
    const QString sentence = describe(ErrorKind::NoKey);
    EXPECT_TRUE(sentence.contains(QString::fromUtf8("Submit ▸ API Keys and Settings")))
        << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QLatin1String("LEADOPP_API_KEY")));
    EXPECT_FALSE(sentence.contains(QLatin1String("Settings > Environments")));
}

TEST(ResultClasses, traceId_fromBodyElseFromHeaders)
{
    EXPECT_EQ(
        classify(400, R"({"message":"x","debug_id":"d-1"})", { { "X-Request-Id", "h-1" } }).traceId,
        QStringLiteral("d-1"));
    EXPECT_EQ(classify(400, R"({"message":"x"})", { { "X-Correlation-Id", "h-2" } }).traceId,
              QStringLiteral("h-2"));
    EXPECT_EQ(classify(502, "<html>bad gateway</html>", { { "x-request-id", "h-3" } }).traceId,
              QStringLiteral("h-3"));
}

// Trace ids in response headers are HTTP's business: read by the client, not the mapper.
TEST(ResultClasses, traceIdFromHeaders_firstKnownNameWinsWhateverItsCase)
{
    const QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" },
                                                         { "x-correlation-id", "c-9" } };
    EXPECT_EQ(traceIdFromHeaders(headers), QStringLiteral("c-9"));
    EXPECT_EQ(traceIdFromHeaders({ { "X-Request-Id", "r-7" }, { "X-Correlation-Id", "c-9" } }),
              QStringLiteral("r-7"));
}
