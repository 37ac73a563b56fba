// The four leads-opportunities operations over real loopback HTTP, each status of the
// contract compared with the official example envelopes.
#include "sandboxhttp.h"

using namespace leadopp::test;

namespace {

const QString kKessler = QStringLiteral("XJSR-DZMFFT");

class SandboxApiTest : public SandboxHttpTest
{
protected:
    QString leadPath(const QString &id) const { return kLeadsPath + u'/' + id; }
    QJsonObject lead(const QString &id)
    {
        return send("GET", leadPath(id)).json()[u"data"][u"leadOpportunity"].toObject();
    }
};

QByteArray createBody(const QString &partnerId)
{
    QJsonObject body = parseObject(
        readData(QStringLiteral("contract/createLeadsOpportunities-request-createLeadBasic.json")));
    QJsonObject lead = body[u"leadOpportunity"].toObject();
    lead[u"partnerLeadOpportunityId"] = partnerId;
    body[u"leadOpportunity"] = lead;
    return QJsonDocument(body).toJson();
}

TEST_F(SandboxApiTest, get_seededLead_answersGetExampleShapeWithTraceId)
{
    const HttpResult result = send("GET", leadPath(kKessler));
    ASSERT_EQ(result.status, 200);
    const QJsonObject body = result.json();
    EXPECT_EQ(keyPaths(body, 2),
              exampleKeyPaths(
                  QStringLiteral(
                      "getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json"),
                  2));
    EXPECT_TRUE(isTraceId(body[u"info"][u"traceId"]));
    const QJsonObject lead = body[u"data"][u"leadOpportunity"].toObject();
    EXPECT_EQ(lead[u"dsLeadOpportunityId"].toString(), kKessler);
    EXPECT_EQ(lead[u"partnerLeadOpportunityId"].toString(), QStringLiteral("CRM-LEAD-1234"));
    for (const char *key : { "approvalStatus", "createdDate", "modifiedDate", "offerLines",
                             "customerContact", "partnerContact", "customerLegalEntity" })
        EXPECT_TRUE(lead.contains(QLatin1String(key))) << key;
    EXPECT_NE(send("GET", leadPath(kKessler)).json()[u"info"][u"traceId"],
              body[u"info"][u"traceId"]);
}

TEST_F(SandboxApiTest, get_unknownId_answers500Error048NotA404)
{
    const HttpResult result = send("GET", leadPath(QStringLiteral("ZZZZ-000000")));
    EXPECT_EQ(result.status, 500);
    const QJsonObject body = result.json();
    EXPECT_EQ(keyPaths(body, 2),
              exampleKeyPaths(
                  QStringLiteral(
                      "getLeadsOpportunities-response-500-500_leadsOpportunitiesGetResponse.json"),
                  2));
    EXPECT_EQ(body[u"error"][u"code"].toString(), QStringLiteral("ERROR_048"));
    EXPECT_TRUE(body[u"data"].isNull());
}

TEST_F(SandboxApiTest, patch_contractExample_answers200AndMergesIntoStore)
{
    const QString before = lead(kKessler)[u"modifiedDate"].toString();
    const HttpResult result = sendFile(
        "PATCH", leadPath(kKessler),
        QStringLiteral("updateLeadOpportunitiesDetails-request-updateLeadNextMilestone.json"));
    ASSERT_EQ(result.status, 200) << result.body.toStdString();
    const QJsonObject body = result.json();
    EXPECT_EQ(keyPaths(body, 2),
              exampleKeyPaths(QStringLiteral("updateLeadOpportunitiesDetails-response-200-200_"
                                             "leadsOpportunitiesCreateResponse.json"),
                              2));
    EXPECT_EQ(body[u"data"][u"action"].toString(), QStringLiteral("update"));
    EXPECT_EQ(body[u"data"][u"dsLeadOpportunityId"].toString(), kKessler);
    const QJsonObject after = lead(kKessler);
    EXPECT_EQ(after[u"nextMilestone"].toString(), QStringLiteral("Customer Demo"));
    EXPECT_EQ(after[u"name"].toString(),
              QStringLiteral("Kessler Maschinenbau - 3DEXPERIENCE rollout"));
    EXPECT_EQ(after[u"offerLines"].toArray().size(), 2);
    EXPECT_NE(after[u"modifiedDate"].toString(), before);
}

TEST_F(SandboxApiTest, patch_unknownOfferPrefix_answers400EchoInServerShape)
{
    QJsonObject body = parseObject(readData(QStringLiteral("sandbox/update-full.json")));
    const HttpResult result = send("PATCH", leadPath(kKessler), QJsonDocument(body).toJson());
    ASSERT_EQ(result.status, 400) << result.body.toStdString();
    const QJsonObject answer = result.json();
    const QJsonObject example = parseObject(readData(QStringLiteral(
        "contract/"
        "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json")));
    EXPECT_EQ(keyPaths(answer[u"data"].toObject(), 1), keyPaths(example[u"data"].toObject(), 1));
    EXPECT_EQ(answer[u"data"][u"leadOportunityId"].toString(), kKessler);
    EXPECT_EQ(answer[u"data"][u"leadOpportunity"][u"partnerExternalId"].toString(),
              QStringLiteral("CRM-LEAD-1234"));
    EXPECT_EQ(answer[u"info"][u"statusCode"].toInt(), 400);
    EXPECT_TRUE(answer[u"errors"].isObject());
    const QJsonArray errors = answer[u"error"][0][u"errors"].toArray();
    ASSERT_EQ(errors.size(), 1) << result.body.toStdString();
    EXPECT_EQ(errors[0][u"pointer"].toString(), QStringLiteral("#/offerLines/1/offerNameId"));
    EXPECT_EQ(lead(kKessler)[u"offerLines"].toArray().size(), 2); // nothing merged
}

// The refusal says which prefixes an offer id may start with, so the rule can be learnt.
TEST_F(SandboxApiTest, patch_unknownOfferPrefix_namesTheAcceptedPrefixes)
{
    const QByteArray body = R"({"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234"},
                                "offerLines": [{"offerNameId": "NX_Mach_Design_Bundle"}]})";
    const HttpResult result = send("PATCH", leadPath(kKessler), body);
    ASSERT_EQ(result.status, 400) << result.body.toStdString();
    const QString detail = result.json()[u"error"][0][u"errors"][0][u"detail"].toString();
    for (const char *prefix : { "3DEXPERIENCE_", "CATIA_", "SOLIDWORKS_" })
        EXPECT_TRUE(detail.contains(QLatin1String(prefix))) << detail.toStdString();
}

