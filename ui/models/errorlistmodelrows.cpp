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

// The removed row's entries go first; the others from the changed row on are renumbered,
// and the moved row's then move to their place.
void ErrorListModel::shiftEntries(core::Section section, const RowShift &shift)
{
    ++m_generations.at(std::size_t(section));
    if (shift.kind == RowShift::Kind::Remove) {
        QList<std::pair<int, int>> runs;
        for (const auto &[first, end] : bandsOf(section)) {
            const int order = m_orders.at(first);
            runs.append({ placeOf(order, shift.first), placeOf(order, shift.last, true) });
        }
        removeRowEntries(runs);
    }
    // In each band the rows ascend: binary searches find the moved row's entries and those
    // the shift renumbers, from its first row on (for a move, up to its last).
    const QList<std::pair<int, int>> bands = bandsOf(section);
    const int from = std::min(shift.first, shift.last);
    const bool move = shift.kind == RowShift::Kind::Move;
    int *const rows = m_rows.data();
    QList<std::pair<int, int>> moved;
    for (const auto &[bandFirst, bandEnd] : bands) {
        const auto [first, end] = std::equal_range(rows + bandFirst, rows + bandEnd, shift.first);
        if (move)
            moved.append({ int(first - rows), int(end - rows) });
        int *const last = move
            ? std::upper_bound(rows + bandFirst, rows + bandEnd, std::max(shift.first, shift.last))
            : rows + bandEnd;
        for (int *row = std::lower_bound(rows + bandFirst, last, from); row < last; ++row)
            *row = shift.newRow(*row);
    }
    if (move)
        moveRowEntries(bands, moved, shift);
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
    const int *const rows = m_rows.constData();
    int first = bands.last().second;
    for (const auto &[bandFirst, bandEnd] : bands)
        first
            = std::min(first, int(std::lower_bound(rows + bandFirst, rows + bandEnd, from) - rows));
    const int end = bands.last().second;
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

// In each band the moved row's entries (`moved`, where they were found before the
// renumbering) go where their new number belongs; the view's selection goes with them.
void ErrorListModel::moveRowEntries(const QList<std::pair<int, int>> &bands,
                                    const QList<std::pair<int, int>> &moved, const RowShift &shift)
{
    const bool down = shift.last > shift.first;
    const int *const rows = m_rows.constData();
    for (qsizetype band = 0; band < bands.size(); ++band) {
        const auto [bandFirst, bandEnd] = bands.at(band);
        const auto [first, end] = moved.at(band);
        // Past the rows the moved one now comes after, or before those it now precedes.
        const int to = down
            ? int(std::upper_bound(rows + end, rows + bandEnd, shift.last) - rows)
            : int(std::lower_bound(rows + bandFirst, rows + first, shift.last) - rows);
        if (first == end || to == end || to == first || !beginMoveRows({}, first, end - 1, {}, to))
            continue;
        const auto rotate = [&](auto &list) {
            if (down)
                std::rotate(list.begin() + first, list.begin() + end, list.begin() + to);
            else
                std::rotate(list.begin() + to, list.begin() + first, list.begin() + end);
        };
        rotate(m_slots);
        rotate(m_rows);
        endMoveRows();
    }
}

} // namespace leadopp::ui
