// A big text is parsed in two halves, one on each core, and the halves joined: whatever the
// text, the reader must give what one parse of the whole text gives (the same object, the
// same warnings, the same error sentence), and the cut must fall between two rows.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/codec/jsonduplicates.h"
#include "core/codec/readerhalves.h"
#include "core/codec/readerparse.h"
#include "core/codec/readerscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <gtest/gtest.h>

#include <random>

using namespace leadopp;
using namespace leadopp::core;

namespace {

QJsonObject bigRecord()
{
    return test::bigDraftRecord({ 3000, 300, 250 });
}

QByteArray bigText(QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    return QJsonDocument(bigRecord()).toJson(format);
}

// What one parse of the whole text gives.
QJsonObject parsedWhole(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// The cut the reader makes: a little past the middle of the text.
std::optional<TextCut> readersCut(const QByteArray &text)
{
    return findCut(text, text.size() / 7 * 4);
}

// The offset of the opening brace of the first row that starts after `from`.
qsizetype rowAfter(const QByteArray &text, qsizetype from)
{
    return text.indexOf("{", text.indexOf("},", from) + 2);
}

void expectReadAsWhole(const QByteArray &text)
{
    ASSERT_GE(text.size(), kBytesWorthASecondThread);
    const ParsedObject parsed = parseObjectBytes(text);
    ASSERT_TRUE(parsed.ok) << parsed.error.toStdString();
    // A text parsed in halves and joined is known to keep every member, and one whose scan
    // saw every object name each member once.
    EXPECT_EQ(parsed.keepsEveryMember,
              (readersCut(text).has_value() || !scanText(text).namesMayRepeat)
                  && parsed.warnings.isEmpty());
    EXPECT_EQ(parsed.object, parsedWhole(text));
    EXPECT_EQ(QJsonDocument(parsed.object).toJson(QJsonDocument::Compact),
              QJsonDocument(parsedWhole(text)).toJson(QJsonDocument::Compact));
}

// The sentence the reader gives for a text one parse refuses: the line and column of the
// offending byte and Qt's reason.
QString wholeParseError(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    const qsizetype offset
        = error.error == QJsonParseError::GarbageAtEnd ? error.offset : error.offset - 1;
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return QStringLiteral("Line %1, column %2: %3.")
        .arg(before.count('\n') + 1)
        .arg(column)
        .arg(error.errorString());
}

} // namespace

TEST(ReaderHalves, cutsBetweenTwoRowsOfTheLargestSection)
{
    const QByteArray text = bigText();
    const std::optional<TextCut> cut = readersCut(text);
    ASSERT_TRUE(cut.has_value());
    EXPECT_EQ(cut->path, QStringList { QStringLiteral("offerLines") });
    EXPECT_EQ(cut->openers, QByteArray(R"({"offerLines":[)"));
    EXPECT_EQ(cut->closers, QByteArray("]}"));
    EXPECT_EQ(text.at(cut->headEnd - 1), '}');
    EXPECT_EQ(text.at(cut->tailBegin - 1), ',');
    EXPECT_GT(cut->headEnd, text.size() / 2);
    const QJsonObject head = parsedWhole(headText(text, *cut));
    const QJsonObject tail = parsedWhole(tailText(text, *cut));
    ASSERT_FALSE(head.isEmpty());
    ASSERT_FALSE(tail.isEmpty());
    const qsizetype rows = bigRecord().value(QStringLiteral("offerLines")).toArray().size();
    EXPECT_EQ(head.value(QStringLiteral("offerLines")).toArray().size()
                  + tail.value(QStringLiteral("offerLines")).toArray().size(),
              rows);
    const std::optional<QJsonObject> joined = joinHalves(head, tail, cut->path);
    ASSERT_TRUE(joined.has_value());
    EXPECT_EQ(*joined, bigRecord());
}

TEST(ReaderHalves, readsEveryShapeAsOneParseWould)
{
    expectReadAsWhole(bigText());
    expectReadAsWhole(bigText(QJsonDocument::Compact));
    Draft draft;
    draft.record = bigRecord();
    const QByteArray saved = writeDraft(draft);
    ASSERT_EQ(readersCut(saved)->path,
              (QStringList { QStringLiteral("record"), QStringLiteral("offerLines") }));
    expectReadAsWhole(saved);
    EXPECT_EQ(readDocument(saved).draft.record, bigRecord());
    // Rows three objects deep, as in a GET answer (data.leadOpportunity.offerLines).
    const QJsonObject get { { QStringLiteral("data"),
                              QJsonObject {
                                  { QStringLiteral("leadOpportunity"), bigRecord() } } } };
    expectReadAsWhole(QJsonDocument(get).toJson());
}

TEST(ReaderHalves, neverCutsInsideAStringThatLooksLikeRows)
{
    QJsonObject record = bigRecord();
    QJsonArray lines = record.value(QStringLiteral("offerLines")).toArray();
    const QString rowsInText = QStringLiteral("}, {\"amount\": 1}, {\"x\\\"\": [{");
    for (int row = 0; row < lines.size(); row += 3) {
        QJsonObject line = lines.at(row).toObject();
        line.insert(QStringLiteral("note"), rowsInText);
        lines.replace(row, line);
    }
    record.insert(QStringLiteral("offerLines"), lines);
    const QByteArray text = QJsonDocument(record).toJson();
    const std::optional<TextCut> cut = readersCut(text);
    ASSERT_TRUE(cut.has_value());
    // Both halves parse (a cut inside a string would break them) and join to the record.
    const QJsonObject head = parsedWhole(headText(text, *cut));
    const QJsonObject tail = parsedWhole(tailText(text, *cut));
    ASSERT_FALSE(head.isEmpty());
    ASSERT_FALSE(tail.isEmpty());
    EXPECT_EQ(joinHalves(head, tail, cut->path), std::optional<QJsonObject>(record));
    expectReadAsWhole(text);
}

// The cut is looked for sixteen bytes, then eight, then one at a time: each bracket and quote
// is found after a run of white space of every length, at every place in a block.
TEST(ReaderHalves, findsTheCutAfterWhiteSpaceRunsOfEveryLength)
{
    for (int run = 0; run <= 40; ++run) {
        SCOPED_TRACE(run);
        const QByteArray pad(run, ' ');
        const QByteArray text = "{" + pad + R"("rows":)" + pad + "[" + pad + R"({"a":"x}],{"})"
            + pad + "," + pad + R"({"b":[{"\"":1}]})" + pad + "]" + pad + "}";
        const std::optional<TextCut> cut = findCut(text, 0);
        ASSERT_TRUE(cut.has_value());
        const qsizetype firstRowEnd = text.indexOf("\"}") + 2;
        EXPECT_EQ(cut->headEnd, firstRowEnd);
        EXPECT_EQ(cut->tailBegin, text.indexOf(',', firstRowEnd) + 1);
        EXPECT_EQ(cut->path, QStringList { QStringLiteral("rows") });
        EXPECT_EQ(cut->headContainers, 3);
        EXPECT_EQ(parsedWhole(headText(text, *cut)).value(QLatin1String("rows")).toArray().size(),
                  1);
    }
}

