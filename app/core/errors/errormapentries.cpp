#include "core/errors/errormapentries.h"

#include <QSet>
#include <algorithm>
#include <vector>

namespace leadopp::core {

namespace {

// Puts entry `order[j]` at position j for every j, in place, and drops the entries not
// named. Moving each entry once along the cycles of the permutation needs no second list
// of entries, which for a large body is as big as the result itself.
void applyOrder(QList<FieldError> &errors, const QList<qsizetype> &order)
{
    const qsizetype count = errors.size();
    std::vector<qsizetype> source(size_t(count), -1); // the entry each position takes
    std::vector<bool> named(size_t(count), false);
    for (qsizetype j = 0; j < order.size(); ++j) {
        source[size_t(j)] = order.at(j);
        named[size_t(order.at(j))] = true;
    }
    qsizetype next = order.size();
    for (qsizetype entry = 0; entry < count; ++entry) {
        if (!named[size_t(entry)]) // the dropped fill the tail, in any order
            source[size_t(next++)] = entry;
    }
    std::vector<bool> done(size_t(count), false);
    for (qsizetype start = 0; start < count; ++start) {
        if (done[size_t(start)] || source[size_t(start)] == start)
            continue;
        FieldError held = std::move(errors[start]);
        qsizetype at = start;
        for (; source[size_t(at)] != start; at = source[size_t(at)]) {
            errors[at] = std::move(errors[source[size_t(at)]]);
            done[size_t(at)] = true;
        }
        errors[at] = std::move(held);
        done[size_t(at)] = true;
    }
    errors.resize(order.size());
}

} // namespace

// Room is reserved once for as many entries as a body of this size can hold in any common
// notation (`{"detail":"...","pointer":"..."}` takes far more than this per entry): grown
// one doubling at a time, a large body's entries were copied a dozen times into fresh
// memory. Reserved room never written costs no memory of its own.
MappedEntries::MappedEntries(qsizetype bodySize)
{
    constexpr qsizetype kBytesPerEntry = 64;
    const qsizetype expected = bodySize / kBytesPerEntry + 1;
    m_errors.reserve(expected);
    m_places.reserve(expected);
}

void MappedEntries::add(FieldError error, FormPosition place)
{
    m_places.append({ place, m_errors.size() });
    m_errors.append(std::move(error));
}

void MappedEntries::addReworded(FieldError error, FormPosition place, const QString &words)
{
    m_rewordedWords.insert(m_errors.size(), words);
    add(std::move(error), place);
}

// A reference, not a copy: copying touches every message's shared header, a cache miss
// per entry of a large body.
const QString &MappedEntries::wordsOf(qsizetype entry) const
{
    if (!m_rewordedWords.isEmpty()) {
        const auto reworded = m_rewordedWords.constFind(entry);
        if (reworded != m_rewordedWords.cend())
            return *reworded;
    }
    return m_errors.at(entry).message;
}

// Record-level entries are few: their words are looked for among the fields', rather than
// every field's collected, and only fields' words of a length some record-level words have
// are hashed at all (a length is read without touching the text).
void MappedEntries::dropRecordWordsOnFields()
{
    QSet<QString> onRecord;
    QSet<qsizetype> recordLengths;
    for (qsizetype at = 0; at < m_errors.size(); ++at) {
        if (m_errors.at(at).match == MatchKind::Record) {
            onRecord.insert(wordsOf(at));
            recordLengths.insert(wordsOf(at).size());
        }
    }
    if (onRecord.isEmpty())
        return;
    QSet<QString> onFields;
    for (qsizetype at = 0; at < m_errors.size(); ++at) {
        const QString &words = wordsOf(at);
        if (m_errors.at(at).match != MatchKind::Record && recordLengths.contains(words.size())
            && onRecord.contains(words))
            onFields.insert(words);
    }
    m_places.removeIf([&](const Placed &placed) {
        return m_errors.at(placed.second).match == MatchKind::Record
            && onFields.contains(wordsOf(placed.second));
    });
}

// Identical entries share a place, so they meet in one run of equal places. Runs are
// short; a long one (many messages on one field or on the record) is looked up through a
// hash rather than compared pairwise.
void MappedEntries::keepFirstOfRun(const Placed *run, qsizetype size, QList<qsizetype> &kept)
{
    constexpr qsizetype kLongRun = 16;
    const qsizetype first = kept.size();
    QHash<std::pair<QString, QString>, qsizetype> seen; // identity -> entry
    for (const Placed *at = run; at != run + size; ++at) {
        const FieldError &error = m_errors.at(at->second);
        qsizetype same = -1;
        if (size > kLongRun) {
            same = seen.value({ error.path, error.message }, -1);
            if (same < 0)
                seen.insert({ error.path, error.message }, at->second);
        } else {
            const auto match = std::find_if(kept.cbegin() + first, kept.cend(), [&](qsizetype k) {
                return m_errors.at(k).path == error.path && m_errors.at(k).message == error.message;
            });
            same = match == kept.cend() ? -1 : *match;
        }
        if (same < 0)
            kept.append(at->second);
        else if (m_errors.at(same).code.isEmpty())
            m_errors[same].code = error.code;
    }
}

QList<FieldError> MappedEntries::takeDistinctInFormOrder()
{
    dropRecordWordsOnFields();
    std::sort(m_places.begin(), m_places.end(), [](const Placed &a, const Placed &b) {
        return a.first < b.first || (a.first == b.first && a.second < b.second);
    });
    QList<qsizetype> kept;
    kept.reserve(m_places.size());
    for (qsizetype begin = 0, end = 0; begin < m_places.size(); begin = end) {
        while (end < m_places.size() && m_places.at(end).first == m_places.at(begin).first)
            ++end;
        keepFirstOfRun(m_places.constData() + begin, end - begin, kept);
    }
    applyOrder(m_errors, kept);
    m_places.clear();
    m_rewordedWords.clear();
    return std::exchange(m_errors, {});
}

} // namespace leadopp::core
