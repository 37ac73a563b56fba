// Searching leads: seven-day windows, the search body, and the finder against the sandbox.
#include "nettesting.h"
#include "testsupport.h"

#include "core/codec/documentreader.h"
#include "core/codec/patchbody.h"
#include "net/apiclient.h"
#include "net/leadfinder.h"
#include "net/searchcriteria.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <functional>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::test;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

class LeadFinderSandbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(server.listen(0), 0);
        environment.id = QStringLiteral("sandbox");
        environment.sandbox = true;
        environment.baseUrl = server.baseUrl();
    }

    QStringList find(const std::function<bool(net::LeadFinder &)> &start, net::ApiResult *last)
    {
        net::LeadFinder finder(&client, environment, QStringLiteral("demo-key"));
        QSignalSpy spy(&finder, &net::LeadFinder::finished);
        EXPECT_TRUE(start(finder));
        EXPECT_TRUE(spy.wait(15000));
        sent = finder.requestsSent();
        if (spy.isEmpty())
            return {};
        *last = spy.first().at(1).value<net::ApiResult>();
        return spy.first().first().toStringList();
    }

    sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    net::ApiClient client { &nam };
    net::Environment environment;
    int sent = 0;
};

} // namespace

TEST(SearchCriteria, aWeekOrLessIsOneWindow)
{
    const QDateTime from = utc("2025-08-01T00:00:00Z");
    EXPECT_EQ(net::splitSearchWindow(from, from.addDays(7)),
              (QList<net::SearchWindow> { { from, from.addDays(7) } }));
    EXPECT_EQ(net::splitSearchWindow(from, from).size(), 1);
}

TEST(SearchCriteria, longerRangesAreCutIntoSevenDayWindows)
{
    const QDateTime from = utc("2025-07-01T00:00:00Z");
    const QDateTime to = from.addDays(20).addSecs(3600);
    const QList<net::SearchWindow> windows = net::splitSearchWindow(from, to);
    ASSERT_EQ(windows.size(), 3);
    EXPECT_EQ(windows.at(0).from, from);
    EXPECT_EQ(windows.at(1).from, windows.at(0).to);
    EXPECT_EQ(windows.at(2).to, to);
    for (const net::SearchWindow &window : windows)
        EXPECT_LE(window.from.secsTo(window.to), net::kMaxSearchWindowSecs);
}

TEST(SearchCriteria, reversedOrInvalidRangeHasNoWindow)
{
    EXPECT_TRUE(
        net::splitSearchWindow(utc("2025-08-02T00:00:00Z"), utc("2025-08-01T00:00:00Z")).isEmpty());
    EXPECT_TRUE(net::splitSearchWindow(QDateTime(), utc("2025-08-01T00:00:00Z")).isEmpty());
}

TEST(SearchCriteria, bodiesHaveTheOfficialShape)
{
    const QJsonObject window = parseObject(
        net::searchBodyForWindow({ utc("2025-08-04T08:00:00Z"), utc("2025-08-08T18:00:00Z") }));
    EXPECT_EQ(window,
              parseObject(readData(QStringLiteral(
                  "contract/searchLeadsOpportunities-request-search_modifiedDate.json"))));
    const QJsonObject ids = parseObject(net::searchBodyForPartnerIds(
        { QStringLiteral("PARTNERID-129763"), QStringLiteral("PARTNERID-248651") }));
    EXPECT_EQ(
        ids,
        parseObject(readData(QStringLiteral(
            "contract/searchLeadsOpportunities-request-search_partnerLeadOpportunityId.json"))));
}

TEST(SearchCriteria, idsOfTheOfficialAnswer)
{
    EXPECT_EQ(
        net::idsFromSearchAnswer(readData(QStringLiteral(
            "contract/searchLeadsOpportunities-response-200-200_lead-opportunities_search.json"))),
        QStringList({ QStringLiteral("1FFC-7BQC5E"), QStringLiteral("BYTK-COL4A0"),
                      QStringLiteral("5KSL-VLSWRX") }));
    EXPECT_TRUE(net::idsFromSearchAnswer("{\"data\": []}").isEmpty());
}