TEST(ReaderHalves, findsNoCutWhereNoArrayOfObjectsHangsOffObjects)
{
    // Rows at the top level, a section name with an escape, and no rows at all.
    QJsonArray rows = bigRecord().value(QStringLiteral("offerLines")).toArray();
    for (int copy = 0; copy < 2; ++copy)
        for (const QJsonValue &row : bigRecord().value(QStringLiteral("offerLines")).toArray())
            rows.append(row);
    const QByteArray topLevelRows = QJsonDocument(rows).toJson();
    EXPECT_FALSE(readersCut(topLevelRows).has_value());
    QByteArray escapedName = bigText();
    escapedName.replace("\"offerLines\"", "\"offer\\u004cines\"");
    EXPECT_FALSE(readersCut(escapedName).has_value());
    expectReadAsWhole(escapedName);
    const QByteArray oneString = "{\"a\": \"" + QByteArray(200000, 'x') + "\"}";
    EXPECT_FALSE(readersCut(oneString).has_value());
    expectReadAsWhole(oneString);
}

TEST(ReaderHalves, aRepeatedNameReadsAsOneParseReadsIt)
{
    const QByteArray text = bigText(QJsonDocument::Compact);
    const qsizetype cutAt = readersCut(text)->headEnd;
    // A member repeated in a row of either half, a section repeated across the cut (the
    // later one wins), and the cut section itself given again after it.
    QByteArray inHead = text;
    inHead.insert(rowAfter(text, cutAt / 2) + 1, R"("amount":"twice",)");
    QByteArray inTail = text;
    inTail.insert(rowAfter(text, cutAt + 1000) + 1, R"("revenueType":"twice",)");
    QByteArray acrossTheCut = text;
    acrossTheCut.insert(1, R"("partnerContacts":[{"salesRepEmail":"early@example.com"}],)");
    QByteArray cutSectionAgain = text;
    cutSectionAgain.insert(cutSectionAgain.size() - 1, R"(,"offerLines":[{"amount":1}])");
    QByteArray cutSectionBefore = text;
    cutSectionBefore.insert(1, R"("offerLines":[{"amount":1}],)");
    for (const QByteArray &repeated :
         { inHead, inTail, acrossTheCut, cutSectionAgain, cutSectionBefore }) {
        expectReadAsWhole(repeated);
        EXPECT_EQ(parseObjectBytes(repeated).warnings.size(), 1);
        EXPECT_EQ(readDocument(repeated).warnings.size(), 1);
    }
}

