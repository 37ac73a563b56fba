// The entries of ErrorListModel: read again from the session, whole or a row at a time,
// and replaced where they changed; their texts written for the row numbers of now.
#include "ui/models/errorlistmodel.h"

#include <algorithm>
#include <limits>

namespace leadopp::ui {

namespace {

bool sameIssue(const FieldIssue &a, const FieldIssue &b)
{
    return a.kind == b.kind && a.path == b.path && a.message == b.message && a.code == b.code
        && a.rawPath == b.rawPath;
}

const QString &keyOf(core::Section section)
{
    return core::FieldCatalogue::section(section)->key;
}

} // namespace

// The same entry: in the same place, and reading the same, or, with texts not written
// since a row command renumbered it, of the same kind and code.
bool ErrorListModel::sameEntry(int row, const FieldIssue &issue,
                               const core::FormPosition &position) const
{
    const FieldIssue &kept = stored(row).issue;
    if (m_rows.at(row) != position.row() || m_orders.at(row) != position.order())
        return false;
    return isStale(row) ? kept.kind == issue.kind && kept.code == issue.code
                        : sameIssue(kept, issue);
}

// An edit raises, clears or rewords a problem or two: the list keeps the rows before and
// after them, and the view hears of the rows between (a reset would repaint and lay out
// the whole list, and lose the rep's place in it). Entries kept with texts unwritten take
// the fresh ones.
void ErrorListModel::rebuild()
{
    QList<core::FormPosition> positions;
    const QList<FieldIssue> fresh = m_session->allIssues(&positions);
    const qsizetype size = m_rows.size();
    qsizetype same = 0;
    while (same < size && same < fresh.size()
           && sameEntry(int(same), fresh.at(same), positions.at(same)))
        ++same;
    qsizetype tail = 0;
    while (tail < size - same && tail < fresh.size() - same
           && sameEntry(int(size - 1 - tail), fresh.at(fresh.size() - 1 - tail),
                        positions.at(fresh.size() - 1 - tail)))
        ++tail;
    const qsizetype count = fresh.size() - same - tail;
    replaceRows(int(same), int(size - same - tail), fresh.mid(same, count),
                positions.mid(same, count));
    for (qsizetype i = 0; i < same; ++i)
        writeKept(int(i), fresh.at(i));
    for (qsizetype i = fresh.size() - tail; i < fresh.size(); ++i)
        writeKept(int(i), fresh.at(i));
}

// A kept entry whose texts were not written since a row command takes the fresh ones; the
// range of those that read differently is announced by announceWritten().
void ErrorListModel::writeKept(int row, const FieldIssue &issue)
{
    if (!isStale(row))
        return;
    if (!sameIssue(stored(row).issue, issue)) {
        stored(row).issue = issue;
        m_written.first = std::min(m_written.first, row);
        m_written.second = std::max(m_written.second, row);
    }
    stored(row).entry.written = m_rows.at(row);
    stored(row).entry.generation = m_generations.at(std::size_t(stored(row).entry.section));
}

// One dataChanged for the entries written anew in place and [first, last] (none: first >
// last): the view repaints what it shows of them once.
void ErrorListModel::announceWritten(int first, int last)
{
    const auto written = std::exchange(m_written, { std::numeric_limits<int>::max(), -1 });
    first = std::min(first, written.first);
    last = std::min(std::max(last, written.second), rowCount() - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

// The row's entries lie in the bands of the fields it has issues on, row by row in each:
// each band's share is replaced on its own, from the last band on so that the places of
// those before stay put.
void ErrorListModel::replaceRowIssues(core::Section section, int row)
{
    QList<core::FormPosition> positions;
    const QList<FieldIssue> fresh = m_session->rowIssues(keyOf(section), row, &positions);
    QList<int> orders;
    for (const auto &[first, end] : bandsOf(section)) {
        if (std::binary_search(m_rows.cbegin() + first, m_rows.cbegin() + end, row))
            orders.append(m_orders.at(first));
    }
    for (const core::FormPosition &position : std::as_const(positions))
        orders.append(position.order());
    std::sort(orders.begin(), orders.end(), std::greater<>());
    orders.erase(std::unique(orders.begin(), orders.end()), orders.end());
    for (const int order : std::as_const(orders)) {
        const auto inBand = [order](const core::FormPosition &p) { return p.order() == order; };
        const qsizetype from
            = std::find_if(positions.cbegin(), positions.cend(), inBand) - positions.cbegin();
        const qsizetype count = std::count_if(positions.cbegin(), positions.cend(), inBand);
        const int first = placeOf(order, row);
        replaceRows(first, placeOf(order, row, true) - first, fresh.mid(from, count),
                    positions.mid(from, count));
    }
}

// Rows first..first+count-1 become `issues`: as many as both have are rewritten in place
// (announced with the rest written in place, by announceWritten()), the others removed or
// inserted. The list moves its tail once, if at all.
void ErrorListModel::replaceRows(int first, int count, const QList<FieldIssue> &issues,
                                 const QList<core::FormPosition> &positions)
{
    const int common = std::min(count, int(issues.size()));
    for (int i = 0; i < common; ++i)
        setEntry(first + i, issues.at(i), positions.at(i));
    if (common > 0) {
        m_written
            = { std::min(m_written.first, first), std::max(m_written.second, first + common - 1) };
    }
    if (count > common) {
        beginRemoveRows({}, first + common, first + count - 1);
        countEntries(first + common, first + count, -1);
        eraseEntries(first + common, count - common);
        shiftWritten(first + common, common - count);
        endRemoveRows();
    } else if (issues.size() > common) {
        beginInsertRows({}, first + common, first + int(issues.size()) - 1);
        insertEntries(first + common, issues.sliced(common), positions.sliced(common));
        shiftWritten(first + common, int(issues.size()) - common);
        endInsertRows();
    }
}

void ErrorListModel::setEntry(int row, const FieldIssue &issue, const core::FormPosition &position)
{
    countEntries(row, row + 1, -1);
    stored(row).issue = issue;
    stored(row).entry = entryOf(issue, position);
    m_rows[row] = position.row();
    m_orders[row] = position.order();
    countEntries(row, row + 1, 1);
}

ErrorListModel::Entry ErrorListModel::entryOf(const FieldIssue &issue,
                                              const core::FormPosition &position) const
{
    const core::Section section = core::formSectionOf(core::FieldPath::parse(issue.path));
    const bool repeat = !issue.isServer() && issue.code.startsWith(u"duplicate-");
    return { section, position.row(), m_generations.at(std::size_t(section)), repeat };
}

// The entries written in place and not announced yet keep their range through rows
// removed or inserted before them (`delta` rows at `at`).
void ErrorListModel::shiftWritten(int at, int delta)
{
    const auto shifted = [at, delta](int row) {
        return row >= at && row != std::numeric_limits<int>::max() ? std::max(at, row + delta)
                                                                   : row;
    };
    m_written = { shifted(m_written.first), shifted(m_written.second) };
}

// Room is made once in the list's two arrays (they move their tails as bytes), then the
// entries are stored in free slots.
void ErrorListModel::insertEntries(int first, const QList<FieldIssue> &issues,
                                   const QList<core::FormPosition> &positions)
{
    const qsizetype count = issues.size();
    m_slots.insert(first, count, -1);
    m_rows.insert(first, count, -1);
    m_orders.insert(first, count, -1);
    for (qsizetype i = 0; i < count; ++i) {
        Stored entry { issues.at(i), entryOf(issues.at(i), positions.at(i)) };
        if (m_freeSlots.isEmpty()) {
            m_slots[first + i] = int(m_store.size());
            m_store.append(std::move(entry));
        } else {
            m_slots[first + i] = m_freeSlots.takeLast();
            stored(int(first + i)) = std::move(entry);
        }
        m_rows[first + i] = positions.at(i).row();
        m_orders[first + i] = positions.at(i).order();
    }
    countEntries(first, first + int(count), 1);
}

void ErrorListModel::eraseEntries(int first, int count)
{
    for (int row = first; row < first + count; ++row) {
        stored(row) = {}; // its texts are let go now, the slot reused later
        m_freeSlots.append(m_slots.at(row));
    }
    m_slots.remove(first, count);
    m_rows.remove(first, count);
    m_orders.remove(first, count);
}

// The badges follow the entries that come and go, instead of a pass over all of them.
void ErrorListModel::countEntries(int first, int end, int sign)
{
    for (int row = first; row < end; ++row) {
        const IssueKind kind = stored(row).issue.kind;
        if (kind == IssueKind::AddressedServer)
            continue;
        const bool warning = kind == IssueKind::Warning;
        SectionCounts &counts = m_sectionCounts.at(std::size_t(stored(row).entry.section));
        (warning ? counts.warnings : counts.errors) += sign;
        (warning ? m_warningCount : m_errorCount) += sign;
    }
}

// The list runs in form order: by order, then by row; a binary search finds a place.
int ErrorListModel::placeOf(int order, int row, bool after) const
{
    int low = 0;
    int high = int(m_rows.size());
    const std::pair<int, int> wanted { order, row };
    while (low < high) {
        const int middle = low + (high - low) / 2;
        const std::pair<int, int> here { m_orders.at(middle), m_rows.at(middle) };
        if (after ? !(wanted < here) : here < wanted)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

QList<std::pair<int, int>> ErrorListModel::bandsOf(core::Section section) const
{
    QList<std::pair<int, int>> bands;
    const int size = int(m_rows.size());
    int first = placeOf(m_session->formPositionOf(keyOf(section)).order(),
                        std::numeric_limits<int>::min());
    while (first < size && stored(first).entry.section == section) {
        const int end
            = int(std::upper_bound(m_orders.cbegin() + first, m_orders.cend(), m_orders.at(first))
                  - m_orders.cbegin());
        bands.append({ first, end });
        first = end;
    }
    return bands;
}

bool ErrorListModel::isStale(int row) const
{
    const Entry &entry = stored(row).entry;
    return m_rows.at(row) >= 0
        && (entry.written != m_rows.at(row)
            || (entry.repeat && entry.generation != m_generations.at(std::size_t(entry.section))));
}

// Asks the session for the row's issues, and writes those of the entry's band: a row
// command leaves the texts of the rows after it as they were, to be written here for the
// rows a view shows.
void ErrorListModel::writeTexts(int row) const
{
    if (m_updating || !isStale(row))
        return;
    const Entry &entry = stored(row).entry;
    const int order = m_orders.at(row);
    const int number = m_rows.at(row);
    const int generation = m_generations.at(std::size_t(entry.section));
    QList<core::FormPosition> positions;
    const QList<FieldIssue> fresh = m_session->rowIssues(keyOf(entry.section), number, &positions);
    int at = placeOf(order, number);
    const int end = placeOf(order, number, true);
    for (qsizetype i = 0; i < fresh.size() && at < end; ++i) {
        if (positions.at(i).order() != order)
            continue;
        stored(at).issue = fresh.at(i);
        stored(at).entry.written = number;
        stored(at).entry.generation = generation;
        ++at;
    }
}

} // namespace leadopp::ui
