#include "core/codec/documentreader.h"
#include "core/codec/recordnormaliser.h"
#include "core/document/document.h"
#include "core/errors/previousanswer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::parseObject;
using leadopp::test::readData;

namespace {

const QString kRejected = QStringLiteral(
    "contract/"
    "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json");
const QString kGet = QStringLiteral(
    "contract/getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json");
const QString kUpdateStatus
    = QStringLiteral("contract/updateLeadOpportunitiesDetails-request-updateLeadStatus.json");

ReadResult read(const char *json)
{
    return readDocument(QByteArray(json));
}

QJsonObject object(const char *json)
{
    return parseObject(QByteArray(json));
}

QJsonObject section(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toObject();
}

} // namespace

TEST(DocumentReader, requestBody_isReadWithRecordUnchanged)
{
    const QByteArray bytes = readData(kUpdateStatus);
    const ReadResult result = readDocument(bytes);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.shape, InputShape::RequestBody);
    EXPECT_EQ(result.draft.record, parseObject(bytes));
    EXPECT_TRUE(result.draft.rejection.isNull());
}

TEST(DocumentReader, rejected400_attachesTheRawResponseAsRejection)
{
    const QByteArray bytes = readData(kRejected);
    const ReadResult result = readDocument(bytes);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.shape, InputShape::RejectedResponse);
    EXPECT_EQ(result.draft.rejection.status, 400);
    EXPECT_EQ(result.draft.rejection.body, bytes);
    EXPECT_EQ(result.draft.dsLeadOpportunityId(), QStringLiteral("string"));
    const QJsonObject &record = result.draft.record;
    EXPECT_EQ(section(record, "leadOpportunity").value(QLatin1String("partnerLeadOpportunityId")),
              QJsonValue(QStringLiteral("string")));
    EXPECT_FALSE(section(record, "leadOpportunity").contains(QLatin1String("partnerExternalId")));
    EXPECT_EQ(record.value(QLatin1String("customerContacts")).toArray().size(), 1);
    EXPECT_EQ(record.value(QLatin1String("partnerContacts")).toArray().size(), 1);
    EXPECT_FALSE(record.contains(QLatin1String("leadOportunityId")));
    EXPECT_EQ(record.value(QLatin1String("offerLines"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("amount")),
              QJsonValue(QStringLiteral("double")));
}

TEST(DocumentReader, rejected400_takesTraceIdAndTimeFromInfo)
{
    const ReadResult result = read(R"({"data":{"leadOpportunity":{"partnerExternalId":"P-1"}},
        "info":{"success":false,"statusCode":400,"traceId":"3d29ece30a064ea68c3f5f4a9f785c6f",
        "timeStamp":"2025-06-30T12:36:46.556Z"},"errors":{}})");
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.draft.rejection.traceId, QStringLiteral("3d29ece30a064ea68c3f5f4a9f785c6f"));
    EXPECT_EQ(result.draft.rejection.receivedAt,
              QDateTime(QDate(2025, 6, 30), QTime(12, 36, 46, 556), Qt::UTC));
}

TEST(DocumentReader, getResponse_liftsNestedSectionsAndTheId)
{
    const ReadResult result = readDocument(readData(kGet));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.shape, InputShape::GetResponse);
    EXPECT_EQ(result.draft.dsLeadOpportunityId(), QStringLiteral("HCRQ-F1LLDE"));
    const QJsonObject &record = result.draft.record;
    EXPECT_EQ(record.value(QLatin1String("offerLines")).toArray().size(), 2);
    EXPECT_EQ(section(record, "customerLegalEntity").value(QLatin1String("id")),
              QJsonValue(QStringLiteral("200000000781989")));
    EXPECT_EQ(record.value(QLatin1String("customerContacts")).toArray().size(), 1);
    EXPECT_TRUE(record.value(QLatin1String("partnerContacts")).isNull());
    const QJsonObject opportunity = section(record, "leadOpportunity");
    for (const char *lifted :
         { "offerLines", "customerContact", "customerLegalEntity", "dsLeadOpportunityId" })
        EXPECT_FALSE(opportunity.contains(QLatin1String(lifted))) << lifted;
    EXPECT_EQ(opportunity.value(QLatin1String("approvalStatus")),
              QJsonValue(QStringLiteral("PRE_APPROVED")));
    EXPECT_TRUE(opportunity.value(QLatin1String("poNumber")).isNull());
}

