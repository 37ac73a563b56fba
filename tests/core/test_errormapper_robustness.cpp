// The mapper is total and never drops a message: unusable bodies still explain
// themselves, duplicates merge, order follows the form, hostile bodies stay cheap.
#include "core/errors/errorbodyshapes.h"
#include "core/errors/errorbodywalker.h"
#include "core/errors/errorpathresolver.h"
#include "errormappertesting.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace leadopp;
using leadopp::test::landings;
using leadopp::test::mapperRecord;

namespace {

core::MappedErrors mapContract(const char *file, int status)
{
    return core::mapErrors(test::readData(QStringLiteral("contract/") + QString::fromUtf8(file)),
                           status, mapperRecord());
}

constexpr int kManyErrors = 5000;

// Walks `body` as a nested error object; gives the raw paths of the messages found and the
// most path steps the walk held at once.
std::pair<QStringList, qsizetype> walkNested(const QJsonObject &body)
{
    const core::ErrorPathResolver resolver(mapperRecord());
    const core::ErrorBodyShapes shapes(resolver);
    QStringList paths;
    core::ErrorBodyWalker walker(shapes, [&](core::RawError &&raw) { paths.append(raw.rawPath); });
    walker.walkNested(body);
    return { paths, walker.mostPathSteps() };
}

} // namespace

TEST(ErrorMapperFallback, seedPatch400WithEmptyErrors_yieldsOneRecordEntry)
{
    const core::MappedErrors mapped = mapContract(
        "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json", 0);
    EXPECT_EQ(mapped.status, 400);
    ASSERT_EQ(landings(mapped), QStringList { QStringLiteral("record:") });
    EXPECT_EQ(
        mapped.errors.first().message,
        QStringLiteral("The server rejected the submission (HTTP 400) without naming a field."));
}

TEST(ErrorMapperFallback, seedCreate400WithEmptyErrorObject_yieldsOneRecordEntry)
{
    const core::MappedErrors mapped = mapContract(
        "createLeadsOpportunities-response-400-400_leadsOpportunitiesCreateResponse.json", 400);
    EXPECT_EQ(landings(mapped), QStringList { QStringLiteral("record:") });
}

TEST(ErrorMapperFallback, gatewayMessage_isTheEntry)
{
    const core::MappedErrors mapped
        = mapContract("updateLeadOpportunitiesDetails-response-401-401_missing-apikey.json", 401);
    ASSERT_EQ(landings(mapped), QStringList { QStringLiteral("record:") });
    EXPECT_EQ(mapped.errors.first().message, QStringLiteral("Missing API key in request"));
}

TEST(ErrorMapperFallback, htmlBody_saysNonJsonAndQuotesTitle)
{
    const core::MappedErrors mapped = core::mapErrors(
        "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", 502,
        mapperRecord());
    ASSERT_EQ(landings(mapped), QStringList { QStringLiteral("record:") });
    EXPECT_TRUE(mapped.errors.first().message.startsWith(
        QStringLiteral("The server answered HTTP 502 with a non-JSON body.")));
    EXPECT_TRUE(mapped.errors.first().message.contains(QStringLiteral("502 Bad Gateway")));
}

TEST(ErrorMapperFallback, emptyBody_saysEmpty)
{
    const core::MappedErrors mapped = core::mapErrors(QByteArray(), 400, mapperRecord());
    ASSERT_EQ(mapped.errors.size(), 1);
    EXPECT_EQ(mapped.errors.first().message,
              QStringLiteral("The server answered HTTP 400 with an empty body."));
}

TEST(ErrorMapperFallback, problemTitleOnly_isQuoted)
{
    const core::MappedErrors mapped = core::mapErrors(
        R"({"type":"about:blank","title":"Bad Request","status":400})", 0, mapperRecord());
    ASSERT_EQ(mapped.errors.size(), 1);
    EXPECT_TRUE(mapped.errors.first().message.contains(QStringLiteral("Bad Request")));
    EXPECT_EQ(mapped.status, 400);
}

TEST(ErrorMapperFallback, successWithoutErrors_yieldsNothing)
{
    EXPECT_TRUE(
        core::mapErrors(R"({"data":{"action":"update"}})", 200, mapperRecord()).errors.isEmpty());
}

TEST(ErrorMapperFallback, plainRecordBody_isNotMistakenForAnErrorObject)
{
    const core::MappedErrors mapped = core::mapErrors(
        test::readData(QStringLiteral("errors/record.json")), 400, mapperRecord());
    EXPECT_EQ(landings(mapped), QStringList { QStringLiteral("record:") });
}

TEST(ErrorMapperMerge, identicalDuplicates_areMergedButDistinctMessagesKept)
{
    const core::MappedErrors mapped = core::mapErrors(R"({"errors":[
        {"detail":"Amount must be positive.","pointer":"#/offerLines/1/amount"},
        {"detail":"Amount must be positive.","pointer":"/offerLines/1/amount"},
        {"detail":"Amount is required.","pointer":"#/offerLines/1/amount"}]})",
                                                      400, mapperRecord());
    ASSERT_EQ(mapped.errors.size(), 2);
    EXPECT_EQ(mapped.errors.at(0).message, QStringLiteral("Amount must be positive."));
    EXPECT_EQ(mapped.errors.at(1).message, QStringLiteral("Amount is required."));
}

