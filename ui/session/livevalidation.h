#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/catalogue/formposition.h"
#include "core/validation/duplicateindex.h"
#include "core/validation/validator.h"
#include "ui/session/changedrows.h"
#include "ui/session/rowfindings.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <functional>
#include <map>
#include <optional>

namespace leadopp::ui {

/// The validation findings of one record, kept so a view asks for a cell's findings in
/// constant time, and kept current after an edit by recomputing only the findings the
/// edited path and its dependants can affect (core::validatePaths). An edit inside a row of
/// an array section revalidates that row alone; the rules across rows (duplicates) follow
/// with validateSection(), which the session runs after a pause, and which compares the
/// edited rows against an index of the section's rows, not all rows. The findings on rows
/// are kept by row (RowFindings): a row command renumbers rows, not texts, and the list in
/// form order is gathered again only when read.
class LiveValidation final
{
public:
    /// Takes `findings`, those of core::validateRecord() over a whole record.
    void adoptAll(const QList<core::Finding> &findings);
    /// Revalidates what a change at `path` can affect; returns true when findings changed.
    bool validateChange(const core::RecordRows &record, core::ExportMode mode,
                        const core::FieldPath &path);
    /// Revalidates one section ("offerLines") with its rules across rows: the whole section
    /// the first time, then only the duplicates among the rows edited since.
    bool validateSection(const core::RecordRows &record, core::ExportMode mode,
                         const core::FieldPath &section);
    /// Rows `first`..`last` of `section` ("offerLines") were inserted or removed, or one row
    /// moved: the findings of the rows after it follow their rows, the new rows are
    /// validated and the duplicates compared again, without revalidating the other rows.
    bool rowsInserted(const core::RecordRows &record, core::ExportMode mode, const QString &section,
                      int first, int last);
    bool rowsRemoved(const core::RecordRows &record, core::ExportMode mode, const QString &section,
                     int first, int last);
    bool rowMoved(const core::RecordRows &record, core::ExportMode mode, const QString &section,
                  int from, int to);
    /// Builds, `rows` rows at a time, the duplicate index of a section that has none yet (a
    /// row command or a settle would otherwise build it at once); returns false once none
    /// is left to build. A change to the record before an index is complete drops it.
    bool prepareRowIndexes(const core::RecordRows &record, int rows);
    /// True when prepareRowIndexes() has an index to build.
    bool needsRowIndexes(const core::RecordRows &record) const
    {
        return !sectionToIndex(record).isEmpty();
    }
    /// True when prepareRowIndexes() has built part of an index and not all of it.
    bool hasPartialRowIndex() const { return !m_partialIndexes.empty(); }
    /// True when `path` lies in a row of an array section, whose edit leaves the rules
    /// across rows to validateSection().
    static bool isRowPath(const core::FieldPath &path);

