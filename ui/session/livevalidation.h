#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/catalogue/formposition.h"
#include "core/validation/validator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace leadopp::ui {

/// The validation findings of one record, cached per canonical path so a view asks for a
/// cell's findings in constant time, and kept current after an edit by recomputing only
/// the findings the edited path and its dependants can affect (core::validatePaths). An
/// edit inside a row of an array section revalidates that row alone; the rules across rows
/// (duplicates) follow with validateSection(), which the session runs after a pause.
class LiveValidation final
{
public:
    void validateAll(const QJsonObject &record, core::ExportMode mode);
    /// Revalidates what a change at `path` can affect; returns true when findings changed.
    bool validateChange(const QJsonObject &record, core::ExportMode mode,
                        const core::FieldPath &path);
    /// Revalidates one section ("offerLines") with its rules across rows.
    bool validateSection(const QJsonObject &record, core::ExportMode mode,
                         const core::FieldPath &section);
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
    bool replace(const std::function<bool(const core::Finding &)> &inScope,
                 const QList<core::Finding> &fresh);
    void setAll(const QList<core::Finding> &findings);
    void reorder();

    QHash<QString, QList<core::Finding>> m_byPath;
    QList<core::Finding> m_ordered;
    mutable QHash<QString, core::FormPosition> m_positions;
};

} // namespace leadopp::ui