// What the bundled rejection calls invalid, the sandbox refuses: the e-mail without '@' too.
TEST_F(SandboxApiTest, patch_bundledRejectionWithItsDateFixed_refusesEveryFieldItNames)
{
    QJsonObject record = parseObject(readData(
        QStringLiteral("drafts/rejected-submission.leadopp.json")))[u"record"]
                             .toObject();
    QJsonObject opportunity = record[u"leadOpportunity"].toObject();
    opportunity[u"closeDate"] = QStringLiteral("2025-09-30T00:00:00.000Z");
    record[u"leadOpportunity"] = opportunity;
    record.remove(QStringLiteral("dsLeadOpportunityId"));
    const HttpResult result = send("PATCH", leadPath(kKessler), QJsonDocument(record).toJson());
    ASSERT_EQ(result.status, 400) << result.body.toStdString();
    QStringList pointers;
    for (const QJsonValue &error : result.json()[u"error"][0][u"errors"].toArray())
        pointers.append(error[u"pointer"].toString());
    pointers.sort();
    EXPECT_EQ(pointers,
              (QStringList { QStringLiteral("#/customerContact/0/email"),
                             QStringLiteral("#/leadOpportunity/currency"),
                             QStringLiteral("#/offerLines/1/amount"),
                             QStringLiteral("#/offerLines/1/revenueType") }))
        << result.body.toStdString();
}

