#pragma once

#include <QList>

#include <algorithm>

namespace leadopp::core {

/// A list kept in chunks of at most kMaxChunk items, for per-row data of array sections
/// with tens of thousands of rows: inserting, removing or moving an item shifts the items
/// of one chunk and the end counts of the chunks after it (a few hundred integers at 50,000
/// rows), not every item after it; an index is found by bisecting the chunk ends. So a row
/// command costs next to nothing whatever the number of rows. Copies share their chunks
/// until one side changes (QList's implicit sharing).
template<typename T> class ChunkedList final
{
public:
    static constexpr qsizetype kMaxChunk = 512;

    qsizetype size() const { return m_ends.isEmpty() ? 0 : m_ends.last(); }
    bool isEmpty() const { return size() == 0; }
    void clear()
    {
        m_chunks.clear();
        m_ends.clear();
    }

    const T &at(qsizetype index) const
    {
        const Place place = locate(index);
        return m_chunks.at(place.chunk).at(place.offset);
    }
    T &operator[](qsizetype index)
    {
        const Place place = locate(index);
        return m_chunks[place.chunk][place.offset];
    }

    void append(const T &value) { insert(size(), value); }
    /// Appends `count` items, `item(i)` each, in chunks half full (room to grow either
    /// way): a list built at once, without splitting chunks as they fill.
    template<typename Item> void appendEach(qsizetype count, const Item &item)
    {
        constexpr qsizetype kFill = kMaxChunk / 2;
        for (qsizetype first = 0; first < count; first += kFill) {
            QList<T> chunk;
            chunk.reserve(kFill);
            for (qsizetype i = first; i < std::min(count, first + kFill); ++i)
                chunk.append(item(i));
            m_ends.append(size() + chunk.size());
            m_chunks.append(std::move(chunk));
        }
    }
    void insert(qsizetype index, const T &value)
    {
        if (m_chunks.isEmpty()) {
            m_chunks.append(QList<T>());
            m_ends.append(0);
        }
        // The end of the list belongs to the last chunk, not to a new one.
        const Place place = index == size() ? Place { m_chunks.size() - 1, m_chunks.last().size() }
                                            : locate(index);
        m_chunks[place.chunk].insert(place.offset, value);
        addToEnds(place.chunk, 1);
        if (m_chunks.at(place.chunk).size() > kMaxChunk)
            split(place.chunk);
    }
    void removeAt(qsizetype index)
    {
        const Place place = locate(index);
        m_chunks[place.chunk].removeAt(place.offset);
        addToEnds(place.chunk, -1);
        mergeSmall(place.chunk);
    }
    /// Moves the item at `from` to position `to`, as QList::move().
    void move(qsizetype from, qsizetype to)
    {
        if (from == to)
            return;
        const T value = at(from);
        removeAt(from);
        insert(to, value);
    }

    /// The first index whose item is not less than `key` (the items ascending by `less`).
    template<typename Key, typename Less>
    qsizetype lowerBound(const Key &key, const Less &less) const
    {
        const auto chunk
            = std::partition_point(m_chunks.cbegin(), m_chunks.cend(),
                                   [&](const QList<T> &items) { return less(items.last(), key); });
        if (chunk == m_chunks.cend())
            return size();
        const qsizetype at = chunk - m_chunks.cbegin();
        return startOf(at)
            + (std::lower_bound(chunk->cbegin(), chunk->cend(), key, less) - chunk->cbegin());
    }
    /// Calls `visit` with each item, in order.
    template<typename Visit> void forEach(const Visit &visit) const
    {
        for (const QList<T> &chunk : m_chunks) {
            for (const T &item : chunk)
                visit(item);
        }
    }

    /// The index of the first item equal to `value`; -1 when none.
    qsizetype indexOf(const T &value) const
    {
        for (qsizetype chunk = 0; chunk < m_chunks.size(); ++chunk) {
            const qsizetype at = m_chunks.at(chunk).indexOf(value);
            if (at >= 0)
                return startOf(chunk) + at;
        }
        return -1;
    }

private:
    struct Place {
        qsizetype chunk;
        qsizetype offset;
    };

    qsizetype startOf(qsizetype chunk) const { return chunk > 0 ? m_ends.at(chunk - 1) : 0; }

    Place locate(qsizetype index) const
    {
        const qsizetype chunk
            = std::upper_bound(m_ends.cbegin(), m_ends.cend(), index) - m_ends.cbegin();
        return { chunk, index - startOf(chunk) };
    }

    // A tight pass over plain integers (the index operator would test for sharing at
    // every step): about a hundred of them at 50,000 rows.
    void addToEnds(qsizetype chunk, qsizetype count)
    {
        qsizetype *const ends = m_ends.data();
        for (qsizetype i = chunk; i < m_ends.size(); ++i)
            ends[i] += count;
    }

    // In halves, each with room to grow.
    void split(qsizetype chunk)
    {
        QList<T> upper = m_chunks.at(chunk).sliced(m_chunks.at(chunk).size() / 2);
        m_chunks[chunk].resize(m_chunks.at(chunk).size() - upper.size());
        m_ends.insert(chunk, startOf(chunk) + m_chunks.at(chunk).size());
        m_chunks.insert(chunk + 1, std::move(upper));
    }

    // A chunk that shrank to a quarter joins its neighbour when both fit in one, so the
    // number of chunks stays near size() / kMaxChunk after many removals.
    void mergeSmall(qsizetype chunk)
    {
        if (m_chunks.at(chunk).isEmpty()) {
            m_chunks.removeAt(chunk);
            m_ends.removeAt(chunk);
            return;
        }
        if (m_chunks.at(chunk).size() > kMaxChunk / 4)
            return;
        const qsizetype next = chunk + 1 < m_chunks.size() ? chunk + 1 : chunk - 1;
        if (next < 0 || m_chunks.at(chunk).size() + m_chunks.at(next).size() > kMaxChunk)
            return;
        const qsizetype first = std::min(chunk, next);
        m_chunks[first] += m_chunks.at(first + 1);
        m_chunks.removeAt(first + 1);
        m_ends.removeAt(first);
    }

    QList<QList<T>> m_chunks; ///< none empty
    QList<qsizetype> m_ends;  ///< per chunk, the index after its last item
};

} // namespace leadopp::core
