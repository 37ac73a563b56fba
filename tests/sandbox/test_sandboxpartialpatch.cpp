// A partial PATCH changes what it names and nothing else: a GET afterwards shows every
// section the body did not carry exactly as it was, and each seeded lead can be found.
#include "sandboxhttp.h"

using namespace leadopp::test;

namespace {

const QString kKessler = QStringLiteral("XJSR-DZMFFT");

class SandboxPartialPatch : public SandboxHttpTest
{
protected:
    QJsonObject lead()
    {
        const HttpResult result = send("GET", kLeadsPath + u'/' + kKessler);
        EXPECT_EQ(result.status, 200);
        return result.json()[u"data"][u"leadOpportunity"].toObject();
    }
    void patch(const char *json)
    {
        const HttpResult result = send("PATCH", kLeadsPath + u'/' + kKessler, QByteArray(json));
        ASSERT_EQ(result.status, 200) << result.body.toStdString();
    }
};

// Everything of the lead but the members the PATCH may change.
QJsonObject without(QJsonObject lead, std::initializer_list<const char *> members)
{
    for (const char *member : members)
        lead.remove(QLatin1String(member));
    return lead;
}

} // namespace

TEST_F(SandboxPartialPatch, statusOnlyLeavesEverySectionAsItWas)
{
    const QJsonObject before = lead();
    patch(
        R"({"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234", "status": "LOST"}})");
    const QJsonObject after = lead();
    EXPECT_EQ(after[u"status"].toString(), QStringLiteral("LOST"));
    EXPECT_EQ(without(after, { "status", "modifiedDate" }),
              without(before, { "status", "modifiedDate" }));
}

TEST_F(SandboxPartialPatch, offerLinesReplacedWholeOtherSectionsUntouched)
{
    const QJsonObject before = lead();
    patch(R"({"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234"},
              "offerLines": [{"offerNameId": "3DEXPERIENCE_Design/Engineering_On_Premise",
                              "amount": 5, "revenueType": "UPFRONT"}]})");
    const QJsonObject after = lead();
    ASSERT_EQ(after[u"offerLines"].toArray().size(), 1);
    EXPECT_EQ(after[u"offerLines"][0][u"amount"].toInt(), 5);
    EXPECT_EQ(without(after, { "offerLines", "modifiedDate" }),
              without(before, { "offerLines", "modifiedDate" }));
}

// The section carries its required members; the ones it leaves out keep their values.
TEST_F(SandboxPartialPatch, legalEntityMergedMemberWise)
{
    const QJsonObject before = lead();
    patch(R"({"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234"},
              "customerLegalEntity": {"name": "Kessler Maschinenbau GmbH", "city": "Lyon",
                                      "country": "Germany"}})");
    const QJsonObject after = lead();
    QJsonObject expectedEntity = before[u"customerLegalEntity"].toObject();
    expectedEntity[u"city"] = QStringLiteral("Lyon");
    EXPECT_EQ(after[u"customerLegalEntity"].toObject(), expectedEntity);
    EXPECT_EQ(without(after, { "customerLegalEntity", "modifiedDate" }),
              without(before, { "customerLegalEntity", "modifiedDate" }));
}

TEST_F(SandboxPartialPatch, searchFindsThePatchedLeadInItsNewWindow)
{
    patch(
        R"({"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234", "status": "LOST"}})");
    const QDateTime modified
        = QDateTime::fromString(lead()[u"modifiedDate"].toString(), Qt::ISODateWithMs);
    const QJsonObject window {
        { QStringLiteral("fromDate"), modified.addSecs(-60).toUTC().toString(Qt::ISODate) },
        { QStringLiteral("toDate"), modified.addSecs(60).toUTC().toString(Qt::ISODate) },
    };
    const QJsonObject criterion { { QStringLiteral("modifiedDate"), window } };
    const QJsonObject body { { QStringLiteral("data"), QJsonArray { criterion } } };
    const HttpResult result
        = send("POST", kLeadsPath + QStringLiteral("/search"), QJsonDocument(body).toJson());
    ASSERT_EQ(result.status, 200) << result.body.toStdString();
    EXPECT_EQ(result.json()[u"data"][0][u"dsLeadOpportunityId"].toArray(), QJsonArray { kKessler });
}
