#include "core/codec/documentreader.h"
#include "core/codec/patchbody.h"
#include "core/document/changelist.h"
#include "testsupport.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::parseObject;
using leadopp::test::readData;

namespace {

const char kGetExample[]
    = "contract/getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json";

Draft openedFromServer()
{
    const ReadResult read = readDocument(readData(QString::fromLatin1(kGetExample)));
    EXPECT_TRUE(read.ok) << read.error.toStdString();
    return read.draft;
}

void setLeadMember(QJsonObject &record, const QString &member, const QJsonValue &value)
{
    QJsonObject lead = record.value(QLatin1String("leadOpportunity")).toObject();
    if (value.isUndefined())
        lead.remove(member);
    else
        lead.insert(member, value);
    record.insert(QStringLiteral("leadOpportunity"), lead);
}

} // namespace

TEST(PatchBody, getResponseIsItsOwnBase)
{
    const Draft draft = openedFromServer();
    EXPECT_FALSE(draft.base.isNull());
    EXPECT_EQ(draft.base.record, draft.record);
    const Draft reread = readDocument(writeDraft(draft)).draft;
    EXPECT_EQ(reread.base, draft.base);
}

TEST(PatchBody, statusChangeSendsOnlyTheIdAndTheStatus)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.record, QStringLiteral("status"), QStringLiteral("LOST"));
    const QJsonObject expected = parseObject(R"({"leadOpportunity":
        {"partnerLeadOpportunityId": "API4PARTNERS-0813C", "status": "LOST"}})");
    EXPECT_EQ(requestObject(draft, ExportMode::Update), expected);
}

TEST(PatchBody, unchangedDraftSendsTheIdAlone)
{
    const Draft draft = openedFromServer();
    EXPECT_EQ(
        requestObject(draft, ExportMode::Update),
        parseObject(R"({"leadOpportunity": {"partnerLeadOpportunityId": "API4PARTNERS-0813C"}})"));
    EXPECT_TRUE(fieldChanges(draft.base.record, draft.record).isEmpty());
}

TEST(PatchBody, changedOfferLineSendsOfferLinesWholeAndNothingElse)
{
    Draft draft = openedFromServer();
    QJsonArray lines = draft.record.value(QLatin1String("offerLines")).toArray();
    QJsonObject second = lines.at(1).toObject();
    second.insert(QStringLiteral("amount"), 12);
    lines.replace(1, second);
    draft.record.insert(QStringLiteral("offerLines"), lines);

    const QJsonObject body = requestObject(draft, ExportMode::Update);
    EXPECT_EQ(body.keys(),
              (QStringList { QStringLiteral("leadOpportunity"), QStringLiteral("offerLines") }));
    EXPECT_EQ(body.value(QLatin1String("leadOpportunity")).toObject(),
              parseObject(R"({"partnerLeadOpportunityId": "API4PARTNERS-0813C"})"));
    const QJsonArray sent = body.value(QLatin1String("offerLines")).toArray();
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent.at(0).toObject().value(QLatin1String("amount")).toInt(), 10000);
    EXPECT_EQ(sent.at(1).toObject().value(QLatin1String("amount")).toInt(), 12);
}

TEST(PatchBody, wholeScopeSendsEverythingTheDraftHolds)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.record, QStringLiteral("status"), QStringLiteral("LOST"));
    EXPECT_EQ(requestObject(draft, ExportMode::Update, PatchScope::Whole),
              exportObject(draft.record, ExportMode::Update));
}

TEST(PatchBody, withoutBaseEverythingButNoEmptySection)
{
    Draft draft;
    draft.record = parseObject(R"({"dsLeadOpportunityId": "XJSR-DZMFFT",
        "leadOpportunity": {"partnerLeadOpportunityId": "CRM-1", "status": "QUALIFIED"},
        "customerLegalEntity": {}, "offerLines": []})");
    EXPECT_EQ(
        requestObject(draft, ExportMode::Update),
        parseObject(
            R"({"leadOpportunity": {"partnerLeadOpportunityId": "CRM-1", "status": "QUALIFIED"}})"));
}

TEST(PatchBody, clearedTextIsSentEmptyAndClearedDateNotAtAll)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.record, QStringLiteral("cometCampaignCode"), QJsonValue::Undefined);
    setLeadMember(draft.record, QStringLiteral("closeDate"), QJsonValue::Undefined);
    setLeadMember(draft.record, QStringLiteral("reasonWon"), QJsonValue::Undefined);
    EXPECT_EQ(requestObject(draft, ExportMode::Update).value(QLatin1String("leadOpportunity")),
              parseObject(R"({"partnerLeadOpportunityId": "API4PARTNERS-0813C",
                  "cometCampaignCode": "", "reasonWon": []})"));
}

TEST(PatchBody, changedLegalEntityMemberSendsTheSectionWhole)
{
    Draft draft = openedFromServer();
    QJsonObject entity = draft.record.value(QLatin1String("customerLegalEntity")).toObject();
    entity.insert(QStringLiteral("name"), QStringLiteral("Acme"));
    draft.record.insert(QStringLiteral("customerLegalEntity"), entity);
    const QJsonObject body = requestObject(draft, ExportMode::Update);
    EXPECT_EQ(body.value(QLatin1String("customerLegalEntity")).toObject(),
              parseObject(R"({"id": "200000000781989", "name": "Acme"})"));
    EXPECT_FALSE(body.contains(QLatin1String("offerLines")));
    EXPECT_FALSE(body.contains(QLatin1String("customerContacts")));
}

