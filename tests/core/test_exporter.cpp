#include "core/codec/exporter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::parseObject;

namespace {

QJsonObject object(const char *json)
{
    return parseObject(QByteArray(json));
}

QJsonObject exported(const char *json, ExportMode mode = ExportMode::Update)
{
    return exportObject(object(json), mode);
}

QString iso(const char *text)
{
    return toIsoUtc(QString::fromUtf8(text));
}

} // namespace

TEST(Exporter, defaultMode_isUpdateOnlyWithA3dsId)
{
    EXPECT_EQ(defaultExportMode(object(R"({"dsLeadOpportunityId":"XJSR-DZMFFT"})")),
              ExportMode::Update);
    EXPECT_EQ(defaultExportMode(object(R"({"leadOportunityId":"XJSR-DZMFFT"})")),
              ExportMode::Update);
    EXPECT_EQ(defaultExportMode(object(R"({"dsLeadOpportunityId":" "})")), ExportMode::Create);
    EXPECT_EQ(defaultExportMode(object(R"({"dsLeadOpportunityId":null})")), ExportMode::Create);
    EXPECT_EQ(defaultExportMode(object(R"({"leadOpportunity":{}})")), ExportMode::Create);
}

TEST(Exporter, removesIdResponseOnlyAndUnknownMembers)
{
    const QJsonObject body = exported(R"({"dsLeadOpportunityId":"A","crm":1,
        "leadOpportunity":{"partnerLeadOpportunityId":"P","approvalStatus":"PRE_APPROVED",
        "createdDate":"2025-08-13T12:35:03.775Z","custom":true},
        "offerLines":[{"offerNameId":"O","note":"n"}],"customerLegalEntity":{"name":"C","industry":"x"}})");
    EXPECT_EQ(body, object(R"({"leadOpportunity":{"partnerLeadOpportunityId":"P"},
        "offerLines":[{"offerNameId":"O"}],"customerLegalEntity":{"name":"C"}})"));
}

TEST(Exporter, writesCanonicalNamesAndPluralContactKeys)
{
    const QJsonObject body
        = exported(R"({"leadOportunityId":"A","leadOpportunity":{"partnerExternalId":"P",
        "customerContact":[{"email":"e","FIRST_NAME":"F"}]},"partnerContact":[{"salesRepEmail":"s"}]})");
    EXPECT_EQ(body, object(R"({"leadOpportunity":{"partnerLeadOpportunityId":"P"},
        "customerContacts":[{"email":"e","firstName":"F"}],"partnerContacts":[{"salesRepEmail":"s"}]})"));
}

TEST(Exporter, aliasBesideCanonical_sendsTheCanonicalValue)
{
    const QJsonObject body = exported(
        R"({"leadOpportunity":{"partnerExternalId":"old","partnerLeadOpportunityId":"new"}})");
    EXPECT_EQ(body, object(R"({"leadOpportunity":{"partnerLeadOpportunityId":"new"}})"));
}

TEST(Exporter, toIsoUtc_acceptsDatesDateTimesAndOffsets)
{
    EXPECT_EQ(iso("2025-06-30"), QStringLiteral("2025-06-30T00:00:00.000Z"));
    EXPECT_EQ(iso("2025-06-01T18:46:51Z"), QStringLiteral("2025-06-01T18:46:51.000Z"));
    EXPECT_EQ(iso("2025-06-01T18:46:51.326Z"), QStringLiteral("2025-06-01T18:46:51.326Z"));
    EXPECT_EQ(iso("2025-06-01T18:46:51.3261234Z"), QStringLiteral("2025-06-01T18:46:51.326Z"));
    EXPECT_EQ(iso("2025-06-01T18:46:51.5"), QStringLiteral("2025-06-01T18:46:51.500Z"));
    EXPECT_EQ(iso("2025-06-01T01:30:00+02:00"), QStringLiteral("2025-05-31T23:30:00.000Z"));
    EXPECT_EQ(iso("2025-12-31T22:00:00-0530"), QStringLiteral("2026-01-01T03:30:00.000Z"));
    EXPECT_EQ(iso(" 2025-06-01 18:46 "), QStringLiteral("2025-06-01T18:46:00.000Z"));
}

TEST(Exporter, toIsoUtc_refusesWhatIsNotADate)
{
    for (const char *text : { "date", "", "2025-02-30", "2025-06-01T24:00:00Z", "2025-6-1",
                              "2025-06-01T18:46:51+19:00", "20250601", "2025-06-01T18" })
        EXPECT_TRUE(iso(text).isNull()) << text;
}

TEST(Exporter, dates_areNormalisedPlaceholdersSentAndEmptiesDropped)
{
    const QJsonObject body = exported(R"({"leadOpportunity":{"closeDate":"2025-06-30",
        "nextMilestoneDate":"date"}})");
    EXPECT_EQ(
        body,
        object(
            R"({"leadOpportunity":{"closeDate":"2025-06-30T00:00:00.000Z","nextMilestoneDate":"date"}})"));
    const QJsonObject empty
        = exported(R"({"leadOpportunity":{"closeDate":"","nextMilestoneDate":null,"name":""}})");
    EXPECT_EQ(empty, object(R"({"leadOpportunity":{"name":""}})"));
}

