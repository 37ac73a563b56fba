// The duplicate findings of RowFindings: placed by row numbers, each repeated row's number
// kept in a slot of its own so a row command renumbers them in one pass.
#include "ui/session/rowfindings.h"

#include <QHash>

#include <algorithm>

namespace leadopp::ui {

int RowFindings::placeFirst(int first)
{
    if (m_freeSlots.isEmpty()) {
        m_firsts.append(first);
        return int(m_firsts.size() - 1);
    }
    const int slot = m_freeSlots.takeLast();
    m_firsts[slot] = first;
    return slot;
}

void RowFindings::release(const Repeat &repeat)
{
    m_unplacedRepeats -= repeat.written < 0;
    if (repeat.slot < 0)
        return;
    m_firsts[repeat.slot] = -1;
    m_freeSlots.append(repeat.slot);
}

void RowFindings::clearRepeats(qsizetype at)
{
    for (const Repeat &repeat : std::as_const(m_rows.at(at).repeats))
        release(repeat);
    m_rows[at].repeats.clear();
    dropEmpty(at);
}

// Texts are written when read (render()): a command that renumbers or regroups many rows
// writes none of them, and a view asks only for the rows it shows.
void RowFindings::addRepeats(const QList<core::validation::Repeat> &repeats)
{
    for (const core::validation::Repeat &repeat : repeats) {
        const qsizetype at = rowEntry(repeat.row);
        render(at);
        const int slot = placeFirst(repeat.first);
        m_rows[at].repeats.append({ slot, kNotWritten, {} });
    }
}

QList<int> RowFindings::repeatedBy(qsizetype at) const
{
    QList<int> firsts;
    if (at < m_rows.size()) {
        for (const Repeat &repeat : m_rows.at(at).repeats)
            firsts.append(firstOf(repeat));
    }
    std::sort(firsts.begin(), firsts.end());
    return firsts;
}

bool RowFindings::setRepeats(const QList<int> &rows, const QList<core::validation::Repeat> &repeats)
{
    QHash<int, QList<int>> wanted;
    for (const core::validation::Repeat &repeat : repeats)
        wanted[repeat.row].append(repeat.first);
    QList<core::validation::Repeat> added;
    bool changed = false;
    for (const int row : rows) {
        const qsizetype at = find(row);
        const bool present = at < m_numbers.size() && m_numbers.at(at) == row;
        QList<int> firsts = wanted.take(row);
        std::sort(firsts.begin(), firsts.end());
        if ((present ? repeatedBy(at) : QList<int>()) == firsts)
            continue;
        changed = true;
        if (present)
            clearRepeats(at);
        for (const int first : std::as_const(firsts))
            added.append({ row, first });
    }
    for (auto rest = wanted.cbegin(); rest != wanted.cend(); ++rest) {
        for (const int first : rest.value())
            added.append({ rest.key(), first });
    }
    addRepeats(added);
    return changed || !added.isEmpty();
}

void RowFindings::setAllRepeats(const QList<core::validation::Repeat> &repeats)
{
    for (qsizetype at = m_rows.size() - 1; at >= 0; --at)
        clearRepeats(at);
    m_firsts.clear(); // every slot is free: the list starts over
    m_freeSlots.clear();
    addRepeats(repeats);
}

} // namespace leadopp::ui