TEST_F(SandboxApiTest, patch_closeDateNotIso_answers406Err805)
{
    const QByteArray body = R"({"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234",
                                "closeDate": "31/12/2025", "currency": "euro"}})";
    const HttpResult result = send("PATCH", leadPath(kKessler), body);
    EXPECT_EQ(result.status, 406);
    EXPECT_EQ(keyPaths(result.json(), 2),
              exampleKeyPaths(QStringLiteral("updateLeadOpportunitiesDetails-response-406-406_"
                                             "IncorrectCloseDateNextMilestoneFormat.json"),
                              2));
    EXPECT_EQ(result.json()[u"error"][u"code"].toString(), QStringLiteral("ERR805"));
}

TEST_F(SandboxApiTest, patch_bodyNotJson_answers400RecordLevel)
{
    const HttpResult result = send("PATCH", leadPath(kKessler), "{\"leadOpportunity\": ");
    EXPECT_EQ(result.status, 400);
    EXPECT_EQ(result.json()[u"error"][0][u"errors"][0][u"pointer"].toString(), QStringLiteral("#"));
}

TEST_F(SandboxApiTest, patch_unknownId_answers500Error048)
{
    const HttpResult result
        = sendFile("PATCH", leadPath(QStringLiteral("ZZZZ-000000")),
                   QStringLiteral("updateLeadOpportunitiesDetails-request-updateLeadStatus.json"));
    EXPECT_EQ(result.status, 500);
    EXPECT_EQ(result.json()[u"error"][u"code"].toString(), QStringLiteral("ERROR_048"));
}

TEST_F(SandboxApiTest, postV0AndV1_newPartnerId_answers201AndCanBeFetched)
{
    for (const QString &version : { QStringLiteral("v0"), QStringLiteral("v1") }) {
        const QString path
            = QStringLiteral("/sales/api4partners/%1/leads-opportunities").arg(version);
        const HttpResult result
            = send("POST", path, createBody(QStringLiteral("CRM-NEW-") + version));
        ASSERT_EQ(result.status, 201) << result.body.toStdString();
        const QJsonObject body = result.json();
        EXPECT_EQ(keyPaths(body, 2),
                  exampleKeyPaths(QStringLiteral("createLeadsOpportunities-response-201-200_"
                                                 "leadsOpportunitiesCreateResponse.json"),
                                  2));
        EXPECT_EQ(body[u"action"].toString(), QStringLiteral("create"));
        const QString id = body[u"dsLeadOpportunityId"].toString();
        EXPECT_TRUE(
            QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{6}$")).match(id).hasMatch())
            << id.toStdString();
        EXPECT_EQ(lead(id)[u"partnerLeadOpportunityId"].toString(),
                  QStringLiteral("CRM-NEW-") + version);
        EXPECT_TRUE(server.leadIds().contains(id));
    }
}

TEST_F(SandboxApiTest, post_existingPartnerId_answers400Err801)
{
    const HttpResult result
        = sendFile("POST", kLeadsPath,
                   QStringLiteral("createLeadsOpportunities-request-createLeadBasic.json"));
    EXPECT_EQ(result.status, 400);
    EXPECT_EQ(
        keyPaths(result.json(), 2),
        exampleKeyPaths(
            QStringLiteral("createLeadsOpportunities-response-400-400_alreadyExisting.json"), 2));
    EXPECT_EQ(result.json()[u"error"][u"code"].toString(), QStringLiteral("ERR801"));
}

TEST_F(SandboxApiTest, post_nextMilestoneDateNotIso_answers406)
{
    QJsonObject body = parseObject(createBody(QStringLiteral("CRM-DATE-1")));
    QJsonObject lead = body[u"leadOpportunity"].toObject();
    lead[u"nextMilestoneDate"] = QStringLiteral("next tuesday");
    body[u"leadOpportunity"] = lead;
    const HttpResult result = send("POST", kLeadsPath, QJsonDocument(body).toJson());
    EXPECT_EQ(result.status, 406);
    EXPECT_EQ(keyPaths(result.json(), 2),
              exampleKeyPaths(QStringLiteral("createLeadsOpportunities-response-406-406_"
                                             "IncorrectCloseDateNextMilestoneFormat.json"),
                              2));
}

TEST_F(SandboxApiTest, post_missingRequiredSection_answers400FieldErrors)
{
    QJsonObject body = parseObject(createBody(QStringLiteral("CRM-NOENTITY-1")));
    body.remove(QStringLiteral("customerLegalEntity"));
    const HttpResult result = send("POST", kLeadsPath, QJsonDocument(body).toJson());
    EXPECT_EQ(result.status, 400);
    // The create schema requires `error` as an object; the field errors ride along in it.
    EXPECT_TRUE(result.json()[u"error"][u"code"].isString()) << result.body.toStdString();
    EXPECT_FALSE(result.json()[u"error"][u"errors"].toArray().isEmpty())
        << result.body.toStdString();
    EXPECT_EQ(server.leadIds().size(), 4);
}

TEST_F(SandboxApiTest, gateway_missingOrEmptyKey_answers401Message)
{
    const QJsonObject example = parseObject(readData(
        QStringLiteral("contract/getLeadsOpportunities-response-401-401_missing-apikey.json")));
    for (const QByteArray &key : { QByteArray(), QByteArray("") }) {
        const HttpResult result = send("GET", leadPath(kKessler), {}, key);
        EXPECT_EQ(result.status, 401);
        EXPECT_EQ(result.json(), example);
    }
}

TEST_F(SandboxApiTest, gateway_forbiddenKey_answers403Message)
{
    const HttpResult result
        = sendFile("PATCH", leadPath(kKessler),
                   QStringLiteral("updateLeadOpportunitiesDetails-request-updateLeadStatus.json"));
    EXPECT_EQ(result.status, 200);
    const HttpResult refused
        = send("POST", kLeadsPath, createBody(QStringLiteral("X")), "forbidden");
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json(),
              parseObject(readData(QStringLiteral(
                  "contract/createLeadsOpportunities-response-403-403_forbidden.json"))));
}

