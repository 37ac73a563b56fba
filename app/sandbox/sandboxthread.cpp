#include "sandbox/sandboxthread.h"

#include "sandbox/logging.h"
#include "sandbox/sandboxserver.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

#include <unistd.h>

namespace leadopp::sandbox {

namespace {

QByteArray newSecret()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

} // namespace

SandboxThread::SandboxThread() : m_secret(newSecret())
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (m_context) {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }
}

// The listening socket is opened here, so the port is known at once and a request sent
// right away waits in its backlog; the server itself (QHttpServer, the routes, the seeded
// leads), which takes longer to build than the editor's window, is built on its thread
// meanwhile instead of holding up the caller.
bool SandboxThread::start()
{
    if (m_context)
        return m_baseUrl.isValid();
    QTcpServer socket;
    if (!socket.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return false;
    // A copy of the descriptor for the server's thread: this QTcpServer closes its own.
    const qintptr descriptor = ::dup(int(socket.socketDescriptor()));
    if (descriptor < 0)
        return false;
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(QStringLiteral("127.0.0.1"));
    m_baseUrl.setPort(socket.serverPort());
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // The server is made on its thread, so its sockets and timers live there.
    QMetaObject::invokeMethod(m_context, [this, descriptor] {
        m_server = new SandboxServer;
        ServerLimits limits = m_server->limits();
        limits.secret = m_secret;
        m_server->setLimits(limits);
        if (m_server->listenOn(descriptor) == 0) {
            qCWarning(lcSandbox, "The built-in sandbox could not serve on its socket.");
            ::close(int(descriptor));
        }
    });
    return true;
}

QByteArray SandboxThread::secretHeader() const
{
    return QByteArray(kSandboxSecretHeader);
}

} // namespace leadopp::sandbox