TEST(ReaderHalves, aBrokenTextIsRefusedAsOneParseRefusesIt)
{
    const QByteArray text = bigText();
    const qsizetype cutAt = readersCut(text)->headEnd;
    QByteArray brokenHead = text;
    brokenHead.insert(rowAfter(text, cutAt / 2) + 1, "\"amount\" 5,");
    QByteArray brokenTail = text;
    brokenTail.insert(rowAfter(text, cutAt + 3000) + 1, "\"amount\": 5,,");
    QByteArray trailingComma = text;
    const qsizetype linesEnd = text.indexOf(']', text.lastIndexOf("\"offerNameId\""));
    trailingComma.insert(linesEnd, ",");
    QByteArray unclosed = text;
    unclosed.chop(2);
    QByteArray garbageAfter = text + "x";
    for (const QByteArray &broken :
         { brokenHead, brokenTail, trailingComma, unclosed, garbageAfter }) {
        ASSERT_GE(broken.size(), kBytesWorthASecondThread);
        const ReadResult read = readDocument(broken);
        EXPECT_FALSE(read.ok);
        EXPECT_EQ(read.error, wholeParseError(broken));
    }
}

// Any small change to a big text, wherever it falls (in a name, a string, an escape, a
// bracket, on the cut or beside it), reads exactly as one parse of the whole text reads:
// the same object when it parses, the same sentence when it does not.
TEST(ReaderHalves, randomSmallChangesReadAsOneParseReadsThem)
{
    const QByteArray compact = bigText(QJsonDocument::Compact);
    const QByteArray indented = bigText();
    const QList<QByteArray> inserts { "\"", "\\", "{",       "}",        "[",   "]", ",",
                                      ":",  " ",  "\\u0022", "\"x\":1,", "{},", "\"" };
    std::mt19937 random(20261130);
    int parsedBoth = 0;
    int refusedBoth = 0;
    int repeatedNames = 0;
    for (int round = 0; round < 160; ++round) {
        QByteArray text = round % 2 ? compact : indented;
        // Half the changes fall near the reader's cut, where a wrong cut would show.
        const qsizetype cutAt = readersCut(text)->headEnd;
        const qsizetype span = round % 4 < 2 ? 400 : text.size();
        const qsizetype base = round % 4 < 2 ? std::max<qsizetype>(0, cutAt - 200) : 0;
        const qsizetype at = std::min(text.size() - 1, base + qsizetype(random() % span));
        switch (random() % 3) {
        case 0:
            text.remove(at, 1);
            break;
        case 1:
            text.insert(at, inserts.at(random() % inserts.size()));
            break;
        default: { // a line given twice: a repeated member, or a broken text
            const qsizetype lineEnd = text.indexOf('\n', at);
            text.insert(at, text.mid(at, lineEnd < 0 ? 40 : lineEnd + 1 - at));
            break;
        }
        }
        ASSERT_GE(text.size(), kBytesWorthASecondThread);
        QJsonParseError error;
        const QJsonDocument whole = QJsonDocument::fromJson(text, &error);
        const ReadResult read = readDocument(text);
        if (error.error == QJsonParseError::NoError && whole.isObject()) {
            const ParsedObject parsed = parseObjectBytes(text);
            ASSERT_TRUE(parsed.ok) << "round " << round;
            EXPECT_EQ(parsed.object, whole.object()) << "round " << round;
            // A name given twice is said wherever the halves fell.
            EXPECT_EQ(parsed.warnings, duplicateMemberWarnings(text)) << "round " << round;
            repeatedNames += parsed.warnings.isEmpty() ? 0 : 1;
            ++parsedBoth;
        } else if (error.error != QJsonParseError::NoError) {
            EXPECT_FALSE(read.ok) << "round " << round;
            EXPECT_EQ(read.error, wholeParseError(text)) << "round " << round;
            ++refusedBoth;
        }
    }
    // Both kinds of text were met often enough to say something.
    EXPECT_GE(parsedBoth, 20);
    EXPECT_GE(refusedBoth, 20);
    EXPECT_GE(repeatedNames, 5);
}

