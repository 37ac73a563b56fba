// The issue half of SectionTableModel: when the session's issues change, the views hear of
// the cells and row headers whose issues changed, not of every row. Told of every row, the
// sort proxy looks at each of them and the view repaints all it shows: milliseconds on
// every edit that raises or clears a problem, growing with the rows.
#include "ui/models/sectiontablemodel.h"

#include "core/document/document.h"
#include "ui/session/editsession.h"
#include "ui/session/rowfindings.h"

#include <algorithm>
#include <optional>

namespace leadopp::ui {

namespace {

using Digest = RowIssueDigest;

// Up to this many rows, issue news goes cell by cell: a view repaints one cell for a
// one-cell change, but all it shows for any larger range.
constexpr qsizetype kCellByCellRows = 8;

bool byRow(const std::pair<int, Digest> &a, const std::pair<int, Digest> &b)
{
    return a.first < b.first;
}

// Adds an issue at `path` (in row `row`, its "]" past `from`) to the digests, whose last
// entry is the row's if it has one: issues come row by row.
void addIssue(QList<std::pair<int, Digest>> &digests, int row, const QString &path, qsizetype from,
              int kind)
{
    if (digests.isEmpty() || digests.last().first != row)
        digests.emplaceBack(row, Digest {});
    const QStringView inRow = QStringView(path).sliced(path.indexOf(u']', from) + 1);
    size_t &digest = inRow.isEmpty() ? digests.last().second.header : digests.last().second.cells;
    digest = qHashMulti(digest, inRow, kind);
}

// Joins the entries of a row (its findings', then its server errors') into one.
void foldSameRows(QList<std::pair<int, Digest>> &digests)
{
    qsizetype kept = 0;
    for (qsizetype i = 1; i < digests.size(); ++i) {
        Digest &into = digests[kept].second;
        if (digests.at(i).first == digests.at(kept).first) {
            into.cells = qHashMulti(into.cells, digests.at(i).second.cells);
            into.header = qHashMulti(into.header, digests.at(i).second.header);
        } else {
            digests[++kept] = digests.at(i);
        }
    }
    digests.resize(digests.isEmpty() ? 0 : kept + 1);
}

void sortUnique(QList<int> &rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
}

} // namespace

// What the table paints of an issue is where in its row it lies and how bad it is: the
// cell, its icon, tint and text colour. Its text is read when it shows (tool tip, screen
// reader) and names the row's number, which every row command changes for the rows after
// it: the digest leaves it out, so a row command does not announce every flagged row below
// the changed one. This walk is the cost of an issue change that grows with the findings
// (a few hundred instructions each), where announcing every row grew with the rows; after
// a row command only the rows the session names are looked at again.
SectionTableModel::IssueDigests SectionTableModel::issueDigestsNow(int onlyRow) const
{
    IssueDigests digests;
    const qsizetype from = m_key.size();
    const auto add = [&](int row, const core::Finding &finding) {
        addIssue(digests, row, finding.path, from, int(finding.severity));
    };
    if (onlyRow < 0) {
        digests.reserve(m_issueDigests.size() + 1);
        m_session->visitRowFindings(m_key, add);
    } else {
        m_session->visitRowFindings(m_key, onlyRow, add);
    }
    // The findings come row by row in ascending order; a row's server errors join its entry.
    digests.append(serverDigests(onlyRow));
    if (!std::is_sorted(digests.cbegin(), digests.cend(), byRow))
        std::stable_sort(digests.begin(), digests.end(), byRow);
    foldSameRows(digests);
    return digests;
}

// The server errors on the section's rows (on row `onlyRow` alone, unless it is -1), a row's
// together in the order the server listed them.
SectionTableModel::IssueDigests SectionTableModel::serverDigests(int onlyRow) const
{
    const core::Document *document = m_session->document();
    const QList<core::FieldError> &errors = document->serverErrors();
    QList<std::pair<int, int>> placed; // row, error
    for (int i = 0; i < errors.size(); ++i) {
        const int row = RowFindings::rowOfPath(m_key, errors.at(i).path);
        if (row >= 0 && (onlyRow < 0 || row == onlyRow))
            placed.append({ row, i });
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    IssueDigests server;
    for (const auto &[row, i] : std::as_const(placed))
        addIssue(server, row, errors.at(i).path, m_key.size(), document->isAddressed(i) ? -2 : -1);
    return server;
}

// issueDigestsNow() for one row: empty when it has no issue.
std::optional<RowIssueDigest> SectionTableModel::rowDigest(int row) const
{
    const IssueDigests digests = issueDigestsNow(row);
    return digests.isEmpty() ? std::nullopt : std::optional(digests.first().second);
}

void SectionTableModel::onIssuesChanged()
{
    // The session learns of a row change before this model: its news waits for our end call.
    if (m_changingRows) {
        m_issuesPending = true;
        return;
    }
    QList<int> cells;
    QList<int> headers;
    const auto compare = [&](int row, const Digest &before, const Digest &after) {
        if (before.cells != after.cells)
            cells.append(row);
        if (before.header != after.header)
            headers.append(row);
    };
    // News of another section's changes nothing here.
    const EditSession::IssueNews &news = m_session->lastIssueNews();
    if (news.isAnywhere() || news.section == m_key) {
        if (news.rows)
            updateRowDigests(*news.rows, compare);
        else
            compareAllDigests(compare);
    }
    announceIssueRows(std::move(cells), std::move(headers));
}

void SectionTableModel::updateRowDigests(const QList<int> &rows, const DigestCompare &compare)
{
    for (const int row : rows) {
        const std::optional<Digest> now = rowDigest(row);
        auto at = std::lower_bound(m_issueDigests.begin(), m_issueDigests.end(),
                                   std::pair<int, Digest>(row, {}), byRow);
        const bool had = at != m_issueDigests.end() && at->first == row;
        compare(row, had ? at->second : Digest {}, now.value_or(Digest {}));
        if (now && had)
            at->second = *now;
        else if (now)
            m_issueDigests.insert(at, { row, *now });
        else if (had)
            m_issueDigests.erase(at);
    }
}

void SectionTableModel::compareAllDigests(const DigestCompare &compare)
{
    IssueDigests now = issueDigestsNow();
    auto old = m_issueDigests.cbegin();
    auto fresh = now.cbegin();
    while (old != m_issueDigests.cend() || fresh != now.cend()) {
        if (fresh == now.cend() || (old != m_issueDigests.cend() && old->first < fresh->first)) {
            compare(old->first, old->second, {});
            ++old;
        } else if (old == m_issueDigests.cend() || fresh->first < old->first) {
            compare(fresh->first, {}, fresh->second);
            ++fresh;
        } else {
            compare(fresh->first, (old++)->second, fresh->second);
            ++fresh;
        }
    }
    m_issueDigests = std::move(now);
}

// In place, touching only the entries from the first row the command moves: plain integers,
// a few hundred of them after the changed row at most.
void SectionTableModel::shiftIssueDigests(const RowShift &shift)
{
    const auto rowAt = [this](int row) {
        return std::lower_bound(m_issueDigests.begin(), m_issueDigests.end(),
                                std::pair<int, Digest>(row, {}), byRow);
    };
    if (shift.kind == RowShift::Kind::Remove)
        m_issueDigests.erase(rowAt(shift.first), rowAt(shift.last + 1));
    std::optional<std::pair<int, Digest>> moved;
    if (shift.kind == RowShift::Kind::Move) {
        const auto at = rowAt(shift.first);
        if (at != m_issueDigests.end() && at->first == shift.first) {
            moved = { shift.last, at->second };
            m_issueDigests.erase(at);
        }
    }
    const int from
        = shift.kind == RowShift::Kind::Move ? std::min(shift.first, shift.last) : shift.first;
    for (auto it = rowAt(from); it != m_issueDigests.end(); ++it)
        it->first = shift.newRow(it->first);
    if (moved)
        m_issueDigests.insert(rowAt(moved->first), *moved);
}

// A header change makes the view lay out all it shows again, so only rows whose own
// issues changed are announced to the headers; cells go one by one for a few rows.
void SectionTableModel::announceIssueRows(QList<int> rows, QList<int> headers)
{
    const auto gone = [this](int row) { return row >= m_rowCount; };
    sortUnique(rows);
    rows.removeIf(gone);
    const QList<int> roles { Qt::DecorationRole, Qt::ToolTipRole, Qt::BackgroundRole,
                             Qt::ForegroundRole, ErrorRole,       IssueKindRole };
    const int lastColumn = columnCount() - 1;
    if (rows.size() <= kCellByCellRows) {
        for (const int row : std::as_const(rows)) {
            for (int column = 0; column <= lastColumn; ++column)
                Q_EMIT dataChanged(index(row, column), index(row, column), roles);
        }
    } else {
        Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), lastColumn), roles);
    }
    sortUnique(headers);
    headers.removeIf(gone);
    if (!headers.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, headers.first(), headers.last());
}

} // namespace leadopp::ui
