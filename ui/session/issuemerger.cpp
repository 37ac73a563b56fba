#include "ui/session/issuemerger.h"

#include "core/catalogue/formposition.h"

#include <algorithm>

namespace leadopp::ui {

namespace {

bool isRecordLevel(const core::FieldError &error)
{
    return error.match == core::MatchKind::Record || error.path.isEmpty();
}

FieldIssue findingIssue(const core::Finding &finding)
{
    const bool error = finding.severity == core::Severity::Error;
    return { finding.path,
             error ? IssueKind::Error : IssueKind::Warning,
             finding.message,
             finding.rule,
             {} };
}

} // namespace

IssueMerger::IssueMerger(const core::Document *document, const LiveValidation *validation)
    : m_document(document), m_validation(validation)
{ }

void IssueMerger::rebuildServerIndex()
{
    m_serverByPath.clear();
    const QList<core::FieldError> &errors = m_document->serverErrors();
    for (int i = 0; i < errors.size(); ++i) {
        if (!isRecordLevel(errors.at(i)))
            m_serverByPath[errors.at(i).path].append(i);
    }
}

FieldIssue IssueMerger::issueOf(int index) const
{
    const core::FieldError &error = m_document->serverErrors().at(index);
    const bool addressed = m_document->isAddressed(index);
    return { error.path, addressed ? IssueKind::AddressedServer : IssueKind::Server, error.message,
             error.code, error.rawPath };
}

bool IssueMerger::hasIssuesAt(const QString &path) const
{
    return m_validation->hasFindingsAt(path) || m_serverByPath.contains(path);
}

QList<FieldIssue> IssueMerger::issuesAt(const QString &path) const
{
    QList<FieldIssue> issues;
    for (const core::Finding &finding : m_validation->findingsAt(path))
        issues.append(findingIssue(finding));
    for (const int index : m_serverByPath.value(path))
        issues.append(issueOf(index));
    std::stable_sort(issues.begin(), issues.end(), [](const FieldIssue &a, const FieldIssue &b) {
        return int(a.kind) < int(b.kind);
    });
    return issues;
}

QList<FieldIssue> IssueMerger::allIssues() const
{
    QList<FieldIssue> top;
    QList<std::pair<core::FormPosition, FieldIssue>> rest;
    const QList<core::FieldError> &errors = m_document->serverErrors();
    for (int i = 0; i < errors.size(); ++i) {
        if (isRecordLevel(errors.at(i)))
            top.append(issueOf(i));
        else
            rest.append({ m_validation->positionOf(errors.at(i).path), issueOf(i) });
    }
    for (const core::Finding &finding : m_validation->findings())
        rest.append({ m_validation->positionOf(finding.path), findingIssue(finding) });
    std::stable_sort(rest.begin(), rest.end(), [](const auto &a, const auto &b) {
        if (a.first < b.first || b.first < a.first)
            return a.first < b.first;
        return int(a.second.kind) < int(b.second.kind);
    });
    for (const auto &entry : std::as_const(rest))
        top.append(entry.second);
    return top;
}

} // namespace leadopp::ui
