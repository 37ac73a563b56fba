#include "ui/session/rowfindings.h"

#include "core/catalogue/fieldcatalogue.h"

#include <algorithm>
#include <optional>

namespace leadopp::ui {

namespace {

// From `from` on, each number takes its new value: a tight pass over plain integers, the
// kind of shift chosen once rather than per number (and no pass over an empty list, which a
// non-const walk would allocate).
void renumber(QList<int> &numbers, qsizetype from, const RowShift &shift)
{
    if (from >= numbers.size())
        return;
    int *const data = numbers.data();
    const qsizetype size = numbers.size();
    const int first = shift.first;
    const int count = shift.last - shift.first + 1;
    if (shift.kind == RowShift::Kind::Insert) {
        for (qsizetype i = from; i < size; ++i)
            data[i] += data[i] >= first ? count : 0;
    } else if (shift.kind == RowShift::Kind::Remove) {
        for (qsizetype i = from; i < size; ++i)
            data[i] = data[i] < first ? data[i] : (data[i] <= shift.last ? -1 : data[i] - count);
    } else {
        for (qsizetype i = from; i < size; ++i)
            data[i] = shift.newRow(data[i]);
    }
}

} // namespace

int RowShift::oldCount(int newCount) const
{
    const int count = last - first + 1;
    return kind == Kind::Insert ? newCount - count
                                : (kind == Kind::Remove ? newCount + count : newCount);
}

RowFindings::RowFindings(QString section)
    : m_section(std::move(section)), m_rule(core::validation::duplicateRuleOf(m_section))
{ }

RowFindings::Place RowFindings::placeOfPath(const QString &path)
{
    const qsizetype bracket = path.indexOf(u'[');
    const qsizetype dot = path.indexOf(u'.');
    if (bracket <= 0 || (dot >= 0 && dot < bracket))
        return {};
    Place place { path.left(bracket) };
    place.row = rowOfPath(place.section, path);
    return place;
}

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
    return std::lower_bound(m_numbers.cbegin(), m_numbers.cend(), row) - m_numbers.cbegin();
}

qsizetype RowFindings::rowEntry(int row)
{
    const qsizetype at = find(row);
    if (at == m_numbers.size() || m_numbers.at(at) != row) {
        m_numbers.insert(at, row);
        m_rows.insert(at, Row { row, {}, {} });
    }
    return at;
}

void RowFindings::add(int row, const core::Finding &finding)
{
    const qsizetype at = rowEntry(row);
    render(at);
    Row &entry = m_rows[at];
    if (!finding.rule.startsWith(QLatin1String("duplicate-"))) {
        entry.own.append(finding);
        return;
    }
    entry.repeats.append({ -1, -1, finding });
    ++m_unplacedRepeats;
}

void RowFindings::render(qsizetype at) const
{
    Row &entry = m_rows[at];
    const int row = m_numbers.at(at);
    if (entry.renumbered != row) {
        for (core::Finding &finding : entry.own)
            finding = movedToRow(std::move(finding), row);
    }
    // Walked only when there are some: a non-const walk of an empty QList allocates one.
    for (qsizetype i = 0; i < entry.repeats.size(); ++i) {
        Repeat &repeat = entry.repeats[i];
        const int first = firstOf(repeat);
        if (repeat.written >= 0 && first >= 0
            && (entry.renumbered != row || repeat.written != first)) {
            repeat.finding = core::validation::repeatFinding(*m_rule, row, first);
            repeat.written = first;
        }
    }
    entry.renumbered = row;
}

QList<core::Finding> RowFindings::findingsOf(int row) const
{
    const qsizetype at = find(row);
    if (at == m_numbers.size() || m_numbers.at(at) != row)
        return {};
    render(at);
    QList<core::Finding> found = m_rows.at(at).own;
    for (const Repeat &repeat : m_rows.at(at).repeats)
        found.append(repeat.finding);
    return found;
}

void RowFindings::appendAll(QList<core::Finding> &out) const
{
    for (qsizetype at = 0; at < m_rows.size(); ++at) {
        render(at);
        out += m_rows.at(at).own;
        for (const Repeat &repeat : m_rows.at(at).repeats)
            out.append(repeat.finding);
    }
}

void RowFindings::visit(const std::function<void(int, const core::Finding &)> &visitor) const
{
    for (qsizetype at = 0; at < m_rows.size(); ++at)
        visitEntry(at, visitor);
}

void RowFindings::visitRow(int row,
                           const std::function<void(int, const core::Finding &)> &visitor) const
{
    const qsizetype at = find(row);
    if (at < m_numbers.size() && m_numbers.at(at) == row)
        visitEntry(at, visitor);
}

void RowFindings::visitEntry(qsizetype at,
                             const std::function<void(int, const core::Finding &)> &visitor) const
{
    for (const core::Finding &finding : m_rows.at(at).own)
        visitor(m_numbers.at(at), finding);
    for (const Repeat &repeat : m_rows.at(at).repeats)
        visitor(m_numbers.at(at), repeat.finding);
}

void RowFindings::removeIf(const std::function<bool(const core::Finding &)> &drop)
{
    for (qsizetype at = m_rows.size() - 1; at >= 0; --at) {
        render(at);
        Row &entry = m_rows[at];
        entry.own.removeIf(drop);
        entry.repeats.removeIf([&](const Repeat &repeat) {
            if (!drop(repeat.finding))
                return false;
            release(repeat);
            return true;
        });
        dropEmpty(at);
    }
}

void RowFindings::dropEmpty(qsizetype at)
{
    if (m_rows.at(at).own.isEmpty() && m_rows.at(at).repeats.isEmpty()) {
        m_numbers.removeAt(at);
        m_rows.removeAt(at);
    }
}

void RowFindings::setOwn(int row, const QList<core::Finding> &findings)
{
    const qsizetype at = rowEntry(row);
    render(at);
    m_rows[at].own = findings;
    dropEmpty(at);
}

void RowFindings::eraseRows(qsizetype at, qsizetype count)
{
    for (qsizetype i = at; i < at + count; ++i) {
        for (const Repeat &repeat : std::as_const(m_rows.at(i).repeats))
            release(repeat);
    }
    m_numbers.remove(at, count);
    m_rows.remove(at, count);
}

// Numbers ascend with the rows but for a moved row's: it is taken out and put back in
// its place. Rows before the shift keep their numbers, and so do the rows they repeat
// (a duplicate repeats an earlier row); a repeated row that is removed reads -1, gone.
bool RowFindings::shift(const RowShift &shift)
{
    const int from = std::min(shift.first, shift.last);
    std::optional<Row> moved;
    const qsizetype movedAt = find(shift.first);
    if (shift.kind == RowShift::Kind::Move && movedAt < m_numbers.size()
        && m_numbers.at(movedAt) == shift.first) {
        moved = m_rows.takeAt(movedAt);
        m_numbers.removeAt(movedAt);
    }
    const qsizetype at = find(from);
    const bool changed = moved || at < m_numbers.size();
    renumber(m_numbers, at, shift);
    renumber(m_firsts, 0, shift);
    // The removed rows' findings, consecutive from `at`, go with them.
    const auto kept
        = std::find_if(m_numbers.cbegin() + at, m_numbers.cend(), [](int row) { return row >= 0; });
    eraseRows(at, kept - (m_numbers.cbegin() + at));
    if (moved) {
        const qsizetype to = find(shift.last);
        m_numbers.insert(to, shift.last);
        m_rows.insert(to, std::move(*moved));
    }
    return changed;
}

} // namespace leadopp::ui
