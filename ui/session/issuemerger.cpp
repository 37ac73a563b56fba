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
    m_serverByRow.clear();
    const QList<core::FieldError> &errors = m_document->serverErrors();
    for (int i = 0; i < errors.size(); ++i) {
        if (isRecordLevel(errors.at(i)))
            continue;
        const QString &path = errors.at(i).path;
        m_serverByPath[path].append(i);
        const RowFindings::Place place = RowFindings::placeOfPath(path);
        if (place.row >= 0)
            m_serverByRow[place.section][place.row].append(i);
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

// In form order, several issues at one place worst first, and otherwise in the order
// given: server errors as the server listed them, then the findings in findings() order.
QList<FieldIssue> IssueMerger::inFormOrder(PlacedIssues placed,
                                           QList<core::FormPosition> *positions)
{
    std::stable_sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) {
        if (a.first < b.first || b.first < a.first)
            return a.first < b.first;
        return int(a.second.kind) < int(b.second.kind);
    });
    QList<FieldIssue> issues;
    issues.reserve(placed.size());
    for (auto &entry : placed) {
        if (positions)
            positions->append(entry.first);
        issues.append(std::move(entry.second));
    }
    return issues;
}

QList<FieldIssue> IssueMerger::allIssues(QList<core::FormPosition> *positions) const
{
    QList<FieldIssue> top;
    PlacedIssues rest;
    const QList<core::FieldError> &errors = m_document->serverErrors();
    for (int i = 0; i < errors.size(); ++i) {
        if (isRecordLevel(errors.at(i)))
            top.append(issueOf(i));
        else
            rest.append({ m_validation->positionOf(errors.at(i).path), issueOf(i) });
    }
    for (const core::Finding &finding : m_validation->findings())
        rest.append({ m_validation->positionOf(finding.path), findingIssue(finding) });
    if (positions)
        positions->fill(core::FormPosition(), top.size());
    return top + inFormOrder(std::move(rest), positions);
}

// The same pieces as allIssues(), taken from the row alone: its server errors and its
// findings, each in the order allIssues() meets them.
QList<FieldIssue> IssueMerger::rowIssues(const QString &section, int row,
                                         QList<core::FormPosition> *positions) const
{
    if (row < 0) {
        const QList<FieldIssue> issues = issuesAt(section);
        if (positions)
            positions->fill(m_validation->positionOf(section), issues.size());
        return issues;
    }
    PlacedIssues placed;
    for (const int index : m_serverByRow.value(section).value(row)) {
        FieldIssue issue = issueOf(index);
        placed.append({ m_validation->positionOf(issue.path), std::move(issue) });
    }
    for (const core::Finding &finding : m_validation->findingsOfRow(section, row))
        placed.append({ m_validation->positionOf(finding.path), findingIssue(finding) });
    return inFormOrder(std::move(placed), positions);
}

} // namespace leadopp::ui