TEST(Exporter, invalidValues_areSentAsTheyAre)
{
    const QJsonObject body = exported(R"({"leadOpportunity":{"currency":"eur","closeDate":17},
        "offerLines":[{"amount":"double"}]})");
    EXPECT_EQ(
        body,
        object(
            R"({"leadOpportunity":{"currency":"eur","closeDate":17},"offerLines":[{"amount":"double"}]})"));
}

TEST(Exporter, nullsAreDroppedAlsoInsideLists)
{
    const QJsonObject body
        = exported(R"({"partnerId":null,"leadOpportunity":{"competitors":["A",null,"B"],
        "gtmTacticId":null},"partnerContacts":null})");
    EXPECT_EQ(body, object(R"({"leadOpportunity":{"competitors":["A","B"]}})"));
}

TEST(Exporter, numbersStayNumbers)
{
    const QByteArray body = exportBody(
        object(R"({"offerLines":[{"amount":13800.0},{"amount":0.5}]})"), ExportMode::Update);
    EXPECT_TRUE(body.contains("\"amount\": 13800\n")) << body.toStdString();
    EXPECT_TRUE(body.contains("\"amount\": 0.5\n")) << body.toStdString();
}

TEST(Exporter, update_dropsEmptyOptionalSectionsButKeepsRows)
{
    const QJsonObject body = exported(R"({"leadOpportunity":{},"customerLegalEntity":{"name":null},
        "customerContacts":[],"offerLines":[{},{"amount":1}]})");
    EXPECT_EQ(body, object(R"({"leadOpportunity":{},"offerLines":[{},{"amount":1}]})"));
    EXPECT_EQ(exported("{}"), object(R"({"leadOpportunity":{}})"));
}

TEST(Exporter, create_keepsTheSectionsPostRequires)
{
    const QJsonObject body
        = exported(R"({"partnerId":"1","customerContacts":[]})", ExportMode::Create);
    EXPECT_EQ(
        body,
        object(
            R"({"partnerId":"1","leadOpportunity":{},"offerLines":[],"customerLegalEntity":{}})"));
}

TEST(Exporter, updateAndCreate_sendTheSameFilledMembers)
{
    const char *json = R"({"dsLeadOpportunityId":"A","partnerId":"1","leadOpportunity":{"name":"N"},
        "offerLines":[{"offerNameId":"O"}],"customerLegalEntity":{"name":"C"}})";
    EXPECT_EQ(exported(json, ExportMode::Update), exported(json, ExportMode::Create));
}

TEST(Exporter, bytesAreDeterministicAndEndWithNewline)
{
    const QJsonObject a
        = object(R"({"partnerId":"1","leadOpportunity":{"status":"WON","name":"N"},"x":1})");
    const QJsonObject b
        = object(R"({"x":2,"leadOpportunity":{"name":"N","status":"WON"},"partnerId":"1"})");
    const QByteArray bytes = exportBody(a, ExportMode::Update);
    EXPECT_EQ(bytes, exportBody(b, ExportMode::Update));
    EXPECT_EQ(bytes, exportBody(a, ExportMode::Update));
    EXPECT_TRUE(bytes.endsWith("}\n"));
    EXPECT_EQ(bytes,
              QByteArray("{\n    \"leadOpportunity\": {\n        \"name\": \"N\",\n"
                         "        \"status\": \"WON\"\n    },\n    \"partnerId\": \"1\"\n}\n"));
}

// exportCanonicalBody() filters the rows as it writes them; its bytes must be those of the
// filtered object written whole, whatever the rows hold.
TEST(Exporter, canonicalBody_isTheCanonicalObjectWritten)
{
    const char *records[] = {
        R"({"partnerId":"1","leadOpportunity":{"closeDate":"2025-06-30","name":"N"},
            "offerLines":[{"amount":1,"offerNameId":"O","revenueType":"NEW"},
                          {"amount":null,"offerNameId":"P","note":"kept in the draft only"},
                          {"unknown":1},{},7,null,[1],{"amount":"double","offerNameId":["x",null]}],
            "customerContacts":[{"email":"a@b.example","firstName":"A","id":"9"}],
            "partnerContacts":[{"salesRepEmail":null}]})",
        R"({"offerLines":[],"customerContacts":[{"x":null}],"partnerContacts":{"a":1}})",
        R"({"offerLines":{"amount":1},"customerContacts":"none","leadOpportunity":[]})",
        "{}",
    };
    for (const char *json : records) {
        SCOPED_TRACE(json);
        const QJsonObject record = object(json);
        for (const ExportMode mode : { ExportMode::Update, ExportMode::Create }) {
            const QByteArray whole = QJsonDocument(exportCanonicalObject(record, mode))
                                         .toJson(QJsonDocument::Indented);
            EXPECT_EQ(exportCanonicalBody(record, mode), whole);
        }
    }
}
