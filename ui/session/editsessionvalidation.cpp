// The session's whole-record validation (computed here, or handed in by a view that ran it
// on a worker thread while its widgets were built), and the news of its findings and issues.
#include "core/document/document.h"
#include "core/validation/validator.h"
#include "ui/session/editsession.h"

#include <QTimer>

namespace leadopp::ui {

void EditSession::revalidateAll()
{
    const core::ExportMode mode = exportMode();
    adoptFindings(core::validateRecord(m_document->record(), mode), mode);
}

void EditSession::adoptFindings(const QList<core::Finding> &findings, core::ExportMode mode)
{
    m_settleTimer->stop();
    m_pendingSections.clear();
    m_validatedMode = mode;
    const QList<core::Finding> before = m_validation.findings();
    m_validation.adoptAll(findings);
    if (before != m_validation.findings())
        Q_EMIT findingsChanged();
    announceIssues({});
    prepareIndexesWhenIdle();
}

// After an edit or a settle: the live validation knows where its findings changed.
void EditSession::notifyFindingsChanged()
{
    Q_EMIT findingsChanged();
    announceIssues(m_validation.takeChanges());
}

void EditSession::announceIssues(IssueNews news)
{
    m_issueNews = std::move(news);
    Q_EMIT issuesChanged();
}

} // namespace leadopp::ui
