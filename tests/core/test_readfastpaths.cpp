// The reader's fast paths: one scan over the bytes decides whether the slower checks run at
// all (duplicate member names, byte order marks inside strings), and a record whose members
// all carry their canonical names is not rebuilt. What they skip must still be found when it
// is there, in a big draft as in a small one.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/codec/indentedjson.h"
#include "core/codec/patchbody.h"
#include "core/codec/readerscan.h"
#include "core/codec/recordnormaliser.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::core;

namespace {

QByteArray bigDraftText()
{
    return QJsonDocument(test::bigDraftRecord({ 5000, 500, 250 })).toJson();
}

// The text of the big draft with `extra` spliced in right after the opening brace of
// offer line `row`.
QByteArray withOfferLineMembers(int row, const QByteArray &extra)
{
    QByteArray text
        = QJsonDocument(test::bigDraftRecord({ 5000, 500, 250 })).toJson(QJsonDocument::Compact);
    const qsizetype lines = text.indexOf("\"offerLines\":[");
    qsizetype at = lines + qsizetype(std::strlen("\"offerLines\":["));
    for (int i = 0; i < row; ++i)
        at = text.indexOf("},{", at) + 2;
    return text.insert(at + 1, extra);
}

} // namespace

TEST(ReaderScan, countsMemberColonsOutsideStringsOnly)
{
    const QByteArray text
        = R"({"a:b":"c:d","e":{"f":"x\":y","g\\":[1,{"h":"2025-01-01T00:00:00Z"}]}})";
    const TextScan scan = scanText(text);
    EXPECT_EQ(scan.memberColons, 5);
    EXPECT_EQ(scan.invalidUtf8, -1);
    EXPECT_FALSE(scan.hasByteOrderMark);
    EXPECT_EQ(scan.containers, 4);
    EXPECT_EQ(memberCount(QJsonDocument::fromJson(text).object(), scan.containers), 5);
}

TEST(ReaderScan, findsTheFirstInvalidByteAndByteOrderMarks)
{
    EXPECT_EQ(scanText("{\"a\":\"\xC3\xA9\xC3\"}").invalidUtf8, 8);
    EXPECT_EQ(scanText("{\"\\\xFF\"}").invalidUtf8, 3); // an escaped byte is still checked
    EXPECT_EQ(scanText("\xE0\x80\x80").invalidUtf8, 0); // overlong
    EXPECT_EQ(scanText("\xED\xA0\x80").invalidUtf8, 0); // surrogate
    EXPECT_EQ(scanText("{\"\xF0\x9F\x98\x80\":1}").invalidUtf8, -1);
    EXPECT_TRUE(scanText("{\"\xEF\xBB\xBFname\":1}").hasByteOrderMark);
    EXPECT_FALSE(scanText("{\"\xEF\xBB\xBE\":1}").hasByteOrderMark);
}

TEST(ReaderScan, findsEveryByteThatMattersAtEveryOffsetOfAWord)
{
    const QByteArray text = R"({"k":"a\"b:c",")"
                            "\xC3\xA9t\xC3\xA9"
                            R"(":{"x:y":[1,{"z":"\\"}]},"w":0})";
    for (int shift = 0; shift < 16; ++shift) {
        SCOPED_TRACE(shift);
        const QByteArray shifted = QByteArray(shift, ' ') + text;
        EXPECT_EQ(scanText(shifted).memberColons, 5);
        EXPECT_EQ(scanText(shifted).containers, 4);
        EXPECT_EQ(scanText(shifted).invalidUtf8, -1);
        EXPECT_EQ(scanText(QByteArray(shifted + "\xFF")).invalidUtf8, shifted.size());
        EXPECT_TRUE(scanText(QByteArray(shifted + "\xEF\xBB\xBF")).hasByteOrderMark);
    }
}

// The scan looks at sixteen bytes at a time, the last few one by one: each byte that matters
// is found after a run of plain bytes of every length, at every place in a block.
TEST(ReaderScan, findsEachByteThatMattersAfterPlainRunsOfEveryLength)
{
    for (int run = 0; run <= 40; ++run) {
        SCOPED_TRACE(run);
        const QByteArray pad(run, ' ');
        const QByteArray text = "{" + pad + R"("a")" + pad + ":" + pad + "[" + pad + R"("b\"c:")"
            + pad + "," + pad + "{" + pad + R"("d":"\u0000")" + pad + "}]" + pad + "}";
        const TextScan scan = scanText(text);
        EXPECT_EQ(scan.memberColons, 2);
        EXPECT_EQ(scan.containers, 3);
        EXPECT_TRUE(scan.mayHoldFlawedText);
        EXPECT_EQ(scan.invalidUtf8, -1);
        ASSERT_EQ(scan.memberNames.size(), 2);
        EXPECT_EQ(scan.memberNames.last(), "d");
        EXPECT_FALSE(scanText(QByteArray(pad + "{}")).mayHoldFlawedText);
        EXPECT_TRUE(scanText(QByteArray(pad + '\0' + pad)).mayHoldFlawedText);
        EXPECT_EQ(scanText(QByteArray(pad + "\x80" + pad)).invalidUtf8, run);
        EXPECT_TRUE(scanText(QByteArray(pad + "\xEF\xBB\xBF" + pad)).hasByteOrderMark);
    }
}

TEST(ReaderFastPath, aBigDraftWithoutRepeatsGivesNoWarning)
{
    const ReadResult read = readDocument(bigDraftText());
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    EXPECT_TRUE(read.warnings.isEmpty()) << read.warnings.join(u'\n').toStdString();
}

