#include "sandbox/guardedlistener.h"

#include "sandbox/connectionguard.h"

#include <QTcpSocket>

namespace leadopp::sandbox {

namespace {

constexpr int kAcceptPauseMs = 250;

} // namespace

GuardedListener::GuardedListener(const ServerLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, &QTcpServer::resumeAccepting);
    connect(this, &QTcpServer::acceptError, this, &GuardedListener::onAcceptError);
}

void GuardedListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections && !makeRoom()) {
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++m_open;
    m_waiting.append(new ConnectionGuard(socket, this, m_limits));
}

bool GuardedListener::makeRoom()
{
    while (!m_waiting.isEmpty()) {
        const QPointer<ConnectionGuard> oldest = m_waiting.takeFirst();
        if (oldest) {
            oldest->drop();
            return true;
        }
    }
    return false;
}

void GuardedListener::headArrived(ConnectionGuard *guard)
{
    m_waiting.removeAll(guard);
}

// Out of file handles, the listening socket stays readable: accepting again at once
// would spin. A short pause lets connections close first.
void GuardedListener::onAcceptError()
{
    ++m_acceptErrors;
    pauseAccepting();
    m_resume.start(kAcceptPauseMs);
}

void GuardedListener::connectionClosed()
{
    --m_open;
}

} // namespace leadopp::sandbox
