#pragma once

#include "net/apiclient.h"
#include "net/environmentstore.h"
#include "net/keychaincredentialstore.h"
#include "sandbox/sandboxthread.h"
#include "ui/window/mainwindow.h"

#include <QNetworkAccessManager>

namespace leadopp::editor {

/// The editor's real services, wired as the window needs them: the API client on the chosen
/// environment's timeouts, the keychain, and the built-in sandbox on its own thread
/// answering only this process. The editor and its start-up benchmark build the same.
class EditorServices
{
public:
    EditorServices();
    Q_DISABLE_COPY_MOVE(EditorServices)

    ui::MainWindow::Services forWindow();

private:
    QNetworkAccessManager m_nam;
    net::ApiClient m_client { &m_nam };
    net::EnvironmentStore m_environments;
    net::KeychainCredentialStore m_credentials;
    sandbox::SandboxThread m_sandbox;
};

} // namespace leadopp::editor