TEST(DocumentReader, responsesWithoutRecord_sayWhatTheyAre)
{
    for (const char *name :
         { "createLeadsOpportunities-response-201-200_leadsOpportunitiesCreateResponse.json",
           "updateLeadOpportunitiesDetails-response-200-200_leadsOpportunitiesCreateResponse.json",
           "updateLeadOpportunitiesDetails-response-503-503_ServiceUnavailable.json",
           "getLeadsOpportunities-response-500-500_leadsOpportunitiesGetResponse.json",
           "updateLeadOpportunitiesDetails-response-401-401_missing-apikey.json" }) {
        const ReadResult result
            = readDocument(readData(QStringLiteral("contract/") + QLatin1String(name)));
        EXPECT_FALSE(result.ok) << name;
        EXPECT_TRUE(
            result.error.startsWith(QStringLiteral("This is a response without a lead record")))
            << result.error.toStdString();
    }
}

TEST(DocumentReader, unrelatedObject_isOneSentence)
{
    for (const QByteArray &bytes :
         { QByteArray(R"({"name":"x"})"),
           readData(QStringLiteral(
               "contract/searchLeadsOpportunities-request-search_combined.json")) }) {
        const ReadResult result = readDocument(bytes);
        EXPECT_FALSE(result.ok);
        EXPECT_TRUE(result.error.startsWith(QStringLiteral("This file is not a lead opportunity")))
            << result.error.toStdString();
    }
}

TEST(DocumentReader, draft_newerVersion_isOneClearSentence)
{
    const ReadResult result = read(R"({"format":"leadopp-draft","version":7,"record":{}})");
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("format version 7")))
        << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(QStringLiteral("newer"))) << result.error.toStdString();
}

TEST(DocumentReader, draft_withoutValidVersion_isRefused)
{
    for (const char *json : { R"({"format":"leadopp-draft","record":{}})",
                              R"({"format":"leadopp-draft","version":"1","record":{}})",
                              R"({"format":"leadopp-draft","version":0.5,"record":{}})" }) {
        const ReadResult result = read(json);
        EXPECT_FALSE(result.ok) << json;
        EXPECT_EQ(result.error, QStringLiteral("The draft has no valid format version.")) << json;
    }
}

TEST(DocumentReader, draft_recordNotAnObject_isRefused)
{
    const ReadResult result = read(R"({"format":"leadopp-draft","version":1,"record":[]})");
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
}

TEST(DocumentReader, draft_keepsUnknownEnvelopeMembers)
{
    const ReadResult result = read(
        R"({"format":"leadopp-draft","version":1,"record":{},"viewState":{"row":2},"note":"x"})");
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.shape, InputShape::Draft);
    EXPECT_EQ(result.draft.unknownEnvelope, object(R"({"viewState":{"row":2},"note":"x"})"));
    EXPECT_EQ(parseObject(writeDraft(result.draft)).value(QLatin1String("note")),
              QJsonValue(QStringLiteral("x")));
}

