// Where the findings are kept: those outside rows by path, those on rows by row
// (RowFindings), and the list of all in form order, gathered when read after a change.
#include "ui/session/livevalidation.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/formposition.h"

#include <algorithm>

namespace leadopp::ui {

core::FormPosition LiveValidation::positionOf(const QString &path) const
{
    auto it = m_positions.constFind(path);
    if (it == m_positions.cend())
        it = m_positions.insert(path, core::FormPosition::of(path));
    return *it;
}

void LiveValidation::setAll(const QList<core::Finding> &findings)
{
    m_other.clear();
    m_rowFindings.clear();
    for (const core::Finding &finding : findings)
        add(finding);
    sortOther();
}

RowFindings *LiveValidation::rowPlaceOf(const QString &path, int &row)
{
    const RowFindings::Place place = RowFindings::placeOfPath(path);
    row = place.row;
    return row >= 0 ? rowFindingsOf(place.section) : nullptr;
}

void LiveValidation::add(const core::Finding &finding)
{
    int row = -1;
    if (RowFindings *rows = rowPlaceOf(finding.path, row))
        rows->add(row, finding);
    else
        m_other.append(finding);
}

// Stably by form position, each finding's position looked up once rather than at every
// comparison (a hashed path each): the Problems list asks for all findings after every row
// command, a thousand of them at 50,000 rows.
void LiveValidation::sortByPosition(QList<core::Finding> &findings) const
{
    QList<std::pair<core::FormPosition, qsizetype>> order;
    order.reserve(findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        order.append({ positionOf(findings.at(i).path), i });
    // Ties keep the order they came in: the index decides, as a stable sort would.
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return a.first < b.first || (a.first == b.first && a.second < b.second);
    });
    QList<core::Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto &placed : std::as_const(order))
        sorted.append(std::move(findings[placed.second]));
    findings = std::move(sorted);
}

// The findings outside rows in form order, found again by path.
void LiveValidation::sortOther()
{
    sortByPosition(m_other);
    m_otherByPath.clear();
    for (const core::Finding &finding : std::as_const(m_other))
        m_otherByPath[finding.path].append(finding);
    markChanged();
}

RowFindings *LiveValidation::rowFindingsOf(const QString &section)
{
    const auto found = m_rowFindings.find(section);
    if (found != m_rowFindings.end())
        return &found->second;
    const core::SectionSpec *spec = core::FieldCatalogue::sectionByKey(section);
    if (!spec || !spec->isArray || spec->key != section)
        return nullptr;
    return &m_rowFindings.try_emplace(section, section).first->second;
}

const RowFindings *LiveValidation::rowsOfPath(const QString &path, int &row) const
{
    const RowFindings::Place place = RowFindings::placeOfPath(path);
    const auto found = place.row >= 0 ? m_rowFindings.find(place.section) : m_rowFindings.end();
    if (found == m_rowFindings.end())
        return nullptr;
    row = place.row;
    return &found->second;
}

void LiveValidation::visitRowFindings(
    const QString &section, const std::function<void(int, const core::Finding &)> &visitor) const
{
    const auto found = m_rowFindings.find(section);
    if (found != m_rowFindings.end())
        found->second.visit(visitor);
}

void LiveValidation::visitRowFindings(
    const QString &section, int row,
    const std::function<void(int, const core::Finding &)> &visitor) const
{
    const auto found = m_rowFindings.find(section);
    if (found != m_rowFindings.end())
        found->second.visitRow(row, visitor);
}

QList<core::Finding> LiveValidation::findingsOfRow(const QString &section, int row) const
{
    const auto found = m_rowFindings.find(section);
    return found != m_rowFindings.end() ? found->second.findingsOf(row) : QList<core::Finding>();
}

QList<core::Finding> LiveValidation::findingsAt(const QString &path) const
{
    int row = -1;
    const RowFindings *rows = rowsOfPath(path, row);
    if (!rows)
        return m_otherByPath.value(path);
    QList<core::Finding> found = rows->findingsOf(row);
    found.removeIf([&path](const core::Finding &finding) { return finding.path != path; });
    return found;
}

bool LiveValidation::hasFindingsAt(const QString &path) const
{
    int row = -1;
    const RowFindings *rows = rowsOfPath(path, row);
    if (!rows)
        return m_otherByPath.contains(path);
    const QList<core::Finding> found = rows->findingsOf(row);
    return std::any_of(found.cbegin(), found.cend(),
                       [&path](const core::Finding &finding) { return finding.path == path; });
}

// Gathered only when read after a change: a row command leaves the texts of the rows it
// renumbered to be written here, or by the views for the rows they show.
const QList<core::Finding> &LiveValidation::findings() const
{
    if (!m_orderedStale)
        return m_ordered;
    QList<core::Finding> all = m_other;
    for (const auto &section : m_rowFindings)
        section.second.appendAll(all);
    if (m_positions.size() > 2 * all.size() + 64)
        m_positions.clear(); // the cache only saves work for paths still in use
    sortByPosition(all);
    m_ordered = std::move(all);
    m_orderedStale = false;
    return m_ordered;
}

} // namespace leadopp::ui
