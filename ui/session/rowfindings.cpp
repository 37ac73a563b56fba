#include "ui/session/rowfindings.h"

#include "core/catalogue/fieldcatalogue.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace leadopp::ui {

int RowShift::oldCount(int newCount) const
{
    const int count = last - first + 1;
    return kind == Kind::Insert ? newCount - count
                                : (kind == Kind::Remove ? newCount + count : newCount);
}

RowFindings::RowFindings(QString section)
    : m_section(std::move(section)), m_rule(core::validation::duplicateRuleOf(m_section))
{ }

// Read off the canonical path text: it runs for every finding a view or a lookup asks for.
int RowFindings::rowOfPath(const QString &section, const QString &path)
{
    if (!path.startsWith(section) || path.size() <= section.size()
        || path.at(section.size()) != u'[')
        return -1;
    const qsizetype close = path.indexOf(u']', section.size());
    bool ok = false;
    const int row
        = QStringView(path).sliced(section.size() + 1, close - section.size() - 1).toInt(&ok);
    return ok && close > 0 && row >= 0 ? row : -1;
}

core::Finding RowFindings::movedToRow(core::Finding finding, int row)
{
    const core::FieldPath found = core::FieldPath::parse(finding.path);
    QList<core::FieldPath::Segment> segments = found.segments();
    segments[1] = row;
    const core::FieldPath moved(segments);
    const QString movedPath = moved.toString();
    // Messages name the field with its row number, by label or, for an unknown member, by
    // its path. The row's own label is a prefix of the field's ("Offer line 1" of "Offer
    // line 1 · Offer"): replaced only where the field's is not named, or "Offer line 124"
    // would become "Offer line 12424".
    const QString fieldLabel = core::FieldCatalogue::labelForPath(finding.path);
    if (finding.message.contains(fieldLabel))
        finding.message.replace(fieldLabel, core::FieldCatalogue::labelForPath(movedPath));
    else
        finding.message.replace(core::FieldCatalogue::labelForPath(found.left(2).toString()),
                                core::FieldCatalogue::labelForPath(moved.left(2).toString()));
    finding.message.replace(u'"' + finding.path + u'"', u'"' + movedPath + u'"');
    finding.path = movedPath;
    return finding;
}

qsizetype RowFindings::find(int row) const
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [](const Row &entry, int r) { return entry.row < r; });
    return at - m_rows.cbegin();
}

RowFindings::Row &RowFindings::rowEntry(int row)
{
    const qsizetype at = find(row);
    if (at == m_rows.size() || m_rows.at(at).row != row)
        m_rows.insert(at, Row { row, row, {}, {} });
    return m_rows[at];
}

void RowFindings::add(int row, const core::Finding &finding)
{
    Row &entry = rowEntry(row);
    render(entry);
    if (!finding.rule.startsWith(QLatin1String("duplicate-"))) {
        entry.own.append(finding);
        return;
    }
    entry.repeats.append({ -1, -1, finding });
    ++m_unplacedRepeats;
}

void RowFindings::render(Row &entry) const
{
    if (entry.renumbered != entry.row) {
        for (core::Finding &finding : entry.own)
            finding = movedToRow(std::move(finding), entry.row);
    }
    // Walked only when there are some: a non-const walk of an empty QList allocates one.
    for (qsizetype i = 0; i < entry.repeats.size(); ++i) {
        Repeat &repeat = entry.repeats[i];
        if (repeat.written >= 0 && repeat.first >= 0
            && (entry.renumbered != entry.row || repeat.written != repeat.first)) {
            repeat.finding = core::validation::repeatFinding(*m_rule, entry.row, repeat.first);
            repeat.written = repeat.first;
        }
    }
    entry.renumbered = entry.row;
}

QList<core::Finding> RowFindings::findingsOf(int row) const
{
    const qsizetype at = find(row);
    if (at == m_rows.size() || m_rows.at(at).row != row)
        return {};
    Row &entry = m_rows[at];
    render(entry);
    QList<core::Finding> found = entry.own;
    for (const Repeat &repeat : entry.repeats)
        found.append(repeat.finding);
    return found;
}

void RowFindings::appendAll(QList<core::Finding> &out) const
{
    for (Row &entry : m_rows) {
        render(entry);
        out += entry.own;
        for (const Repeat &repeat : entry.repeats)
            out.append(repeat.finding);
    }
}