TEST_F(SandboxApiTest, search_modifiedDateWindow_answersIdsOnly)
{
    const HttpResult result
        = sendFile("POST", kLeadsPath + QStringLiteral("/search"),
                   QStringLiteral("searchLeadsOpportunities-request-search_modifiedDate.json"));
    ASSERT_EQ(result.status, 200);
    EXPECT_EQ(keyPaths(result.json(), 2),
              exampleKeyPaths(
                  QStringLiteral(
                      "searchLeadsOpportunities-response-200-200_lead-opportunities_search.json"),
                  2));
    const QJsonArray ids = result.json()[u"data"][0][u"dsLeadOpportunityId"].toArray();
    EXPECT_EQ(ids.size(), 4);
}

TEST_F(SandboxApiTest, search_partnerIdCriteria_matchExactlyOrUnassigned)
{
    const QString path = kLeadsPath + QStringLiteral("/search");
    const HttpResult unassigned = sendFile(
        "POST", path,
        QStringLiteral(
            "searchLeadsOpportunities-request-search_partnerLeadOpportunityId-unassigned.json"));
    EXPECT_EQ(unassigned.json()[u"data"][0][u"dsLeadOpportunityId"].toArray(),
              QJsonArray { QStringLiteral("5KSL-VLSWRX") });
    const HttpResult listed
        = send("POST", path,
               R"({"data": [{"partnerLeadOpportunityId": ["OPPY-12345", "NOPE"]},
                     {"modifiedDate": {"fromDate": "2025-08-01T00:00:00Z", "toDate": "2025-08-08T00:00:00Z"}}]})");
    EXPECT_EQ(listed.json()[u"data"][0][u"dsLeadOpportunityId"].toArray(),
              QJsonArray { QStringLiteral("HCRQ-F1LLDE") });
}

