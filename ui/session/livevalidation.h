#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/catalogue/formposition.h"
#include "core/validation/duplicateindex.h"
#include "core/validation/validator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <functional>
#include <map>

namespace leadopp::ui {

/// The validation findings of one record, cached per canonical path so a view asks for a
/// cell's findings in constant time, and kept current after an edit by recomputing only
/// the findings the edited path and its dependants can affect (core::validatePaths). An
/// edit inside a row of an array section revalidates that row alone; the rules across rows
/// (duplicates) follow with validateSection(), which the session runs after a pause, and
/// which compares the edited rows against an index of the section's rows, not all rows.
class LiveValidation final
{
public:
    /// Takes `findings`, those of core::validateRecord() over a whole record.
    void adoptAll(const QList<core::Finding> &findings);
    /// Revalidates what a change at `path` can affect; returns true when findings changed.
    bool validateChange(const QJsonObject &record, core::ExportMode mode,
                        const core::FieldPath &path);
    /// Revalidates one section ("offerLines") with its rules across rows: the whole section
    /// the first time, then only the duplicates among the rows edited since.
    bool validateSection(const QJsonObject &record, core::ExportMode mode,
                         const core::FieldPath &section);
    /// Rows `first`..`last` of `section` ("offerLines") were inserted or removed, or one row
    /// moved: the findings of the rows after it follow their rows, the new rows are
    /// validated and the duplicates compared again, without revalidating the other rows.
    bool rowsInserted(const QJsonObject &record, core::ExportMode mode, const QString &section,
                      int first, int last);
    bool rowsRemoved(const QJsonObject &record, core::ExportMode mode, const QString &section,
                     int first, int last);
    bool rowMoved(const QJsonObject &record, core::ExportMode mode, const QString &section,
                  int from, int to);
    /// True when `path` lies in a row of an array section, whose edit leaves the rules
    /// across rows to validateSection().
    static bool isRowPath(const core::FieldPath &path);

    /// All findings in form order.
    const QList<core::Finding> &findings() const { return m_ordered; }
    QList<core::Finding> findingsAt(const QString &path) const { return m_byPath.value(path); }
    bool hasFindingsAt(const QString &path) const { return m_byPath.contains(path); }
    /// The form position of a canonical path, cached per path.
    core::FormPosition positionOf(const QString &path) const;

private:
    bool validateBranches(const QJsonObject &record, core::ExportMode mode,
                          const QList<core::FieldPath> &changed);
    bool validateRow(const QJsonObject &record, core::ExportMode mode, const core::FieldPath &path);
    bool validateEditedRows(const QJsonObject &record, const QString &section);
    void forgetRowIndex(const core::FieldPath &changed);
    /// Rows `first`..`last` of a section inserted or removed, or row `first` moved to `last`.
    struct RowShift {
        enum class Kind { Insert, Remove, Move } kind;
        int first;
        int last;
        /// The number old row `row` has now; -1 for a removed row.
        int newRow(int row) const;
        int oldCount(int newCount) const;
    };
    /// What a row shift took out of the findings, and whether it changed any.
    struct ShiftedFindings {
        QSet<int> oldRows;               ///< rows (old numbers) whose findings were touched
        QList<core::Finding> moved;      ///< a moved row's findings, at its new number
        QList<core::Finding> duplicates; ///< the section's duplicate findings before
        bool changed = false;            ///< a finding was dropped or renumbered
    };
    bool rowsShifted(const QJsonObject &record, core::ExportMode mode, const QString &section,
                     const RowShift &shift);
    void shiftFindings(const QString &section, const RowShift &shift, ShiftedFindings &shifted);
    static bool keepShifted(core::Finding &finding, int row, const RowShift &shift,
                            ShiftedFindings &shifted);
    void insertOrdered(QList<core::Finding> fresh);
    void reindexRows(const QString &section, const QSet<int> &oldRows, const QSet<int> &newRows);
    void trimPositions();
    static bool sameFindings(QList<core::Finding> a, QList<core::Finding> b);
    core::DuplicateIndex *rowIndexAfterShift(const QJsonObject &record, const QString &section,
                                             const RowShift &shift);
    QList<core::Finding> rowFindings(const QJsonObject &record, core::ExportMode mode,
                                     const core::FieldPath &path) const;
    /// `finding` of a row of an array section, as it reads for row `row`.
    static core::Finding movedToRow(core::Finding finding, int row);
    /// Replaces the findings in scope with `fresh`. `candidates`, when given, holds every
    /// finding in scope (and maybe others): an edit that changes no finding is then told
    /// apart without a pass over all findings.
    bool replace(const std::function<bool(const core::Finding &)> &inScope,
                 const QList<core::Finding> &fresh,
                 const QList<core::Finding> *candidates = nullptr);
    QList<core::Finding> findingsOnRows(const QString &section, const QList<int> &rows) const;
    void setAll(const QList<core::Finding> &findings);
    void reorder();

    QHash<QString, QList<core::Finding>> m_byPath;
    QHash<QString, QList<core::Finding>> m_byRow; ///< findings inside "offerLines[3]"
    QList<core::Finding> m_ordered;
    mutable QHash<QString, core::FormPosition> m_positions;
    /// Per array section, its rows by duplicate key as of the last validateSection(), and
    /// the rows edited since.
    std::map<QString, core::DuplicateIndex> m_rowIndexes;
    QHash<QString, QSet<int>> m_editedRows;
};

} // namespace leadopp::ui
