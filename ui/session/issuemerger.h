#pragma once

#include "core/document/document.h"
#include "ui/session/fieldissue.h"
#include "ui/session/livevalidation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace leadopp::ui {

/// Client findings and server errors merged into one shape (FieldIssue), as a field, a row
/// and the Problems list show them. Reads the document's server errors and the live
/// findings, both owned elsewhere; keeps the server errors indexed by path, rebuilt with
/// rebuildServerIndex() whenever their paths may have moved.
class IssueMerger final
{
public:
    IssueMerger(const core::Document *document, const LiveValidation *validation);

    void rebuildServerIndex();

    /// Findings and server errors on exactly this canonical path, worst first.
    QList<FieldIssue> issuesAt(const QString &path) const;
    /// Cheap test for views: does issuesAt(path) have anything?
    bool hasIssuesAt(const QString &path) const;
    /// Every finding and server error, record-level server errors first, then form order;
    /// with `positions`, the form position of each (the record's for the record-level ones).
    QList<FieldIssue> allIssues(QList<core::FormPosition> *positions = nullptr) const;
    /// What allIssues() lists on row `row` of the array section `section` ("offerLines"),
    /// in its order, or for row -1 on the section itself; with their form positions.
    QList<FieldIssue> rowIssues(const QString &section, int row,
                                QList<core::FormPosition> *positions = nullptr) const;

private:
    using PlacedIssues = QList<std::pair<core::FormPosition, FieldIssue>>;

    FieldIssue issueOf(int serverErrorIndex) const;
    static QList<FieldIssue> inFormOrder(PlacedIssues placed, QList<core::FormPosition> *positions);

    const core::Document *m_document;
    const LiveValidation *m_validation;
    QHash<QString, QList<int>> m_serverByPath; ///< path -> indexes in serverErrors()
    /// section key -> row -> indexes in serverErrors(), for the errors on rows
    QHash<QString, QHash<int, QList<int>>> m_serverByRow;
};

} // namespace leadopp::ui