TEST_F(LeadFinderSandbox, threeWeeksAreThreeSearchesAndFindEverySeededLead)
{
    net::ApiResult last;
    const QStringList ids = find(
        [](net::LeadFinder &f) {
            return f.findModified(utc("2025-07-20T00:00:00Z"), utc("2025-08-10T00:00:00Z"));
        },
        &last);
    EXPECT_EQ(sent, 3);
    EXPECT_TRUE(last.isAccepted()) << last.message.toStdString();
    QStringList sorted = ids;
    sorted.sort();
    EXPECT_EQ(sorted,
              QStringList({ QStringLiteral("5KSL-VLSWRX"), QStringLiteral("9YEL-Y3W56Q"),
                            QStringLiteral("HCRQ-F1LLDE"), QStringLiteral("XJSR-DZMFFT") }));
}

// The dialog's "search 2 of 3" comes from these: one signal as each search goes out.
TEST_F(LeadFinderSandbox, eachSearchOfASplitWindowIsAnnouncedWithTheTotal)
{
    net::LeadFinder finder(&client, environment, QStringLiteral("demo-key"));
    QSignalSpy started(&finder, &net::LeadFinder::searchStarted);
    QSignalSpy finished(&finder, &net::LeadFinder::finished);
    ASSERT_TRUE(finder.findModified(utc("2025-07-20T00:00:00Z"), utc("2025-08-10T00:00:00Z")));
    ASSERT_TRUE(finished.wait(15000));
    ASSERT_EQ(started.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(started.at(i).at(0).toInt(), i + 1);
        EXPECT_EQ(started.at(i).at(1).toInt(), 3);
    }
    EXPECT_EQ(finder.requestsPlanned(), 3);
}

TEST_F(LeadFinderSandbox, aWindowWithoutChangesFindsNothing)
{
    net::ApiResult last;
    const QStringList ids = find(
        [](net::LeadFinder &f) {
            return f.findModified(utc("2024-01-01T00:00:00Z"), utc("2024-01-02T00:00:00Z"));
        },
        &last);
    EXPECT_TRUE(last.isAccepted());
    EXPECT_TRUE(ids.isEmpty());
}

TEST_F(LeadFinderSandbox, byPartnerOpportunityId)
{
    net::ApiResult last;
    const QStringList ids = find(
        [](net::LeadFinder &f) { return f.findPartnerIds({ QStringLiteral("OPPY-12345") }); },
        &last);
    EXPECT_EQ(sent, 1);
    EXPECT_EQ(ids, QStringList { QStringLiteral("HCRQ-F1LLDE") });
}

TEST_F(LeadFinderSandbox, partialPatchThenGetKeepsUnsentSections)
{
    net::ApiRequest get;
    get.operation = net::ApiRequest::Get;
    get.environment = environment;
    get.apiKey = QStringLiteral("demo-key");
    get.dsLeadOpportunityId = QStringLiteral("XJSR-DZMFFT");
    const net::ApiResult before = runJob(client, get);
    ASSERT_TRUE(before.isAccepted()) << before.message.toStdString();
    core::Draft draft = core::readDocument(before.body).draft;
    ASSERT_FALSE(draft.base.isNull());
    QJsonObject lead = draft.record.value(QLatin1String("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("status"), QStringLiteral("QUALIFIED"));
    draft.record.insert(QStringLiteral("leadOpportunity"), lead);

    net::ApiRequest patch = get;
    patch.operation = net::ApiRequest::Update;
    patch.body = core::requestBody(draft, core::ExportMode::Update);
    const QJsonObject sentBody = parseObject(patch.body);
    EXPECT_EQ(sentBody.keys(), QStringList { QStringLiteral("leadOpportunity") });
    const net::ApiResult patched = runJob(client, patch);
    ASSERT_TRUE(patched.isAccepted()) << patched.message.toStdString();

    const core::Draft after = core::readDocument(runJob(client, get).body).draft;
    EXPECT_EQ(after.record.value(QLatin1String("leadOpportunity"))
                  .toObject()
                  .value(QLatin1String("status")),
              QJsonValue(QStringLiteral("QUALIFIED")));
    for (const char *section : { "offerLines", "customerLegalEntity", "customerContacts",
                                 "partnerContacts", "partnerId" })
        EXPECT_EQ(after.record.value(QLatin1String(section)),
                  draft.base.record.value(QLatin1String(section)))
            << section;
}
