#include "sandbox/sandboxthread.h"

#include "sandbox/logging.h"
#include "sandbox/sandboxserver.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpServer>

#include <unistd.h>
#include <utility>

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
            m_context,
            [this] {
                if (m_waiting) { // never served: the descriptor is still this object's
                    delete m_waiting;
                    ::close(int(m_descriptor));
                }
                delete m_server;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }
}

// The listening socket is opened here, so the port is known at once and a request sent
// right away waits in its backlog. The server itself (QHttpServer, the routes, the seeded
// leads) is built on its thread when the first connection waits: most editor sessions
// never use the sandbox, and building it at start took a core from the window's start.
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
    m_descriptor = descriptor;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        m_waiting = new QSocketNotifier(m_descriptor, QSocketNotifier::Read);
        QObject::connect(m_waiting, &QSocketNotifier::activated, m_context, [this] {
            delete std::exchange(m_waiting, nullptr);
            serve();
        });
    });
    return true;
}

// On the server's thread, so its sockets and timers live there.
void SandboxThread::serve()
{
    m_server = new SandboxServer;
    ServerLimits limits = m_server->limits();
    limits.secret = m_secret;
    m_server->setLimits(limits);
    if (m_server->listenOn(m_descriptor) == 0) {
        qCWarning(lcSandbox, "The built-in sandbox could not serve on its socket.");
        ::close(int(m_descriptor));
    }
}

QByteArray SandboxThread::secretHeader() const
{
    return QByteArray(kSandboxSecretHeader);
}

} // namespace leadopp::sandbox