TEST(ReaderFastPath, aMemberGivenTwiceDeepInABigDraftIsStillReportedWithItsPath)
{
    const ReadResult read = readDocument(withOfferLineMembers(4321, R"("amount":"1",)"));
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    ASSERT_EQ(read.warnings.size(), 1);
    EXPECT_TRUE(read.warnings.first().contains(
        QStringLiteral("“amount” occurs 2 times in offerLines[4321]")))
        << read.warnings.first().toStdString();
}

TEST(ReaderFastPath, colonsAndQuotesInsideStringsNeitherHideNorInventARepeat)
{
    const ReadResult clean = readDocument(
        R"({"leadOpportunity":{"name":"a:\"b\":c","description":"x\\","status":"d:e"}})");
    ASSERT_TRUE(clean.ok);
    EXPECT_TRUE(clean.warnings.isEmpty());
    const ReadResult repeated = readDocument(
        R"({"leadOpportunity":{"name":"a:\"b\":c","description":"x\\","name":"d:e"}})");
    ASSERT_TRUE(repeated.ok);
    ASSERT_EQ(repeated.warnings.size(), 1);
    EXPECT_TRUE(repeated.warnings.first().contains(
        QStringLiteral("“name” occurs 2 times in leadOpportunity")));
}

TEST(ReaderFastPath, aRepeatThatTakesAContainerWithItIsStillReported)
{
    EXPECT_EQ(scanText(R"({"a":"[{:","b":[]})").containers, 2);
    const ReadResult read = readDocument(R"({"leadOpportunity":{"name":"[x]"},
        "customerLegalEntity":{"name":"A","city":"B"},"customerLegalEntity":{"name":"C"}})");
    ASSERT_TRUE(read.ok);
    ASSERT_EQ(read.warnings.size(), 1);
    EXPECT_TRUE(read.warnings.first().contains(
        QStringLiteral("“customerLegalEntity” occurs 2 times in the top level")));
}

TEST(ReaderFastPath, aRepeatSpelledWithAnEscapeIsStillReported)
{
    const ReadResult read = readDocument(withOfferLineMembers(17, R"("amo\u0075nt":2,)"));
    ASSERT_TRUE(read.ok);
    ASSERT_EQ(read.warnings.size(), 1);
    EXPECT_TRUE(read.warnings.first().contains(QStringLiteral("offerLines[17]")));
}

TEST(NormaliserFastPath, aNormalBigRecordComesBackUnchanged)
{
    const QJsonObject record = test::bigDraftRecord({ 5000, 500, 250 });
    EXPECT_EQ(normaliseRecord(record), record);
}

TEST(NormaliserFastPath, oneAliasInOneRowOfABigRecordIsStillRenamed)
{
    QJsonObject record = test::bigDraftRecord({ 5000, 500, 0 });
    QJsonArray contacts = record.value(QLatin1String("customerContacts")).toArray();
    QJsonObject contact = contacts.at(480).toObject();
    contact.insert(QStringLiteral("FIRST_NAME"), contact.take(QLatin1String("firstName")));
    contacts.replace(480, contact);
    record.insert(QStringLiteral("customerContacts"), contacts);

    const QJsonObject normal = normaliseRecord(record);
    const QJsonObject row
        = normal.value(QLatin1String("customerContacts")).toArray().at(480).toObject();
    EXPECT_TRUE(row.contains(QLatin1String("firstName")));
    EXPECT_FALSE(row.contains(QLatin1String("FIRST_NAME")));
    EXPECT_EQ(normaliseRecord(normal), normal);
}

TEST(NormaliserFastPath, aRootAliasAndANestedSectionAreStillNormalised)
{
    QJsonObject record = test::bigDraftRecord({ 50, 5, 0 });
    record.insert(QStringLiteral("leadOportunityId"), QStringLiteral("A-1"));
    QJsonObject lead = record.value(QLatin1String("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("partnerContacts"), record.take(QLatin1String("partnerContacts")));
    record.insert(QStringLiteral("leadOpportunity"), lead);

    const QJsonObject normal = normaliseRecord(record);
    EXPECT_EQ(normal.value(QLatin1String("dsLeadOpportunityId")).toString(), QStringLiteral("A-1"));
    EXPECT_EQ(normal.value(QLatin1String("partnerContacts")).toArray().size(), 1);
    EXPECT_FALSE(normal.value(QLatin1String("leadOpportunity"))
                     .toObject()
                     .contains(QLatin1String("partnerContacts")));
}

TEST(ExportFastPath, aReadDraftSendsWhatItsRecordsExportedWithNormalisingGive)
{
    QJsonObject base = test::bigDraftRecord({ 800, 50, 40 });
    QJsonObject record = base;
    QJsonObject lead = record.value(QLatin1String("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
    record.insert(QStringLiteral("leadOpportunity"), lead);
    record.insert(QStringLiteral("dsLeadOpportunityId"), QStringLiteral("A-1"));
    const QJsonObject file { { QStringLiteral("format"), QStringLiteral("leadopp-draft") },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("record"), record },
                             { QStringLiteral("base"),
                               QJsonObject { { QStringLiteral("record"), base } } } };
    const ReadResult read = readDocument(QJsonDocument(file).toJson());
    ASSERT_TRUE(read.ok) << read.error.toStdString();

    const QByteArray patch = requestBody(read.draft, ExportMode::Update);
    EXPECT_EQ(patch, toIndentedJson(patchObject(record, base)));
    EXPECT_TRUE(patch.contains("\"Renamed\"") && !patch.contains("offerLines"));
    EXPECT_EQ(requestBody(read.draft, ExportMode::Update, PatchScope::Whole),
              exportBody(record, ExportMode::Update));
    EXPECT_EQ(requestBody(read.draft, ExportMode::Create), exportBody(record, ExportMode::Create));
}
