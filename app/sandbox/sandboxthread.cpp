#include "sandbox/sandboxthread.h"

#include "sandbox/sandboxserver.h"

#include <QRandomGenerator>

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

bool SandboxThread::start()
{
    if (m_context)
        return m_baseUrl.isValid();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // The server is made on its thread, so its sockets and timers live there.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new SandboxServer;
            ServerLimits limits = m_server->limits();
            limits.secret = m_secret;
            m_server->setLimits(limits);
            if (m_server->listen(0) != 0)
                m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    return m_baseUrl.isValid();
}

QByteArray SandboxThread::secretHeader() const
{
    return QByteArray(kSandboxSecretHeader);
}

} // namespace leadopp::sandbox