TEST(ChangeList, listsEachChangedFieldByLabelWithOldAndNew)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.record, QStringLiteral("status"), QStringLiteral("LOST"));
    QJsonArray lines = draft.record.value(QLatin1String("offerLines")).toArray();
    lines.append(QJsonObject { { QStringLiteral("offerNameId"), QStringLiteral("X") } });
    draft.record.insert(QStringLiteral("offerLines"), lines);

    const QList<FieldChange> changes = fieldChanges(draft.base.record, draft.record);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0).path, QStringLiteral("leadOpportunity.status"));
    EXPECT_EQ(changeLine(changes.at(0)), QStringLiteral("Status: WON → LOST"));
    EXPECT_EQ(changes.at(1).path, QStringLiteral("offerLines[2].offerNameId"));
    EXPECT_EQ(changeValueText(changes.at(1).before), QStringLiteral("(empty)"));
    EXPECT_EQ(changeValueText(changes.at(1).after), QStringLiteral("X"));
}

TEST(ChangeList, aDateWrittenDifferentlyIsNoChange)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.record, QStringLiteral("closeDate"), QStringLiteral("2024-12-31"));
    EXPECT_TRUE(fieldChanges(draft.base.record, draft.record).isEmpty());
    EXPECT_EQ(requestObject(draft, ExportMode::Update).value(QLatin1String("leadOpportunity")),
              parseObject(R"({"partnerLeadOpportunityId": "API4PARTNERS-0813C"})"));
}

TEST(PatchBody, clearedLegalEntityMemberIsSentEmptyWithTheSection)
{
    Draft draft = openedFromServer();
    QJsonObject entity = draft.record.value(QLatin1String("customerLegalEntity")).toObject();
    entity.insert(QStringLiteral("name"), QStringLiteral("Acme"));
    draft.base.record.insert(QStringLiteral("customerLegalEntity"), entity);
    entity.remove(QStringLiteral("name"));
    entity.insert(QStringLiteral("city"), QStringLiteral("Lyon"));
    draft.record.insert(QStringLiteral("customerLegalEntity"), entity);
    EXPECT_EQ(requestObject(draft, ExportMode::Update).value(QLatin1String("customerLegalEntity")),
              parseObject(R"({"id": "200000000781989", "city": "Lyon", "name": ""})"));
}

// The rep cleared the close date, emptied the contacts and changed the status: the update
// carries the status only, so the server keeps the date and the contacts.
TEST(PatchBody, whatTheServerHoldsAfterAnUpdateKeepsWhatItCouldNotCarry)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.record, QStringLiteral("closeDate"), QJsonValue::Undefined);
    setLeadMember(draft.record, QStringLiteral("status"), QStringLiteral("LOST"));
    draft.record.insert(QStringLiteral("customerContacts"), QJsonArray());
    ASSERT_FALSE(draft.base.record.value(QLatin1String("customerContacts")).toArray().isEmpty());

    const QJsonObject held
        = mergedAfterPatch(draft.base.record, requestObject(draft, ExportMode::Update));
    const QJsonObject lead = held.value(QLatin1String("leadOpportunity")).toObject();
    EXPECT_EQ(lead.value(QLatin1String("status")), QStringLiteral("LOST"));
    EXPECT_EQ(lead.value(QLatin1String("closeDate")),
              draft.base.record.value(QLatin1String("leadOpportunity"))[u"closeDate"]);
    EXPECT_EQ(held.value(QLatin1String("customerContacts")),
              draft.base.record.value(QLatin1String("customerContacts")));

    QStringList unsent;
    for (const FieldChange &change : unsentChanges(draft))
        unsent.append(change.path);
    EXPECT_TRUE(unsent.contains(QStringLiteral("leadOpportunity.closeDate")))
        << unsent.join(u' ').toStdString();
    EXPECT_TRUE(unsent.contains(QStringLiteral("customerContacts[0].email")));
    EXPECT_FALSE(unsent.contains(QStringLiteral("leadOpportunity.status")));
}

TEST(PatchBody, anUpdateThatCarriesEverythingLeavesNothingUnsent)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.record, QStringLiteral("status"), QStringLiteral("LOST"));
    setLeadMember(draft.record, QStringLiteral("cometCampaignCode"), QJsonValue::Undefined);
    EXPECT_TRUE(unsentChanges(draft).isEmpty());
    const QJsonObject held
        = mergedAfterPatch(draft.base.record, requestObject(draft, ExportMode::Update));
    EXPECT_TRUE(fieldChanges(held, draft.record).isEmpty());
}

TEST(ChangeList, anEmptyListAndNoListAtAllAreNoChange)
{
    Draft draft = openedFromServer();
    setLeadMember(draft.base.record, QStringLiteral("competitors"), QJsonValue::Undefined);
    setLeadMember(draft.record, QStringLiteral("competitors"), QJsonArray());
    setLeadMember(draft.base.record, QStringLiteral("description"), QString());
    setLeadMember(draft.record, QStringLiteral("description"), QJsonValue::Undefined);
    EXPECT_TRUE(fieldChanges(draft.base.record, draft.record).isEmpty());
}
