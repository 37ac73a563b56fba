#pragma once

#include <QByteArray>
#include <QThread>
#include <QUrl>

class QSocketNotifier;

namespace leadopp::sandbox {

class SandboxServer;

/// The sandbox built into a program: served on a thread of its own, so a local client
/// that floods it with connections or bodies cannot freeze the program's window, and
/// guarded by a random per-process secret (ServerLimits::secret) that only the program's
/// own ApiClient sends (ApiClient::addOriginHeader), so other local programs cannot use it.
class SandboxThread final
{
public:
    SandboxThread();
    ~SandboxThread(); ///< stops the server, then the thread
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    /// Starts the thread and listens on an ephemeral loopback port; false when it cannot.
    /// The server behind the port is built when the first connection comes.
    bool start();
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray secretHeader() const;
    QByteArray secret() const { return m_secret; }
    /// The thread the server runs on (tests check it is not the caller's).
    QThread *thread() { return &m_thread; }

private:
    void serve();

    QThread m_thread;
    QObject *m_context = nullptr;         ///< lives on m_thread; the server is created through it
    SandboxServer *m_server = nullptr;    ///< made by serve(), on m_thread
    QSocketNotifier *m_waiting = nullptr; ///< on m_thread, until the first connection
    qintptr m_descriptor = -1;            ///< the listening socket's copy for the server
    QByteArray m_secret;
    QUrl m_baseUrl;
};

} // namespace leadopp::sandbox
