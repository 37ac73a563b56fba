#include "editorservices.h"

namespace leadopp::editor {

EditorServices::EditorServices()
{
    if (m_sandbox.start()) {
        m_environments.setSandboxUrl(m_sandbox.baseUrl());
        m_client.addOriginHeader(m_sandbox.baseUrl(), m_sandbox.secretHeader(), m_sandbox.secret());
    }
    m_client.setTimeoutMs(m_environments.timeoutMs());
    m_client.setDeadlineMs(m_environments.deadlineMs());
    m_client.setReconcileUnknownOutcomes(true);
}

ui::MainWindow::Services EditorServices::forWindow()
{
    return { &m_client, &m_environments, &m_credentials, {} };
}

} // namespace leadopp::editor