TEST_F(SandboxApiTest, search_missingToDate_answers400Error043)
{
    const HttpResult result
        = send("POST", kLeadsPath + QStringLiteral("/search"),
               R"({"data": [{"modifiedDate": {"fromDate": "2025-08-04T08:00:00Z"}}]})");
    EXPECT_EQ(result.status, 400);
    EXPECT_EQ(keyPaths(result.json(), 2),
              exampleKeyPaths(QStringLiteral("searchLeadsOpportunities-response-400-400_lead-"
                                             "opportunities_search_missingFromToDate.json"),
                              2));
}

TEST_F(SandboxApiTest, search_windowOverSevenDays_answers400PointerList)
{
    const HttpResult result = send(
        "POST", kLeadsPath + QStringLiteral("/search"),
        R"({"data": [{"modifiedDate": {"fromDate": "2025-08-01T00:00:00Z", "toDate": "2025-08-08T00:00:01Z"}}]})");
    EXPECT_EQ(result.status, 400);
    const QJsonObject error = result.json()[u"error"].toObject();
    EXPECT_EQ(error[u"type"].toString(), QStringLiteral("errors:3dx:invalidRequest"));
    EXPECT_EQ(error[u"errors"][0][u"pointer"].toString(),
              QStringLiteral("#/data/0/modifiedDate/toDate"));
}

TEST_F(SandboxApiTest, unknownPath_answers404AndCounts)
{
    QStringList served;
    QObject::connect(&server, &leadopp::sandbox::SandboxServer::requestServed, &server,
                     [&](const QString &line, int status) {
                         served.append(line + u' ' + QString::number(status));
                     });
    EXPECT_EQ(send("DELETE", kLeadsPath + QStringLiteral("/XJSR-DZMFFT/notes")).status, 404);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(served,
              QStringList { QStringLiteral("DELETE ") + kLeadsPath
                            + QStringLiteral("/XJSR-DZMFFT/notes 404") });
}

TEST_F(SandboxApiTest, methodTheApiLacksOnAKnownPath_answers405WithAllow)
{
    const struct {
        QByteArray verb;
        QString path;
        QByteArray allow;
    } cases[] = {
        { "DELETE", leadPath(kKessler), "GET, PATCH" },
        { "PUT", leadPath(kKessler), "GET, PATCH" },
        { "GET", kLeadsPath, "POST" },
        { "GET", kLeadsPath + QStringLiteral("/search"), "POST" },
        { "PATCH", kLeadsPath + QStringLiteral("/search"), "POST" },
        { "DELETE", QStringLiteral("/sales/api4partners/v1/leads-opportunities"), "POST" },
    };
    for (const auto &c : cases) {
        const HttpResult result = send(c.verb, c.path);
        EXPECT_EQ(result.status, 405) << c.verb.constData() << ' ' << c.path.toStdString();
        EXPECT_EQ(result.allow, c.allow) << c.verb.constData() << ' ' << c.path.toStdString();
    }
    EXPECT_EQ(send("GET", leadPath(kKessler)).status, 200);
}

TEST_F(SandboxApiTest, search_partnerIdOfWrongType_answers400NamingTheCriterion)
{
    for (const char *criterion :
         { "42", R"({"id": "CRM-LEAD-1234"})", R"(["CRM-LEAD-1234", 7])" }) {
        const HttpResult result
            = send("POST", kLeadsPath + QStringLiteral("/search"),
                   QByteArray(R"({"data": [{"partnerLeadOpportunityId": )") + criterion + "}]}");
        EXPECT_EQ(result.status, 400) << criterion;
        const QJsonObject error = result.json()[u"error"].toObject();
        EXPECT_TRUE(error[u"message"].toString().contains(u"partnerLeadOpportunityId"))
            << criterion;
        EXPECT_EQ(error[u"errors"][0][u"pointer"].toString(),
                  QStringLiteral("#/data/0/partnerLeadOpportunityId"));
        EXPECT_TRUE(result.json()[u"data"].isNull()) << criterion;
    }
}

} // namespace