    /// All findings in form order.
    const QList<core::Finding> &findings() const;
    /// The findings on the rows of `section` ("offerLines") with their rows' numbers, in no
    /// particular order and without their texts brought up to date (see RowFindings::visit).
    void visitRowFindings(const QString &section,
                          const std::function<void(int row, const core::Finding &)> &visitor) const;
    /// The same for row `row` of `section` alone.
    void visitRowFindings(const QString &section, int row,
                          const std::function<void(int row, const core::Finding &)> &visitor) const;
    /// The findings of row `row` of `section`, their texts written for its number now, in the
    /// order findings() lists them among themselves.
    QList<core::Finding> findingsOfRow(const QString &section, int row) const;
    /// Where the findings changed since the last call, other than by a row command
    /// renumbering rows: the rows an edit revalidated, the rows a row command inserted and
    /// those whose duplicates were compared again (numbered as they are now); a whole
    /// section, or anywhere, when that is all that is known.
    ChangedRows takeChanges() { return m_changes.take(); }
    QList<core::Finding> findingsAt(const QString &path) const;
    bool hasFindingsAt(const QString &path) const;
    /// The form position of a canonical path, cached per path.
    core::FormPosition positionOf(const QString &path) const;

private:
    QString sectionToIndex(const core::RecordRows &record) const;
    bool validateBranches(const QJsonObject &record, core::ExportMode mode,
                          const QList<core::FieldPath> &changed);
    bool validateRow(const core::RecordRows &record, core::ExportMode mode,
                     const core::FieldPath &path);
    bool validateEditedRows(const core::RecordRows &record, const QString &section);
    void forgetRowIndex(const core::FieldPath &changed);
    bool rowsShifted(const core::RecordRows &record, core::ExportMode mode, const QString &section,
                     const RowShift &shift);
    bool refreshRepeats(const core::RecordRows &record, const QString &section,
                        const core::DuplicateIndex &index, const QList<int> &rows);
    static bool sameFindings(QList<core::Finding> a, QList<core::Finding> b);
    /// Notes for takeChanges() the rows a shift inserted and `affected` (nullopt: any row).
    void noteTouched(const QString &section, const RowShift &shift,
                     const std::optional<QList<int>> &affected);
    /// The section's duplicate index carried over the shift with the edited cells taken in,
    /// and in `affected` the rows whose duplicates may differ beyond their numbers (nullopt:
    /// any row, the index was built afresh); nullptr for a section no rule compares.
    core::DuplicateIndex *rowIndexAfterShift(const core::RecordRows &record, const QString &section,
                                             const RowShift &shift,
                                             std::optional<QList<int>> &affected);
    QList<core::Finding> rowFindings(const core::RecordRows &record, core::ExportMode mode,
                                     const core::FieldPath &path) const;
    /// Replaces the findings on the branch of a path in `affected` (canonical paths, as
    /// core::affectedPaths() gives them) with `fresh`, those validatePaths() found there.
    bool replace(const QStringList &affected, const QList<core::Finding> &fresh);
    /// The findings of the rows of `section` ("offerLines"), when it is an array section
    /// under its canonical key; nullptr otherwise.
    RowFindings *rowFindingsOf(const QString &section);
    /// The rows of a canonical path's section and the row it lies in; nullptr for a path
    /// outside the rows of array sections.
    const RowFindings *rowsOfPath(const QString &path, int &row) const;
    /// The row findings a finding at `path` is kept in (made when the section has none yet),
    /// and in `row` its row; nullptr for a finding kept outside rows.
    RowFindings *rowPlaceOf(const QString &path, int &row);
    /// Notes for takeChanges() where `before` and `after` differ.
    void noteReplaced(QList<core::Finding> before, QList<core::Finding> after);
    void add(const core::Finding &finding);
    void setAll(const QList<core::Finding> &findings);
    void sortByPosition(QList<core::Finding> &findings) const;
    void sortOther();
    void markChanged() { m_orderedStale = true; }

    /// Findings outside the rows of array sections, in form order, and by path.
    QList<core::Finding> m_other;
    QHash<QString, QList<core::Finding>> m_otherByPath;
    /// Per array section ("offerLines"), the findings on its rows.
    std::map<QString, RowFindings, std::less<>> m_rowFindings;
    /// Every finding in form order, gathered again when asked for after a change.
    mutable QList<core::Finding> m_ordered;
    mutable bool m_orderedStale = false;
    mutable QHash<QString, core::FormPosition> m_positions;
    /// Per array section, its rows by duplicate key as of the last validateSection(), and
    /// the rows edited since.
    std::map<QString, core::DuplicateIndex> m_rowIndexes;
    QHash<QString, QSet<int>> m_editedRows;
    /// Indexes being built by prepareRowIndexes(), over the record as it is now.
    std::map<QString, core::DuplicateIndex> m_partialIndexes;
    ChangedRowsJournal m_changes;
};

} // namespace leadopp::ui