TEST(DocumentReader, writeDraft_roundTripsEveryPart)
{
    Draft draft;
    draft.record = object(
        R"({"dsLeadOpportunityId":"XJSR-DZMFFT","leadOpportunity":{"closeDate":"date"},"x":null})");
    draft.rejection = { 400, QStringLiteral("3d29ece30a064ea68c3f5f4a9f785c6f"),
                        QDateTime(QDate(2025, 6, 1), QTime(18, 46, 51, 326), Qt::UTC),
                        QStringLiteral("sandbox"), QByteArray("\xEF\xBB\xBF{\"errors\":{}}") };
    SubmissionAttempt attempt;
    attempt.time = QDateTime(QDate(2025, 6, 1), QTime(18, 46, 50, 1), Qt::UTC);
    attempt.environment = QStringLiteral("production");
    attempt.operation = QStringLiteral("update");
    attempt.url = QStringLiteral("https://apigw-prd.3ds.com/x");
    attempt.requestBody = QByteArray("{\"leadOpportunity\":{}}");
    attempt.responseBody = QByteArray("\xFF\xFE not utf-8 \x00 end", 18);
    attempt.status = 400;
    attempt.outcome = QStringLiteral("rejected");
    attempt.traceId = QStringLiteral("abc");
    attempt.elapsedMs = 1234567890123;
    draft.submissions = { attempt, SubmissionAttempt() };
    draft.unknownEnvelope = object(R"({"future":[1,2,{"a":null}]})");
    const ReadResult result = readDocument(writeDraft(draft));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.draft.rejection, draft.rejection);
    EXPECT_EQ(result.draft.submissions, draft.submissions);
    EXPECT_TRUE(result.draft == draft);
}

// The errors a 406 left standing are kept with the rejection, without the note (it is added
// in the language of whoever opens the file), and shown again when the draft opens.
TEST(DocumentReader, writeDraft_keepsTheErrorsOfThePreviousAnswer)
{
    Draft draft;
    draft.record = object(R"({"leadOpportunity":{"closeDate":"30.09.2025","currency":"EURO"}})");
    FieldError currency { QStringLiteral("leadOpportunity.currency"), MatchKind::Exact,
                          QStringLiteral("currency must match"), QStringLiteral("ERR801"),
                          QStringLiteral("leadOpportunity.currency") };
    FieldError record { {}, MatchKind::Record, QStringLiteral("record refused"), {}, {} };
    draft.rejection = { 406, {}, {}, {}, QByteArray(R"({"errorCode":"ERR805"})") };
    draft.rejection.previousAnswerErrors
        = { markedFromPreviousAnswer(currency), markedFromPreviousAnswer(record) };

    const QByteArray bytes = writeDraft(draft);
    EXPECT_TRUE(bytes.contains("\"currency must match\""));
    EXPECT_FALSE(bytes.contains(previousAnswerNote().toUtf8()));
    const ReadResult result = readDocument(bytes);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.draft.rejection, draft.rejection);

    const Document document(result.draft);
    EXPECT_TRUE(document.serverErrors().contains(markedFromPreviousAnswer(currency)));
    EXPECT_TRUE(document.serverErrors().contains(markedFromPreviousAnswer(record)));
    EXPECT_FALSE(document.isAddressed(markedFromPreviousAnswer(currency)));
}

TEST(DocumentReader, writeDraft_emptyDraft_roundTrips)
{
    const ReadResult result = readDocument(writeDraft(Draft()));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(result.draft == Draft());
}

TEST(DocumentReader, writeDraft_isDeterministicAndEndsWithNewline)
{
    Draft a;
    a.record = object(R"({"partnerId":"1","leadOpportunity":{"name":"N","status":"WON"}})");
    Draft b;
    b.record = object(R"({"leadOpportunity":{"status":"WON","name":"N"},"partnerId":"1"})");
    EXPECT_EQ(writeDraft(a), writeDraft(b));
    EXPECT_TRUE(writeDraft(a).endsWith('\n'));
}

TEST(DocumentReader, requestBody_throughDraft_givesTheIdenticalRecord)
{
    const QByteArray bytes = readData(
        QStringLiteral("contract/createLeadsOpportunities-request-createLeadBasic.json"));
    const ReadResult first = readDocument(bytes);
    const ReadResult second = readDocument(writeDraft(first.draft));
    ASSERT_TRUE(second.ok);
    EXPECT_EQ(second.draft.record, parseObject(bytes));
}

