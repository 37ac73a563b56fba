// The reader's scan takes the text sixteen bytes at a time and the last few one by one, and
// an escape or a UTF-8 sequence may run from one block into the next. Where the blocks fall
// must not change what the scan finds: random texts made of the bytes that matter are
// scanned at every alignment and compared with their scan at the first.
#include "core/codec/readerscan.h"

#include <QByteArray>
#include <QList>

#include <gtest/gtest.h>

#include <random>
#include <tuple>

using leadopp::core::scanText;
using leadopp::core::TextScan;

namespace {

// The pieces a text is made of: each byte class the scan tells apart, escapes (flawed and
// not), well-formed, overlong and cut UTF-8 sequences, a byte order mark, plain bytes.
const QList<QByteArray> kPieces = {
    "\"",
    "\\",
    ":",
    "{",
    "[",
    "}",
    "]",
    ",",
    "a",
    " ",
    QByteArray(1, '\0'),
    "\\\"",
    "\\\\",
    "\\u0000",
    "\\uD83D",
    "\\u0041",
    "\xC3\xA9",
    "\xE2\x82\xAC",
    "\xF0\x9F\x98\x80",
    "\xEF\xBB\xBF",
    "\xC3",
    "\xE0\x80\x80",
    "\xFF",
    "\x80",
    "\"name\":",
    "\"x\\\"y\":",
};

QByteArray randomText(std::mt19937 &random)
{
    std::uniform_int_distribution<int> length(1, 40);
    std::uniform_int_distribution<qsizetype> piece(0, kPieces.size() - 1);
    QByteArray text;
    for (int n = length(random); n > 0; --n)
        text += kPieces.at(piece(random));
    return text;
}

// What a scan found, with the offset of an invalid byte taken from where the text begins.
struct Found {
    qsizetype invalidUtf8;
    bool hasByteOrderMark;
    qsizetype memberColons;
    qsizetype containers;
    bool mayHoldFlawedText;
    QList<QByteArray> memberNames;
    bool memberNameEscaped;

    auto tied() const
    {
        return std::tie(invalidUtf8, hasByteOrderMark, memberColons, containers, mayHoldFlawedText,
                        memberNames, memberNameEscaped);
    }
};

Found foundIn(const QByteArray &padded, qsizetype textBegins)
{
    const TextScan scan = scanText(padded);
    QList<QByteArray> names;
    for (const QByteArrayView name : scan.memberNames)
        names.append(name.toByteArray());
    return { scan.invalidUtf8 < 0 ? -1 : scan.invalidUtf8 - textBegins,
             scan.hasByteOrderMark,
             scan.memberColons,
             scan.containers,
             scan.mayHoldFlawedText,
             names,
             scan.memberNameEscaped };
}

} // namespace

TEST(ReaderScanBlocks, findsTheSameWhereverTheBlocksFall)
{
    std::mt19937 random(20261201);
    for (int round = 0; round < 4000; ++round) {
        const QByteArray text = randomText(random);
        // Shorter than a block, the text alone is scanned one byte at a time.
        const Found first = foundIn(text, 0);
        for (int pad = 1; pad <= 32; ++pad) {
            const QByteArray padded = QByteArray(pad, ' ') + text;
            ASSERT_TRUE(foundIn(padded, pad).tied() == first.tied())
                << "text " << text.toHex().constData() << " after " << pad << " spaces";
        }
    }
}
