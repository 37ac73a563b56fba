#pragma once

#include "core/validation/duplicaterules.h"
#include "core/validation/validator.h"

#include <QList>
#include <QString>
#include <functional>
#include <limits>

namespace leadopp::ui {

/// Rows `first`..`last` of a section inserted or removed, or row `first` moved to `last`.
struct RowShift {
    enum class Kind { Insert, Remove, Move } kind;
    int first;
    int last;
    /// The number old row `row` has now; -1 for a removed row. Inline: a row command asks
    /// it for every row with findings after the changed one.
    int newRow(int row) const
    {
        switch (kind) {
        case Kind::Insert:
            return row < first ? row : row + (last - first + 1);
        case Kind::Remove:
            return row < first ? row : (row <= last ? -1 : row - (last - first + 1));
        case Kind::Move:
            if (row == first)
                return last;
            if (first < last && row > first && row <= last)
                return row - 1;
            if (last < first && row >= last && row < first)
                return row + 1;
            return row;
        }
        return row;
    }
    int oldCount(int newCount) const;
};

/// The findings on the rows of one array section, kept by row instead of by path. A
/// finding's path and message name its row's number, and a duplicate's the number of the
/// row it repeats; here a row holds its findings as they read at the numbers they were
/// written for, so inserting, removing or moving a row moves the numbers of the rows with
/// findings after it (plain integers) and leaves the texts alone: they are written anew for
/// the current numbers only when read.
class RowFindings final
{
public:
    explicit RowFindings(QString section);

    /// The section's key ("offerLines").
    const QString &section() const { return m_section; }

    /// Where a canonical path lies among the rows of array sections: the section its first
    /// member names with a row index, and that row ("offerLines", 3 of "offerLines[3].amount");
    /// row -1 for any other path, including an item of a list field
    /// ("leadOpportunity.reasonWon[1]").
    struct Place {
        QString section;
        int row = -1;
    };
    static Place placeOfPath(const QString &path);
    /// The row of this section a canonical path lies in ("offerLines[12].amount" -> 12);
    /// -1 for a path elsewhere.
    static int rowOfPath(const QString &section, const QString &path);
    /// `finding` of a row of an array section, as it reads for row `row`.
    static core::Finding movedToRow(core::Finding finding, int row);

    bool isEmpty() const { return m_rows.isEmpty(); }
    /// Adds a finding on row `row`. A duplicate finding is added without the row it
    /// repeats: hasUnplacedRepeats() is true until setRepeats() replaces it.
    void add(int row, const core::Finding &finding);
    /// The findings of row `row`: its own first, then its duplicates.
    QList<core::Finding> findingsOf(int row) const;
    /// Every finding, row by row.
    void appendAll(QList<core::Finding> &out) const;
    /// Every finding with the number its row has now, row by row. Unlike appendAll(), the
    /// texts are as last written: the row numbers they name may be old ones.
    void visit(const std::function<void(int row, const core::Finding &)> &visitor) const;
    /// The same for row `row` alone.
    void visitRow(int row,
                  const std::function<void(int row, const core::Finding &)> &visitor) const;
    /// Drops the findings `drop` selects (any row).
    void removeIf(const std::function<bool(const core::Finding &)> &drop);

    /// Replaces the findings of row `row` but its duplicates.
    void setOwn(int row, const QList<core::Finding> &findings);
    /// Makes `repeats` (which lie on `rows`) the duplicate findings of `rows`, comparing row
    /// numbers: a row whose duplicates are unchanged keeps them, texts and all. Returns
    /// false when no row's changed.
    bool setRepeats(const QList<int> &rows, const QList<core::validation::Repeat> &repeats);
    /// Replaces the duplicate findings of every row with `repeats`.
    void setAllRepeats(const QList<core::validation::Repeat> &repeats);
    bool hasUnplacedRepeats() const { return m_unplacedRepeats > 0; }
    /// Follows a row shift: returns false when no finding changed its row or went.
    bool shift(const RowShift &shift);

private:
    struct Repeat {
        int slot = -1;    ///< where the repeated row's number lies (m_firsts); -1: unplaced
        int written = -1; ///< the number of that row the text names; -1: added unplaced,
                          ///< kNotWritten: placed, its text written when first read
        core::Finding finding;
    };
    struct Row {
        int renumbered = 0; ///< the number its findings' texts name
        QList<core::Finding> own;
        QList<Repeat> repeats;
    };
    friend class QTypeInfo<Row>;

    static constexpr int kNotWritten = std::numeric_limits<int>::max();

    qsizetype find(int row) const;
    void visitEntry(qsizetype at,
                    const std::function<void(int row, const core::Finding &)> &visitor) const;
    /// The rows repeated by the duplicate findings of the row at `at`, ascending.
    QList<int> repeatedBy(qsizetype at) const;
    /// The place of row `row`'s entry, made when it has none.
    qsizetype rowEntry(int row);
    /// Brings the texts of the entry at `at` to its current numbers (they are a cache of them).
    void render(qsizetype at) const;
    void dropEmpty(qsizetype at);
    int firstOf(const Repeat &repeat) const
    {
        return repeat.slot < 0 ? -1 : m_firsts.at(repeat.slot);
    }
    int placeFirst(int first);
    void release(const Repeat &repeat);
    void clearRepeats(qsizetype at);
    void addRepeats(const QList<core::validation::Repeat> &repeats);
    void eraseRows(qsizetype at, qsizetype count);

    QString m_section;
    const core::validation::DuplicateRule *m_rule = nullptr;
    /// The numbers of the rows with findings, ascending, apart from what they hold: a row
    /// command renumbers a tight array of integers, not the entries.
    QList<int> m_numbers;
    /// What the rows of m_numbers hold, at the same places. Mutable: texts are rewritten
    /// when read.
    mutable QList<Row> m_rows;
    /// The numbers of the rows the duplicate findings repeat, one slot per finding, and the
    /// slots free for reuse (-1): renumbered together in one pass, whichever rows they are on.
    QList<int> m_firsts;
    QList<int> m_freeSlots;
    int m_unplacedRepeats = 0;
};

} // namespace leadopp::ui

// An entry holds two lists and a number: moved as bytes when rows with findings come or go.
Q_DECLARE_TYPEINFO(leadopp::ui::RowFindings::Row, Q_RELOCATABLE_TYPE);
