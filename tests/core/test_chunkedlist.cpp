// The chunked list must behave as a plain QList under any sequence of inserts, removes and
// moves, through the splits and merges of its chunks: it holds the row identities and the
// duplicate index's rows, whose numbers every finding and server error relies on.
#include "core/document/chunkedlist.h"

#include <QList>

#include <gtest/gtest.h>

#include <random>

using leadopp::core::ChunkedList;

namespace {

void expectSame(const ChunkedList<int> &chunked, const QList<int> &plain, int step)
{
    ASSERT_EQ(chunked.size(), plain.size()) << "step " << step;
    for (qsizetype i = 0; i < plain.size(); ++i)
        ASSERT_EQ(chunked.at(i), plain.at(i)) << "step " << step << " index " << i;
}

} // namespace

// Inserts (half of them at the front) split chunks, removes merge them again: a few
// thousand steps over lists of up to several chunks, each checked item by item against a QList.
TEST(ChunkedList, followsAQListThroughInsertsRemovesAndMoves)
{
    std::mt19937 random(2207);
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    ChunkedList<int> chunked;
    QList<int> plain;
    for (int step = 0; step < 8000; ++step) {
        const int value = step;
        const int size = int(plain.size());
        const int what
            = step < 4000 ? (pick(4) == 3 ? 3 : pick(2)) : (step < 5000 ? pick(5) : pick(3) + 2);
        if (what <= 1 || size == 0) { // insert: half of them at the front, the rest anywhere
            const int at = what == 0 ? 0 : pick(size + 1);
            chunked.insert(at, value);
            plain.insert(at, value);
        } else if (what == 2 || what == 4) {
            const int at = pick(size);
            chunked.removeAt(at);
            plain.removeAt(at);
        } else {
            const int from = pick(size);
            const int to = pick(size);
            chunked.move(from, to);
            plain.move(from, to);
        }
        if (step % 97 == 0 || step > 7950)
            expectSame(chunked, plain, step);
    }
    expectSame(chunked, plain, -1);
}

TEST(ChunkedList, writesThroughTheIndexOperator)
{
    ChunkedList<int> chunked;
    for (int i = 0; i < 1000; ++i)
        chunked.append(i);
    chunked[777] = -7;
    chunked[0] = -1;
    EXPECT_EQ(chunked.at(777), -7);
    EXPECT_EQ(chunked.at(0), -1);
    EXPECT_EQ(chunked.at(776), 776);
    EXPECT_EQ(chunked.at(999), 999);
}

// Over ascending items, lowerBound() is std::lower_bound over the whole list, across chunks.
TEST(ChunkedList, lowerBoundAndIndexOfSpanChunks)
{
    ChunkedList<int> chunked;
    QList<int> plain;
    for (int i = 0; i < 2000; ++i) {
        chunked.append(3 * i);
        plain.append(3 * i);
    }
    for (int i = 0; i < 300; ++i) { // chunks of uneven sizes
        chunked.removeAt(1000);
        plain.removeAt(1000);
    }
    const auto less = [](int item, int key) { return item < key; };
    for (int key = -2; key < 6010; key += 7) {
        const qsizetype expected
            = std::lower_bound(plain.cbegin(), plain.cend(), key) - plain.cbegin();
        ASSERT_EQ(chunked.lowerBound(key, less), expected) << key;
        ASSERT_EQ(chunked.indexOf(key), plain.indexOf(key)) << key;
    }
}

// A copy (a sent snapshot's row ids) keeps its items while the original changes.
TEST(ChunkedList, copiesAreIndependent)
{
    ChunkedList<int> original;
    for (int i = 0; i < 600; ++i)
        original.append(i);
    const ChunkedList<int> copy = original;
    original.removeAt(10);
    original.insert(500, -5);
    original[300] = -3;
    ASSERT_EQ(copy.size(), 600);
    for (int i = 0; i < 600; ++i)
        ASSERT_EQ(copy.at(i), i);
    EXPECT_EQ(original.at(10), 11);
    original.clear();
    EXPECT_TRUE(original.isEmpty());
    EXPECT_EQ(copy.at(599), 599);
}

// A list built at once (a section's rows kept apart) is in half-full chunks, and from there
// follows a QList as any other; forEach() visits the items in order.
TEST(ChunkedList, builtAtOnceThenChangedFollowsAQList)
{
    for (const int count : { 0, 1, 255, 256, 257, 5000 }) {
        ChunkedList<int> chunked;
        chunked.appendEach(count, [](qsizetype i) { return int(i) * 3; });
        QList<int> plain;
        for (int i = 0; i < count; ++i)
            plain.append(i * 3);
        ASSERT_NO_FATAL_FAILURE(expectSame(chunked, plain, count));
        QList<int> visited;
        chunked.forEach([&visited](int item) { visited.append(item); });
        EXPECT_EQ(visited, plain);
        std::mt19937 random(count + 1);
        for (int step = 0; step < 400; ++step) {
            const qsizetype at = plain.isEmpty() ? 0 : qsizetype(random() % plain.size());
            if (random() % 2 || plain.isEmpty()) {
                chunked.insert(at, step);
                plain.insert(at, step);
            } else {
                chunked.removeAt(at);
                plain.removeAt(at);
            }
            ASSERT_NO_FATAL_FAILURE(expectSame(chunked, plain, step));
        }
    }
}
