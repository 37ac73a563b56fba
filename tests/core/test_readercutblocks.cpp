// The cut of a big text is found by a walk that tests sixteen bytes at a time and the last few
// one by one; an escape may run from one block into the next. Where the blocks fall must not
// change the cut: random texts, rows whose strings hold brackets, escapes and UTF-8 as well
// as loose bytes, are cut at every alignment and compared with their cut at the first. Where
// a text is JSON, its two halves must also join to what one parse of it gives.
#include "core/codec/readerhalves.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <tuple>

using namespace leadopp::core;

namespace {

// What may stand inside a string: plain text, brackets and commas that look like rows,
// escapes (a quote, a backslash, a code point) and UTF-8 sequences.
const QList<QByteArray> kStringPieces = {
    "a",
    " ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "},{",
    "\\\"",
    "\\\\",
    "\\u0041",
    "\\/",
    "\xC3\xA9",
    "\xE2\x82\xAC",
    "\xF0\x9F\x98\x80",
    "\\\"},{\\\"",
};

// What may stand anywhere in a text that is not JSON: the bytes the walk cares about, loose.
const QList<QByteArray> kLoosePieces = {
    "\"", "\\", "{", "}", "[", "]", ",", ":", "a", " ", "\"x\":", "\\\"", "},{",
};

class RandomText
{
public:
    explicit RandomText(quint32 seed) : m_random(seed) { }

    // {"record":{"id":"…","rows":[{…},{…},…]}} with white space of random lengths.
    QByteArray rows()
    {
        QByteArray text = "{" + space() + "\"record\":{\"id\":" + string() + ",\"rows\":[";
        for (int row = number(1, 12); row > 0; --row)
            text += space() + rowObject() + (row > 1 ? "," : "");
        return text + space() + "]}" + space() + "}";
    }

    QByteArray loose()
    {
        QByteArray text;
        for (int n = number(1, 60); n > 0; --n)
            text += pick(kLoosePieces);
        return text;
    }

    int number(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }

private:
    QByteArray rowObject()
    {
        return "{\"name\":" + string() + "," + space() + "\"parts\":[1," + space()
            + "{\"note\":" + string() + "}],\"n\":" + QByteArray::number(number(0, 99)) + "}";
    }

    QByteArray string()
    {
        QByteArray text = "\"";
        for (int n = number(0, 12); n > 0; --n)
            text += pick(kStringPieces);
        return text + "\"";
    }

    QByteArray space() { return QByteArray(number(0, 20), ' '); }

    const QByteArray &pick(const QList<QByteArray> &pieces)
    {
        return pieces.at(std::uniform_int_distribution<qsizetype>(0, pieces.size() - 1)(m_random));
    }

    std::mt19937 m_random;
};

// A cut with its offsets taken from where the text begins.
auto cutFrom(const std::optional<TextCut> &cut, qsizetype textBegins)
{
    return cut ? std::make_tuple(true, cut->headEnd - textBegins, cut->tailBegin - textBegins,
                                 cut->openers, cut->closers, cut->path, cut->headContainers)
               : std::make_tuple(false, qsizetype(0), qsizetype(0), QByteArray(), QByteArray(),
                                 QStringList(), qsizetype(0));
}

void expectTheSameCutAtEveryAlignment(const QByteArray &text, qsizetype from)
{
    const auto first = cutFrom(findCut(text, from), 0);
    for (int pad = 1; pad <= 32; ++pad) {
        const QByteArray padded = QByteArray(pad, ' ') + text;
        ASSERT_EQ(cutFrom(findCut(padded, from + pad), pad), first)
            << "text " << text.constData() << " from " << from << " after " << pad << " spaces";
    }
}

std::optional<QJsonObject> parsed(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError ? std::optional(document.object())
                                                   : std::nullopt;
}

} // namespace

TEST(ReaderCutBlocks, findsTheSameCutWhereverTheBlocksFall)
{
    RandomText random(20261201);
    int cuts = 0;
    for (int round = 0; round < 3000; ++round) {
        const QByteArray text = round % 3 == 0 ? random.loose() : random.rows();
        const qsizetype from = random.number(0, int(text.size()));
        expectTheSameCutAtEveryAlignment(text, from);
        cuts += findCut(text, from).has_value() ? 1 : 0;
    }
    // Most texts of rows hold a row to cut after, past where the walk starts looking.
    EXPECT_GT(cuts, 1000);
}

TEST(ReaderCutBlocks, theHalvesOfARandomTextOfRowsJoinToItsWholeParse)
{
    RandomText random(20261130);
    int joined = 0;
    for (int round = 0; round < 2000; ++round) {
        const QByteArray text = random.rows();
        const std::optional<QJsonObject> whole = parsed(text);
        ASSERT_TRUE(whole) << text.constData();
        const std::optional<TextCut> cut = findCut(text, random.number(0, int(text.size())));
        if (!cut)
            continue;
        const std::optional<QJsonObject> head = parsed(headText(text, *cut));
        const std::optional<QJsonObject> tail = parsed(tailText(text, *cut));
        ASSERT_TRUE(head && tail) << text.constData() << " cut at " << cut->headEnd;
        EXPECT_EQ(joinHalves(*head, *tail, cut->path), whole) << text.constData();
        ++joined;
    }
    EXPECT_GT(joined, 700);
}
