// The issue half of SectionTableModel: when the session's issues change, the views hear of
// the cells and row headers whose issues changed, not of every row. Told of every row, the
// sort proxy looks at each of them and the view repaints all it shows: milliseconds on
// every edit that raises or clears a problem, growing with the rows.
#include "ui/models/sectiontablemodel.h"

#include "core/document/document.h"
#include "ui/session/editsession.h"
#include "ui/session/rowfindings.h"

#include <algorithm>

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
// (a few hundred instructions each), where announcing every row grew with the rows.
SectionTableModel::IssueDigests SectionTableModel::issueDigestsNow() const
{
    IssueDigests digests;
    digests.reserve(m_issueDigests.size() + 1);
    const qsizetype from = m_key.size();
    m_session->visitRowFindings(m_key, [&](int row, const core::Finding &finding) {
        addIssue(digests, row, finding.path, from, int(finding.severity));
    });
    const core::Document *document = m_session->document();
    const QList<core::FieldError> &errors = document->serverErrors();
    IssueDigests server;
    for (int i = 0; i < errors.size(); ++i) {
        const int row = RowFindings::rowOfPath(m_key, errors.at(i).path);
        if (row >= 0)
            addIssue(server, row, errors.at(i).path, from, document->isAddressed(i) ? -2 : -1);
    }
    // The findings come row by row in ascending order; a row's server errors join its
    // entry, in the order the server listed them.
    digests.append(server);
    if (!std::is_sorted(digests.cbegin(), digests.cend(), byRow))
        std::stable_sort(digests.begin(), digests.end(), byRow);
    foldSameRows(digests);
    return digests;
}

void SectionTableModel::onIssuesChanged()
{
    // The session learns of a row change before this model: its news waits for our end call.
    if (m_changingRows) {
        m_issuesPending = true;
        return;
    }
    IssueDigests now = issueDigestsNow();
    QList<int> cells;
    QList<int> headers;
    const auto compare = [&](int row, const Digest &before, const Digest &after) {
        if (before.cells != after.cells)
            cells.append(row);
        if (before.header != after.header)
            headers.append(row);
    };
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
    announceIssueRows(std::move(cells), std::move(headers));
}

void SectionTableModel::shiftIssueDigests(const RowShift &shift)
{
    IssueDigests shifted;
    shifted.reserve(m_issueDigests.size());
    for (const auto &[row, digest] : std::as_const(m_issueDigests)) {
        const int now = shift.newRow(row);
        if (now >= 0)
            shifted.emplaceBack(now, digest);
    }
    // Inserts and removes keep the order; only a move reorders its span.
    if (shift.kind == RowShift::Kind::Move)
        std::sort(shifted.begin(), shifted.end(), byRow);
    m_issueDigests = std::move(shifted);
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
