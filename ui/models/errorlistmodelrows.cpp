// The row-command half of ErrorListModel: the entries on the rows of an array section
// follow an insert, remove or move there (integers renumbered, the removed row's entries
// removed, the moved row's moved), and only the rows the session names are read again.
#include "ui/models/errorlistmodel.h"

#include "core/document/document.h"
#include "ui/session/rowfindings.h"

#include <algorithm>
#include <limits>

namespace leadopp::ui {

void ErrorListModel::connectDocument(const core::Document *document)
{
    using D = core::Document;
    const auto begin = [this](core::Section section) { beginRowCommand(section); };
    connect(document, &D::rowsAboutToBeInserted, this, begin);
    connect(document, &D::rowsAboutToBeRemoved, this, begin);
    connect(document, &D::rowAboutToBeMoved, this, begin);
    connect(document, &D::rowsInserted, this, [this](core::Section section, int first, int last) {
        endRowCommand(section, { RowShift::Kind::Insert, first, last });
    });
    connect(document, &D::rowsRemoved, this, [this](core::Section section, int first, int last) {
        endRowCommand(section, { RowShift::Kind::Remove, first, last });
    });
    connect(document, &D::rowMoved, this, [this](core::Section section, int from, int to) {
        endRowCommand(section, { RowShift::Kind::Move, from, to });
    });
}

void ErrorListModel::onIssuesChanged()
{
    const EditSession::IssueNews &news = m_session->lastIssueNews();
    // The session learns of a row command before this model: its news waits for the
    // command's end, when the entries have followed their rows.
    if (m_changingRows) {
        m_issuesPending = true;
        m_wholePending = m_wholePending || news.section.isEmpty();
        return;
    }
    applyNews(news, false);
    announceWritten();
    Q_EMIT countsChanged();
}

void ErrorListModel::beginRowCommand(core::Section)
{
    m_changingRows = true;
}

// Until the news is in, the entries after the changed row are renumbered but some rows'
// are not read yet: no text is written from the session meanwhile.
void ErrorListModel::endRowCommand(core::Section section, const RowShift &shift)
{
    m_updating = true;
    shiftEntries(section, shift);
    m_changingRows = false;
    if (std::exchange(m_issuesPending, false)) {
        const bool whole = std::exchange(m_wholePending, false);
        applyNews(whole ? EditSession::IssueNews {} : m_session->lastIssueNews(), true);
    }
    m_updating = false;
    announceRenumbered(section, std::min(shift.first, shift.last));
    Q_EMIT countsChanged();
}

// `section` set with rows: those rows changed (after a row command, besides moving with
// it, and then the section's own issues may have gained or lost a removed row's server
// errors); anything else: the whole list is compared again.
void ErrorListModel::applyNews(const EditSession::IssueNews &news, bool afterRowCommand)
{
    const core::SectionSpec *spec
        = news.section.isEmpty() ? nullptr : core::FieldCatalogue::sectionByKey(news.section);
    if (spec && spec->isArray && news.rows) {
        for (const int row : *news.rows)
            replaceRowIssues(spec->section, row);
        if (afterRowCommand)
            replaceRowIssues(spec->section, -1);
    } else {
        rebuild();
    }
}

// A tight pass over the row numbers of the section's entries: the removed row's entries
// go first, and the moved row's move to their place after it.
void ErrorListModel::shiftEntries(core::Section section, const RowShift &shift)
{
    ++m_generations.at(std::size_t(section));
    if (shift.kind == RowShift::Kind::Remove) {
        QList<std::pair<int, int>> runs;
        for (const auto &[first, end] : bandsOf(section)) {
            const int order = m_entries.at(first).order;
            runs.append({ placeOf(order, shift.first), placeOf(order, shift.last, true) });
        }
        removeRowEntries(runs);
    }
    const QList<std::pair<int, int>> bands = bandsOf(section);
    const int from = std::min(shift.first, shift.last);
    int *const rows = m_rows.data();
    for (int at = bands.isEmpty() ? 0 : bands.first().first,
             end = bands.isEmpty() ? 0 : bands.last().second;
         at < end; ++at) {
        if (rows[at] >= from)
            rows[at] = shift.newRow(rows[at]);
    }
    if (shift.kind == RowShift::Kind::Move)
        moveRowEntries(bands, shift);
}

// The entries of the rows from `from` on read old numbers until a view reads them
// (writeTexts()), and a duplicate anywhere may name a moved row: one dataChanged tells of
// them all.
void ErrorListModel::announceRenumbered(core::Section section, int from)
{
    const QList<std::pair<int, int>> bands = bandsOf(section);
    if (bands.isEmpty()) {
        announceWritten();
        return;
    }
    const int end = bands.last().second;
    const int *const rows = m_rows.constData();
    const int first = int(std::find_if(rows + bands.first().first, rows + end,
                                       [from](int row) { return row >= from; })
                          - rows);
    announceWritten(first, end - 1);
}

void ErrorListModel::removeRowEntries(const QList<std::pair<int, int>> &runs)
{
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        if (run->first == run->second)
            continue;
        beginRemoveRows({}, run->first, run->second - 1);
        countEntries(run->first, run->second, -1);
        eraseEntries(run->first, run->second - run->first);
        shiftWritten(run->first, run->first - run->second);
        endRemoveRows();
    }
}

// In each band the moved row's entries, renumbered with the rest, go where their new
// number belongs; the view's selection goes with them.
void ErrorListModel::moveRowEntries(const QList<std::pair<int, int>> &bands, const RowShift &shift)
{
    const bool down = shift.last > shift.first;
    for (const auto &[bandFirst, bandEnd] : bands) {
        const int *const rows = m_rows.constData();
        const auto moved = [&](int row) { return row == shift.last; };
        const int first = int(std::find_if(rows + bandFirst, rows + bandEnd, moved) - rows);
        if (first == bandEnd)
            continue;
        const int end = int(std::find_if_not(rows + first, rows + bandEnd, moved) - rows);
        // Past the rows the moved one now comes after, or before those it now precedes.
        const int to = down
            ? int(std::upper_bound(rows + end, rows + bandEnd, shift.last) - rows)
            : int(std::lower_bound(rows + bandFirst, rows + first, shift.last) - rows);
        if (to == end || to == first || !beginMoveRows({}, first, end - 1, {}, to))
            continue;
        const auto rotate = [&](auto &list) {
            if (down)
                std::rotate(list.begin() + first, list.begin() + end, list.begin() + to);
            else
                std::rotate(list.begin() + to, list.begin() + first, list.begin() + end);
        };
        rotate(m_issues);
        rotate(m_entries);
        rotate(m_rows);
        endMoveRows();
    }
}

} // namespace leadopp::ui