TEST(DocumentReader, readDocumentFile_readsAWrittenDraft)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("d.leadopp.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(readData(kRejected));
    file.close();
    const ReadResult result = readDocumentFile(path);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.shape, InputShape::RejectedResponse);
}

TEST(RecordNormaliser, aliasesBecomeCanonical)
{
    const QJsonObject record = normaliseRecord(object(R"({"leadOportunityId":"A-1",
        "leadOpportunity":{"partnerExternalId":"P"},"customerContact":[{"email":"e"}],
        "partnerContact":[{"salesRepEmail":"s"}],"offerLine":[{"amount":1}]})"));
    EXPECT_EQ(
        record,
        object(R"({"dsLeadOpportunityId":"A-1","leadOpportunity":{"partnerLeadOpportunityId":"P"},
        "customerContacts":[{"email":"e"}],"partnerContacts":[{"salesRepEmail":"s"}],"offerLines":[{"amount":1}]})"));
}

TEST(RecordNormaliser, foldedNames_matchOnlyCatalogueNames)
{
    const QJsonObject record = normaliseRecord(object(R"({"Partner_ID":"1",
        "leadOpportunity":{"Close-Date":"2025-06-30","close_dt":"x"},
        "customer_contacts":[{"FIRST_NAME":"A","nickName":"B"}]})"));
    EXPECT_EQ(
        record,
        object(R"({"partnerId":"1","leadOpportunity":{"closeDate":"2025-06-30","close_dt":"x"},
        "customerContacts":[{"firstName":"A","nickName":"B"}]})"));
}

TEST(RecordNormaliser, aliasNextToCanonical_keepsBoth)
{
    const QJsonObject raw
        = object(R"({"leadOpportunity":{"partnerExternalId":"old","partnerLeadOpportunityId":"new"},
        "customerContact":[{"email":"a"}],"customerContacts":[{"email":"b"}]})");
    EXPECT_EQ(normaliseRecord(raw), raw);
}

TEST(RecordNormaliser, unknownResponseOnlyAndInvalidValues_stayAsRead)
{
    const QJsonObject raw
        = object(R"({"whatever":{"x":[1,null]},"leadOpportunity":{"closeDate":"date",
        "approvalStatus":"PRE_APPROVED","poNumber":null,"custom":true},"offerLines":[{"amount":"double"},{}]})");
    EXPECT_EQ(normaliseRecord(raw), raw);
}

TEST(RecordNormaliser, isIdempotentOnEveryRecordShape)
{
    const QJsonObject nested = object(R"({"leadOpportunity":{"dsLeadOpportunityId":"A",
        "customerContact":[{"email":"x"}],"offerLines":[]},"customerContacts":[{"email":"y"}],
        "partner_contact":[],"partnerContact":[]})");
    for (const QJsonObject &raw :
         { nested, parseObject(readData(kRejected)).value(QLatin1String("data")).toObject(),
           parseObject(readData(kGet)).value(QLatin1String("data")).toObject() }) {
        const QJsonObject once = normaliseRecord(raw);
        EXPECT_EQ(normaliseRecord(once), once);
    }
}

TEST(RecordNormaliser, nestedSectionBesideRootSection_staysNested)
{
    const QJsonObject record
        = normaliseRecord(object(R"({"leadOpportunity":{"customerContact":[{"email":"x"}]},
        "customerContacts":[{"email":"y"}]})"));
    EXPECT_EQ(record.value(QLatin1String("customerContacts")).toArray().size(), 1);
    EXPECT_TRUE(section(record, "leadOpportunity").contains(QLatin1String("customerContact")));
}

TEST(DocumentReader, handEditedDraft_aliasesAreNormalised)
{
    const ReadResult result = read(R"({"format":"leadopp-draft","version":1,
        "record":{"leadOpportunity":{"partnerExternalId":"P"},"customerContact":[{"email":"e"}]}})");
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.draft.record, object(R"({"leadOpportunity":{"partnerLeadOpportunityId":"P"},
        "customerContacts":[{"email":"e"}]})"));
}