TEST(ReaderHalves, halvesThatBothHoldANameDoNotJoin)
{
    const QStringList path { QStringLiteral("rows") };
    const QJsonObject head { { QStringLiteral("a"), 1 },
                             { QStringLiteral("rows"), QJsonArray { 1 } } };
    const QJsonObject tail { { QStringLiteral("a"), 2 },
                             { QStringLiteral("rows"), QJsonArray { 2 } } };
    EXPECT_FALSE(joinHalves(head, tail, path).has_value());
    const QJsonObject other { { QStringLiteral("b"), 2 },
                              { QStringLiteral("rows"), QJsonArray { 2 } } };
    const QJsonObject joined { { QStringLiteral("a"), 1 },
                               { QStringLiteral("b"), 2 },
                               { QStringLiteral("rows"), QJsonArray { 1, 2 } } };
    EXPECT_EQ(joinHalves(head, other, path), std::optional<QJsonObject>(joined));
}

// The command line reads a big text whole beside its scan (its threads share one heap); what
// it reads is what the halves give, warnings and the text's proof included.
TEST(ReaderHalves, aBigTextParsedWholeReadsAsItsHalvesRead)
{
    const QByteArray text = bigText(QJsonDocument::Compact);
    const ParsedObject halves = parseObjectText(text, ParseSplit::Halves);
    const ParsedObject whole = parseObjectText(text, ParseSplit::Whole);
    ASSERT_TRUE(halves.ok);
    ASSERT_TRUE(whole.ok);
    EXPECT_TRUE(halves.keepsEveryMember) << "cut, parsed in halves, joined";
    EXPECT_TRUE(whole.keepsEveryMember) << "parsed whole: its scan saw no name twice";
    EXPECT_EQ(whole.object, halves.object);
    QByteArray repeated = text;
    repeated.insert(rowAfter(text, text.size() * 3 / 4) + 1, R"("amount":"twice",)");
    for (const QByteArray &bytes : { text, repeated }) {
        const ReadResult fromHalves = readDocument(bytes, ParseSplit::Halves);
        const ReadResult fromWhole = readDocument(bytes, ParseSplit::Whole);
        ASSERT_TRUE(fromWhole.ok) << fromWhole.error.toStdString();
        EXPECT_EQ(fromWhole.draft.record, fromHalves.draft.record);
        EXPECT_EQ(fromWhole.warnings, fromHalves.warnings);
        EXPECT_EQ(fromWhole.cleanText.covers(fromWhole.draft.record),
                  fromHalves.cleanText.covers(fromHalves.draft.record));
    }
    EXPECT_EQ(readDocument(repeated, ParseSplit::Whole).warnings.size(), 1);
}