void RowFindings::visit(const std::function<void(int, const core::Finding &)> &visitor) const
{
    for (const Row &entry : std::as_const(m_rows)) {
        for (const core::Finding &finding : entry.own)
            visitor(entry.row, finding);
        for (const Repeat &repeat : entry.repeats)
            visitor(entry.row, repeat.finding);
    }
}

void RowFindings::removeIf(const std::function<bool(const core::Finding &)> &drop)
{
    for (qsizetype at = m_rows.size() - 1; at >= 0; --at) {
        Row &entry = m_rows[at];
        render(entry);
        entry.own.removeIf(drop);
        entry.repeats.removeIf([&](const Repeat &repeat) {
            if (!drop(repeat.finding))
                return false;
            m_unplacedRepeats -= repeat.written < 0;
            return true;
        });
        dropEmpty(at);
    }
}

void RowFindings::dropEmpty(qsizetype at)
{
    if (m_rows.at(at).own.isEmpty() && m_rows.at(at).repeats.isEmpty())
        m_rows.removeAt(at);
}

void RowFindings::setOwn(int row, const QList<core::Finding> &findings)
{
    Row &entry = rowEntry(row);
    render(entry);
    entry.own = findings;
    dropEmpty(find(row));
}

void RowFindings::clearRepeats(qsizetype at)
{
    for (const Repeat &repeat : std::as_const(m_rows.at(at).repeats))
        m_unplacedRepeats -= repeat.written < 0;
    m_rows[at].repeats.clear();
    dropEmpty(at);
}

// Texts are written when read (render()): a command that renumbers or regroups many rows
// writes none of them, and a view asks only for the rows it shows.
void RowFindings::addRepeats(const QList<core::validation::Repeat> &repeats)
{
    for (const core::validation::Repeat &repeat : repeats) {
        Row &entry = rowEntry(repeat.row);
        render(entry);
        entry.repeats.append({ repeat.first, kNotWritten, {} });
    }
}

QList<int> RowFindings::repeatedBy(qsizetype at) const
{
    QList<int> firsts;
    if (at < m_rows.size()) {
        for (const Repeat &repeat : m_rows.at(at).repeats)
            firsts.append(repeat.first);
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
        const bool present = at < m_rows.size() && m_rows.at(at).row == row;
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
    addRepeats(repeats);
}

// The repeated rows at or after `from` follow the shift. Walked only when there are some: a
// non-const walk of an empty QList allocates one, and most rows with findings have none.
void RowFindings::renumberRepeats(QList<Repeat> &repeats, const RowShift &shift, int from)
{
    if (repeats.isEmpty())
        return;
    for (Repeat &repeat : repeats)
        repeat.first = repeat.first < from ? repeat.first : shift.newRow(repeat.first);
}

// Numbers ascend with the rows but for a moved row's: it is taken out and put back in
// its place. Rows before the shift keep their numbers, and so do the rows they repeat.
bool RowFindings::shift(const RowShift &shift)
{
    const int from = std::min(shift.first, shift.last);
    std::optional<Row> moved;
    const qsizetype movedAt = find(shift.first);
    if (shift.kind == RowShift::Kind::Move && movedAt < m_rows.size()
        && m_rows.at(movedAt).row == shift.first)
        moved = m_rows.takeAt(movedAt);
    const qsizetype at = find(from);
    const bool changed = moved || at < m_rows.size();
    // Every row with findings after the shift takes its new number: a tight walk, one
    // integer per row (and the repeats of the few rows that have some).
    Row *const rows = m_rows.data();
    qsizetype gone = 0; // the removed rows' findings, consecutive, go with them
    for (qsizetype i = at; i < m_rows.size(); ++i) {
        rows[i].row = shift.newRow(rows[i].row);
        if (!rows[i].repeats.isEmpty())
            renumberRepeats(rows[i].repeats, shift, from);
        gone += rows[i].row < 0;
    }
    for (qsizetype i = at; i < at + gone; ++i) {
        for (const Repeat &repeat : std::as_const(m_rows.at(i).repeats))
            m_unplacedRepeats -= repeat.written < 0;
    }
    m_rows.remove(at, gone);
    if (moved) {
        moved->row = shift.last;
        renumberRepeats(moved->repeats, shift, from);
        m_rows.insert(find(moved->row), std::move(*moved));
    }
    return changed;
}

} // namespace leadopp::ui
