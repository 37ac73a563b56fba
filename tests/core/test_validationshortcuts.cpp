// What makes a whole-record validation cheaper must not change what it finds: the reader's
// word that a record's text is clean lets validateRecord() skip the text walk only for that
// record, and a big record validated on two threads yields the findings of a plain
// sequential run, in the same order.
#include "bigdraft.h"
#include "testsupport.h"
#include "validationreference.h"

#include "core/catalogue/formposition.h"
#include "core/codec/documentreader.h"
#include "core/codec/readerparse.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::core;
using leadopp::test::sequentialReference;

namespace {

QByteArray requestBody(const QByteArray &leadMembers)
{
    return R"({"leadOpportunity":{"partnerLeadOpportunityId":"P-1",)" + leadMembers + "}}";
}

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules.append(finding.rule);
    return rules;
}

bool hasRule(const QList<Finding> &findings, const char *rule)
{
    return rulesOf(findings).contains(QLatin1String(rule));
}

struct FlawedText {
    QByteArray members;
    const char *rule;
};

class ReaderFlawedText : public testing::TestWithParam<FlawedText>
{
};

// Each way a NUL or a lone surrogate can reach a record: the reader does not vouch for it,
// and the validation given the reader's proof still reports it.
TEST_P(ReaderFlawedText, isNotVouchedForAndIsFound)
{
    const ReadResult read = readDocument(requestBody(GetParam().members));
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    EXPECT_FALSE(read.cleanText.covers(read.draft.record));
    const QList<Finding> findings
        = validateRecord(read.draft.record, ExportMode::Update, read.cleanText);
    EXPECT_TRUE(hasRule(findings, GetParam().rule)) << rulesOf(findings).join(u' ').toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Escapes, ReaderFlawedText,
    testing::Values(FlawedText { R"("name\u0000x":"plain")", "nul-character" },
                    FlawedText { R"("description":"a\u0000b")", "nul-character" },
                    FlawedText { R"("name\ud800":"plain")", "lone-surrogate" },
                    FlawedText { R"("description":"a\uDC00b")", "lone-surrogate" },
                    FlawedText { R"("description":"a\uDbFf")", "lone-surrogate" },
                    FlawedText { QByteArray(R"("description":"a)") + '\0' + R"(b")",
                                 "nul-character" }));

TEST(ReaderCleanText, aValidSurrogatePairIsNotVouchedForYetNoFinding)
{
    const ReadResult read = readDocument(requestBody(R"("description":"\ud83d\ude00")"));
    ASSERT_TRUE(read.ok);
    EXPECT_FALSE(read.cleanText.covers(read.draft.record));
    const QList<Finding> findings
        = validateRecord(read.draft.record, ExportMode::Update, read.cleanText);
    EXPECT_FALSE(hasRule(findings, "lone-surrogate"));
}

TEST(ReaderCleanText, plainEscapesAndUnicodeTextAreVouchedFor)
{
    const ReadResult read = readDocument(
        requestBody(R"("description":"line\nbreak \"quoted\" \u00e9 \u0041 é 💡 \\u0000")"));
    ASSERT_TRUE(read.ok);
    EXPECT_TRUE(read.cleanText.covers(read.draft.record));
    const ReadResult big = readDocument(QJsonDocument(test::bigDraftRecord()).toJson());
    ASSERT_TRUE(big.ok);
    EXPECT_TRUE(big.cleanText.covers(big.draft.record));
}

// The proof is what skips the walk: vouching for a record that does hold a NUL hides it
// (which the reader never does), and the same record without the proof shows it.
TEST(ReaderCleanText, aCoveredRecordIsNotWalked)
{
    QJsonObject record = test::parseObject(R"({"partnerLeadOpportunityId":"P-1"})");
    record.insert(QStringLiteral("description"), QString(QChar(u'\0')));
    const CleanTextProof vouched = CleanTextProof::vouchFor(record);
    EXPECT_FALSE(hasRule(validateRecord(record, ExportMode::Update, vouched), "nul-character"));
    EXPECT_TRUE(hasRule(validateRecord(record, ExportMode::Update), "nul-character"));
}

TEST(ReaderCleanText, aRecordEditedAfterReadingIsWalked)
{
    const ReadResult read = readDocument(QJsonDocument(test::bigDraftRecord({ 40, 5 })).toJson());
    ASSERT_TRUE(read.ok);
    ASSERT_TRUE(read.cleanText.covers(read.draft.record));
    QJsonObject edited = read.draft.record;
    QJsonArray lines = edited.value(QStringLiteral("offerLines")).toArray();
    QJsonObject line = lines.at(7).toObject();
    line.insert(QStringLiteral("description"), QString(QStringLiteral("a") + QChar(0xD800)));
    lines.replace(7, line);
    edited.insert(QStringLiteral("offerLines"), lines);
    EXPECT_FALSE(read.cleanText.covers(edited));
    const QList<Finding> findings = validateRecord(edited, ExportMode::Update, read.cleanText);
    EXPECT_TRUE(hasRule(findings, "lone-surrogate"));
}

TEST(ReaderCleanText, aRecordBuiltElsewhereIsWalked)
{
    const ReadResult read = readDocument(requestBody(R"("description":"clean")"));
    ASSERT_TRUE(read.cleanText.covers(read.draft.record));
    QJsonObject other = test::parseObject(R"({"partnerLeadOpportunityId":"P-2"})");
    other.insert(QStringLiteral("description"), QString(QChar(u'\0')));
    EXPECT_TRUE(
        hasRule(validateRecord(other, ExportMode::Update, read.cleanText), "nul-character"));
    EXPECT_TRUE(
        hasRule(validateRecord(other, ExportMode::Update, CleanTextProof()), "nul-character"));
}

// A big text is parsed while a second thread scans it: what the scan finds still decides.
TEST(ReaderBesideScan, anInvalidByteDeepInABigTextIsRefusedAsInASmallOne)
{
    QByteArray big = QJsonDocument(test::bigDraftRecord({ 3000, 100 })).toJson();
    ASSERT_GE(big.size(), 3 * kBytesWorthASecondThread);
    const qsizetype at = big.lastIndexOf("\"offerNameId\": \"") + 16;
    ASSERT_GT(at, big.size() / 2);
    big[at] = char(0xFF);
    const ReadResult read = readDocument(big);
    EXPECT_FALSE(read.ok);
    EXPECT_TRUE(read.error.contains(QLatin1String("not UTF-8 text (invalid byte 0xff)")))
        << read.error.toStdString();
    const ReadResult small = readDocument(requestBody("\"description\":\"a\xFF\""));
    EXPECT_FALSE(small.ok);
    EXPECT_TRUE(small.error.contains(QLatin1String("not UTF-8 text (invalid byte 0xff)")));
}

TEST(ReaderBesideScan, aMemberNameStartingWithAByteOrderMarkInABigTextIsKept)
{
    QByteArray big = QJsonDocument(test::bigDraftRecord({ 3000, 100 })).toJson();
    const qsizetype at = big.lastIndexOf("\"offerNameId\": \"");
    ASSERT_GT(at, big.size() / 2);
    big.insert(at, "\"\xEF\xBB\xBFnote\": \"kept\", ");
    const ReadResult read = readDocument(big);
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    EXPECT_TRUE(writeDraft(read.draft).contains("\"\xEF\xBB\xBFnote\""));
}

// A generated draft with the generator's mistakes plus repeated rows, flawed text, wrong
// JSON types and unknown members, seeded every `every` rows from `offset`.
QJsonObject seededDraft(int every, int offset)
{
    QJsonObject record = test::bigDraftRecord({ 3000, 400, 97 });
    QJsonArray lines = record.value(QStringLiteral("offerLines")).toArray();
    for (int row = offset; row + 1 < lines.size(); row += every) {
        QJsonObject line = lines.at(row).toObject();
        line.insert(QStringLiteral("note\u0000"), QString(QStringLiteral("x") + QChar(0xDC00)));
        line.insert(QStringLiteral("quantity"), QStringLiteral("many"));
        lines.replace(row + 1, line); // a repeat of the row before, flaws and all
        lines.replace(row, lines.at(row).toObject().value(QStringLiteral("amount")));
    }
    record.insert(QStringLiteral("offerLines"), lines);
    QJsonArray contacts = record.value(QStringLiteral("customerContacts")).toArray();
    for (int row = offset; row + 1 < contacts.size(); row += every)
        contacts.replace(row + 1, contacts.at(row));
    record.insert(QStringLiteral("customerContacts"), contacts);
    return record;
}

TEST(ValidatorThreads, bigRecordFindingsEqualASequentialRun)
{
    for (const auto &[every, offset] : { std::pair(97, 3), std::pair(31, 0), std::pair(500, 11) }) {
        const QJsonObject record = seededDraft(every, offset);
        for (const ExportMode mode : { ExportMode::Update, ExportMode::Create }) {
            const QList<Finding> reference = sequentialReference(record, mode);
            for (const char *rule : { "duplicate-offer-line", "duplicate-contact", "nul-character",
                                      "lone-surrogate", "type" })
                ASSERT_TRUE(hasRule(reference, rule)) << rule;
            const QList<Finding> findings = validateRecord(record, mode);
            ASSERT_EQ(findings.size(), reference.size());
            for (qsizetype i = 0; i < findings.size(); ++i)
                ASSERT_EQ(findings.at(i), reference.at(i))
                    << i << ": " << findings.at(i).path.toStdString() << " "
                    << findings.at(i).rule.toStdString() << " against "
                    << reference.at(i).path.toStdString() << " "
                    << reference.at(i).rule.toStdString();
        }
    }
}

} // namespace
