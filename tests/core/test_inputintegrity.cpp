// What the reader and the validator make of text that is legal JSON but not usable text:
// NUL characters and lone surrogates (errors at their path), member names given twice (a
// warning naming them), a member name starting with U+FEFF (kept byte for byte through
// saves) and files in UTF-16 or UTF-32 (refused by the encoding's name).
#include "testsupport.h"

#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/codec/jsonduplicates.h"
#include "core/codec/readerparse.h"
#include "core/validation/validator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::core;

namespace {

QByteArray requestBody(const QByteArray &leadMembers)
{
    return R"({"leadOpportunity":{"partnerLeadOpportunityId":"P-1",)" + leadMembers + "}}";
}

QList<Finding> findingsOf(const QByteArray &bytes)
{
    const ReadResult read = readDocument(bytes);
    EXPECT_TRUE(read.ok) << read.error.toStdString();
    return validateRecord(read.draft.record, ExportMode::Update);
}

const Finding *findRule(const QList<Finding> &findings, const char *rule)
{
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1String(rule))
            return &finding;
    }
    return nullptr;
}

TEST(InputIntegrity, escapedNulInAValueIsAnErrorAtItsPath)
{
    const QList<Finding> findings = findingsOf(requestBody(R"("description":"ab\u0000cd")"));
    const Finding *nul = findRule(findings, "nul-character");
    ASSERT_NE(nul, nullptr);
    EXPECT_EQ(nul->severity, Severity::Error);
    EXPECT_EQ(nul->path, QStringLiteral("leadOpportunity.description"));
    EXPECT_TRUE(nul->message.contains(QLatin1String("U+0000"))) << nul->message.toStdString();
    EXPECT_TRUE(nul->message.contains(QLatin1String("position 3"))) << nul->message.toStdString();
}

TEST(InputIntegrity, rawNulByteInAStringIsRefusedOrAnError)
{
    QByteArray bytes = requestBody(R"("description":"abXcd")");
    bytes[bytes.indexOf('X')] = '\0';
    const ReadResult read = readDocument(bytes);
    if (!read.ok) {
        EXPECT_TRUE(read.error.contains(QLatin1String("Line 1"))) << read.error.toStdString();
        return;
    }
    const QList<Finding> findings = validateRecord(read.draft.record, ExportMode::Update);
    const Finding *nul = findRule(findings, "nul-character");
    ASSERT_NE(nul, nullptr);
    EXPECT_EQ(nul->path, QStringLiteral("leadOpportunity.description"));
}

TEST(InputIntegrity, loneSurrogatesInValuesAndNamesAreErrorsAtTheirPaths)
{
    const QList<Finding> findings = findingsOf(
        requestBody(R"("description":"x\ud800y","note\udc00":"z","ok":"\ud83d\ude00")"));
    QStringList paths;
    for (const Finding &finding : findings) {
        if (finding.rule == QLatin1String("lone-surrogate"))
            paths.append(finding.path);
    }
    EXPECT_EQ(paths.size(), 2) << paths.join(u' ').toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("leadOpportunity.description")));
    EXPECT_TRUE(paths.filter(QStringLiteral("leadOpportunity.note")).size() == 1);
    const Finding *first = findRule(findings, "lone-surrogate");
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->message.contains(QLatin1String("surrogate")));
}

TEST(InputIntegrity, aValidSurrogatePairIsNoFinding)
{
    const QList<Finding> findings = findingsOf(requestBody(R"("description":"\ud83d\ude00")"));
    EXPECT_EQ(findRule(findings, "lone-surrogate"), nullptr);
    EXPECT_EQ(findRule(findings, "nul-character"), nullptr);
}

TEST(InputIntegrity, duplicateMemberNamesAreAWarningNamingTheMemberAndWhere)
{
    const ReadResult read = readDocument(
        R"({"leadOpportunity":{"currency":"EUR","currency":"USD"},)"
        R"("offerLines":[{"amount":1},{"amount":2,"amount":3}],"a\u0062":1,"ab":2})");
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    ASSERT_EQ(read.warnings.size(), 3) << read.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(read.warnings.at(0).contains(
        QStringLiteral("“currency” occurs 2 times in leadOpportunity")))
        << read.warnings.at(0).toStdString();
    EXPECT_TRUE(
        read.warnings.at(1).contains(QStringLiteral("“amount” occurs 2 times in offerLines[1]")))
        << read.warnings.at(1).toStdString();
    EXPECT_TRUE(
        read.warnings.at(2).contains(QStringLiteral("“ab” occurs 2 times in the top level")))
        << read.warnings.at(2).toStdString();
    EXPECT_EQ(read.draft.record.value(QStringLiteral("leadOpportunity"))
                  .toObject()
                  .value(QStringLiteral("currency"))
                  .toString(),
              QStringLiteral("USD"));
}

TEST(InputIntegrity, noDuplicatesNoWarnings)
{
    const ReadResult read = readDocument(requestBody(R"("a":{"b":1},"c":[{"b":1},{"b":2}])"));
    ASSERT_TRUE(read.ok);
    EXPECT_TRUE(read.warnings.isEmpty()) << read.warnings.join(u'\n').toStdString();
}

