#include "sandbox/guardedlistener.h"

#include "sandbox/connectionguard.h"

#include <QDir>
#include <QTcpSocket>

#include <climits>
#include <sys/resource.h>

namespace leadopp::sandbox {

namespace {

constexpr int kAcceptPauseMs = 250;
constexpr int kSpareHandles = 16; // for the 503 answers, the store file, the rest of the program

// Connections the process can still open. Qt's accept loop spins when it runs out of file
// handles after it once saw EAGAIN (its socket engine keeps only the first error it sets),
// so the sandbox never accepts that far.
int handleBudget()
{
    rlimit limit {};
    const int open = int(QDir(QStringLiteral("/proc/self/fd")).count()) - 2; // "." and ".."
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY || open < 0)
        return INT_MAX;
    return qMax(1, int(qMin<rlim_t>(limit.rlim_cur, INT_MAX)) - open - kSpareHandles);
}

} // namespace

GuardedListener::GuardedListener(const ServerLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    m_limits.maxConnections = qMin(m_limits.maxConnections, handleBudget());
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
