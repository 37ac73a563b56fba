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
    /// Every finding and server error, record-level server errors first, then form order.
    QList<FieldIssue> allIssues() const;

private:
    FieldIssue issueOf(int serverErrorIndex) const;

    const core::Document *m_document;
    const LiveValidation *m_validation;
    QHash<QString, QList<int>> m_serverByPath; ///< path -> indexes in serverErrors()
};

} // namespace leadopp::ui
