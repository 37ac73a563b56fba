#include "core/codec/documentreader.h"
#include "core/document/refreshmerge.h"
#include "testsupport.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::readData;

namespace {

Draft openedFromServer()
{
    return readDocument(
               readData(QStringLiteral(
                   "contract/"
                   "getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json")))
        .draft;
}

QJsonObject withLead(QJsonObject record, const char *member, const QJsonValue &value)
{
    QJsonObject lead = record.value(QLatin1String("leadOpportunity")).toObject();
    lead.insert(QLatin1String(member), value);
    record.insert(QStringLiteral("leadOpportunity"), lead);
    return record;
}

QJsonValue leadValue(const QJsonObject &record, const char *member)
{
    return record.value(QLatin1String("leadOpportunity")).toObject().value(QLatin1String(member));
}

// The server moved the status and the name; the rep moved the status and the description.
struct Scenario {
    Draft draft;
    ServerBase server;
};

Scenario conflictOnStatus()
{
    Scenario s { openedFromServer(), {} };
    s.server.record = withLead(withLead(s.draft.base.record, "status", QStringLiteral("LOST")),
                               "name", QStringLiteral("Renamed on the server"));
    s.draft.record = withLead(withLead(s.draft.record, "status", QStringLiteral("QUALIFIED")),
                              "description", QStringLiteral("mine"));
    return s;
}

} // namespace

TEST(RefreshMerge, listsServerMineAndBothWithTheThreeValues)
{
    const Scenario s = conflictOnStatus();
    const QList<RefreshField> fields
        = refreshFields(s.draft.base.record, s.server.record, s.draft.record);
    ASSERT_EQ(fields.size(), 3);
    EXPECT_EQ(fields.at(0).path, QStringLiteral("leadOpportunity.name"));
    EXPECT_EQ(fields.at(0).side, RefreshField::Server);
    EXPECT_EQ(fields.at(1).path, QStringLiteral("leadOpportunity.status"));
    EXPECT_EQ(fields.at(1).side, RefreshField::Both);
    EXPECT_EQ(fields.at(1).base, QJsonValue(QStringLiteral("WON")));
    EXPECT_EQ(fields.at(1).server, QJsonValue(QStringLiteral("LOST")));
    EXPECT_EQ(fields.at(1).mine, QJsonValue(QStringLiteral("QUALIFIED")));
    EXPECT_EQ(fields.at(2).path, QStringLiteral("leadOpportunity.description"));
    EXPECT_EQ(fields.at(2).side, RefreshField::Mine);
}

TEST(RefreshMerge, conflictResolvedTakingTheServers)
{
    const Scenario s = conflictOnStatus();
    const Draft refreshed = applyRefresh(s.draft, s.server,
                                         { { QStringLiteral("leadOpportunity.status"), true },
                                           { QStringLiteral("leadOpportunity.name"), true } });
    EXPECT_EQ(leadValue(refreshed.record, "status"), QJsonValue(QStringLiteral("LOST")));
    EXPECT_EQ(leadValue(refreshed.record, "name"),
              QJsonValue(QStringLiteral("Renamed on the server")));
    EXPECT_EQ(leadValue(refreshed.record, "description"), QJsonValue(QStringLiteral("mine")));
    EXPECT_EQ(refreshed.base, s.server);
}

TEST(RefreshMerge, conflictResolvedKeepingMine)
{
    const Scenario s = conflictOnStatus();
    const Draft refreshed
        = applyRefresh(s.draft, s.server, { { QStringLiteral("leadOpportunity.status"), false } });
    EXPECT_EQ(leadValue(refreshed.record, "status"), QJsonValue(QStringLiteral("QUALIFIED")));
    // Nothing is taken without a choice: the unnamed server change stays out too.
    EXPECT_EQ(leadValue(refreshed.record, "name"), QJsonValue(QStringLiteral("TEST-0813C")));
    const QList<RefreshField> after
        = refreshFields(refreshed.base.record, refreshed.base.record, refreshed.record);
    EXPECT_EQ(after.size(), 3); // mine against the new base: status, name, description
}

TEST(RefreshMerge, sameChangeOnBothSidesIsNoConflict)
{
    Scenario s = conflictOnStatus();
    s.draft.record = withLead(s.draft.record, "status", QStringLiteral("LOST"));
    const QList<RefreshField> fields
        = refreshFields(s.draft.base.record, s.server.record, s.draft.record);
    for (const RefreshField &field : fields)
        EXPECT_NE(field.path, QStringLiteral("leadOpportunity.status"));
}

TEST(RefreshMerge, aServerRowTheDraftLacksComesInWhole)
{
    Scenario s { openedFromServer(), {} };
    QJsonArray lines = s.draft.base.record.value(QLatin1String("offerLines")).toArray();
    lines.append(QJsonObject { { QStringLiteral("offerNameId"), QStringLiteral("NEW") },
                               { QStringLiteral("amount"), 7 } });
    s.server.record = s.draft.base.record;
    s.server.record.insert(QStringLiteral("offerLines"), lines);
    const Draft refreshed
        = applyRefresh(s.draft, s.server, { { QStringLiteral("offerLines[2].amount"), true } });
    EXPECT_EQ(refreshed.record.value(QLatin1String("offerLines")).toArray().at(2).toObject(),
              lines.at(2).toObject());
}