TEST(ErrorMapperOrder, recordFirstThenFormOrderThenRow)
{
    const core::MappedErrors mapped = core::mapErrors(R"({"errors":{
        "partnerContacts[0].salesRepEmail":["a"], "offerLines[1].amount":["b"],
        "offerLines[0].amount":["c"], "leadOpportunity.currency":["d"], "__all__":["e"],
        "leadOpportunity.name":["f"]}})",
                                                      400, mapperRecord());
    EXPECT_EQ(
        landings(mapped),
        (QStringList { QStringLiteral("record:"), QStringLiteral("exact:leadOpportunity.name"),
                       QStringLiteral("exact:leadOpportunity.currency"),
                       QStringLiteral("exact:offerLines[0].amount"),
                       QStringLiteral("exact:offerLines[1].amount"),
                       QStringLiteral("exact:partnerContacts[0].salesRepEmail") }));
}

TEST(ErrorMapperEnvelope, traceIdAndStatusComeFromInfo)
{
    const core::MappedErrors mapped = core::mapErrors(
        test::readData(QStringLiteral("errors/partner-error-array.json")), 0, mapperRecord());
    EXPECT_EQ(mapped.status, 400);
    EXPECT_EQ(mapped.traceId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(core::mapErrors("{\"info\":{\"statusCode\":400}}", 422, mapperRecord()).status, 422);
}

TEST(ErrorMapperTotality, tenMegabytesOfNestedArrays_isNonJsonAndFast)
{
    const QByteArray body(10 * 1024 * 1024, '[');
    QElapsedTimer timer;
    timer.start();
    const core::MappedErrors mapped = core::mapErrors(body, 400, mapperRecord());
    EXPECT_EQ(landings(mapped), QStringList { QStringLiteral("record:") });
    EXPECT_LT(timer.elapsed(), 20000);
}

// The walk holds the path to where it stands, not a step for every message it has passed:
// what a large body leaves behind decides whether mapping it stays within the caches, and
// holding thousands of sibling steps made 5,000 errors cost more than ten times 500.
TEST(ErrorMapperTotality, pathStepsHeld_followTheDepthNotTheNumberOfErrors)
{
    QJsonObject rows;
    QJsonArray lists;
    for (int row = 0; row < kManyErrors; ++row) {
        const QJsonArray words { QStringLiteral("Bad %1.").arg(row) };
        rows.insert(QString::number(row), QJsonObject { { QStringLiteral("amount"), words } });
        lists.append(words);
    }
    const auto [byKey, keySteps]
        = walkNested(QJsonObject { { QStringLiteral("offerLines"), rows } });
    ASSERT_EQ(byKey.size(), kManyErrors);
    EXPECT_EQ(byKey.first(), QStringLiteral("offerLines.0.amount"));
    EXPECT_TRUE(byKey.contains(QStringLiteral("offerLines.4999.amount"))); // keys sort as text
    EXPECT_EQ(keySteps, 3); // offerLines, the row, amount

    const auto [byIndex, indexSteps]
        = walkNested(QJsonObject { { QStringLiteral("tags"), lists } });
    ASSERT_EQ(byIndex.size(), kManyErrors);
    EXPECT_EQ(byIndex.last(), QStringLiteral("tags[4999]"));
    EXPECT_EQ(indexSteps, 2); // tags, the index
}

TEST(ErrorMapperTotality, deepestParsableNesting_isWalkedWithoutRecursion)
{
    // Just inside the parser's nesting limit, both as nested objects and as item lists.
    QByteArray objects = "{\"errors\":";
    QByteArray items = "{\"errors\":";
    for (int i = 0; i < 1000; ++i) {
        objects += "{\"offerLines\":";
        items += "[";
    }
    objects += "\"deep\"";
    items += "\"deep\"";
    for (int i = 0; i < 1000; ++i) {
        objects += '}';
        items += ']';
    }
    objects += '}';
    items += '}';
    EXPECT_FALSE(core::mapErrors(objects, 400, mapperRecord()).errors.isEmpty());
    EXPECT_FALSE(core::mapErrors(items, 400, mapperRecord()).errors.isEmpty());
}

TEST(ErrorMapperTotality, pseudoRandomBytes_neverCrashAndAlwaysExplain)
{
    quint32 state = 12345;
    for (int round = 0; round < 500; ++round) {
        QByteArray body;
        const int size = round % 200;
        for (int i = 0; i < size; ++i) {
            state = state * 1664525u + 1013904223u;
            body.append(char("{}[]\":,#/.$ab01"[state % 15]));
        }
        EXPECT_FALSE(core::mapErrors(body, 400, mapperRecord()).errors.isEmpty())
            << body.constData();
    }
}

// CI replays the fuzzing corpus through the plain build.
TEST(ErrorMapperTotality, fuzzCorpus_everyInputYieldsAnEntry)
{
    const QString corpus = test::dataPath(QStringLiteral("../fuzz/corpus"));
    int files = 0;
    for (QDirIterator it(corpus, QDir::Files); it.hasNext();) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        const core::MappedErrors mapped = core::mapErrors(file.readAll(), 400, mapperRecord());
        EXPECT_FALSE(mapped.errors.isEmpty()) << file.fileName().toStdString();
        ++files;
    }
    EXPECT_GE(files, 10);
}