TEST(InputIntegrity, memberNameStartingWithBomSurvivesSavesByteForByte)
{
    const QByteArray input
        = "{\"leadOpportunity\":{\"partnerLeadOpportunityId\":\"P-1\",\"\xEF\xBB\xBFnote\":\"x\"},"
          "\"\xEF\xBB\xBF"
          "extra\":{\"\xEF\xBB\xBF\":1}}";
    const ReadResult first = readDocument(input);
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    const QByteArray saved = writeDraft(first.draft);
    const ReadResult second = readDocument(saved);
    ASSERT_TRUE(second.ok) << second.error.toStdString();
    const QByteArray savedAgain = writeDraft(second.draft);
    EXPECT_EQ(savedAgain, saved);
    EXPECT_TRUE(saved.contains("\"\xEF\xBB\xBFnote\"")) << saved.toStdString();
    EXPECT_TRUE(saved.contains("\"\xEF\xBB\xBF"
                               "extra\""))
        << saved.toStdString();
    EXPECT_EQ(second.draft, first.draft);
}

struct WideCase {
    QStringConverter::Encoding encoding;
    bool bom;
    const char *name;
};

TEST(InputIntegrity, utf16AndUtf32FilesAreRefusedByTheirEncodingsName)
{
    const WideCase cases[] = {
        { QStringConverter::Utf16LE, true, "UTF-16LE" },
        { QStringConverter::Utf16LE, false, "UTF-16LE" },
        { QStringConverter::Utf16BE, true, "UTF-16BE" },
        { QStringConverter::Utf16BE, false, "UTF-16BE" },
        { QStringConverter::Utf32LE, true, "UTF-32LE" },
        { QStringConverter::Utf32LE, false, "UTF-32LE" },
        { QStringConverter::Utf32BE, true, "UTF-32BE" },
        { QStringConverter::Utf32BE, false, "UTF-32BE" },
    };
    const QString text = QString::fromUtf8(requestBody(R"("description":"Überprüfung")"));
    for (const WideCase &c : cases) {
        QStringEncoder encoder(
            c.encoding, c.bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        const QByteArray bytes = encoder.encode(text);
        const ReadResult read = readDocument(bytes);
        EXPECT_FALSE(read.ok) << c.name;
        EXPECT_TRUE(read.error.contains(QLatin1String(c.name)))
            << c.name << (c.bom ? " with BOM: " : ": ") << read.error.toStdString();
        EXPECT_FALSE(read.error.contains(u'\n'));
    }
}

} // namespace

// The parser rounds a number with more digits than a double holds without a word; the
// reader says which, where and what it became. Digits in a string, or a number a double
// holds, say nothing; so does a big text (read on two threads) without such a number.
TEST(InputIntegrity, numbersWithMoreDigitsThanADoubleHoldsAreAWarning)
{
    const ReadResult read = readDocument(
        R"({"leadOpportunity":{"partnerLeadOpportunityId":"P-1"},"offerLines":[{"amount":0.1},{"amount":12345678901234567890},)"
        R"({"amount":9007199254740992},{"amount":123456789.123456789}],)"
        R"("customerContacts":[{"phoneNumber":"12345678901234567890"}]})");
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    ASSERT_EQ(read.warnings.size(), 2) << read.warnings.join(u'\n').toStdString();
    EXPECT_EQ(read.warnings.at(0),
              QStringLiteral("The number 12345678901234567890 in offerLines[1].amount has more "
                             "digits than a number holds; it is read, saved and sent as "
                             "12345678901234567000."));
    EXPECT_TRUE(read.warnings.at(1).contains(QStringLiteral("in offerLines[3].amount")))
        << read.warnings.at(1).toStdString();

    const QByteArray big = QJsonDocument(leadopp::test::bigDraftRecord({ 2000, 100 })).toJson();
    ASSERT_GE(big.size(), kBytesWorthASecondThread);
    EXPECT_TRUE(readDocument(big).warnings.isEmpty());
    QString text = QString::fromUtf8(big);
    text.replace(QRegularExpression(QStringLiteral("\"amount\": (\\d+)")),
                 QStringLiteral("\"amount\": 1234567890123456789\\1"));
    const ReadResult bigRead = readDocument(text.toUtf8());
    ASSERT_TRUE(bigRead.ok) << bigRead.error.toStdString();
    ASSERT_FALSE(bigRead.warnings.isEmpty());
    EXPECT_TRUE(bigRead.warnings.first().contains(QStringLiteral("in offerLines[0].amount")))
        << bigRead.warnings.first().toStdString();
}

// The look for long digit runs goes sixteen bytes at a time: a run of 16 is found wherever
// it starts and ends, across two blocks too; 15 in a row is not one.
TEST(InputIntegrity, aRunOfSixteenDigitsIsFoundAtEveryOffset)
{
    for (int offset = 0; offset < 40; ++offset) {
        for (const char *run : { "1234567890123456", "12345678901.23456", "0000000000000000" }) {
            QByteArray text(offset, 'x');
            text += run;
            text += QByteArray(offset % 7, 'y');
            EXPECT_TRUE(mayHoldInexactNumber(text)) << offset << ' ' << run;
        }
        QByteArray shorter(offset, 'x');
        shorter += "123456789012345";
        shorter += "x1.5";
        EXPECT_FALSE(mayHoldInexactNumber(shorter)) << offset;
    }
}
