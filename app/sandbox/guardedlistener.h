#pragma once

#include "sandbox/serverlimits.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

namespace leadopp::sandbox {

class ConnectionGuard;

/// The sandbox's listening socket, in front of QHttpServer (which reads any body whole and
/// keeps idle connections for ever). A connection reaches the HTTP server only once its
/// request head arrived in time, within the size limits, with an acceptable body length
/// and the secret when one is set; otherwise it gets a short error answer and is closed.
/// It is then watched: too many bytes or too long idle closes it, and it is closed once the
/// answer is written (one request per connection, so HTTP/1.0 clients see the end too).
/// At the connection cap the oldest connection still waiting for its request head makes
/// room (a flood of idle connections cannot lock a real client out); when every connection
/// is busy, the new one is answered 503 at once. The cap stays below the file handles the
/// process has left, and should accepting still fail, it pauses for a moment instead of
/// spinning.
class GuardedListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedListener)

public:
    explicit GuardedListener(const ServerLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }
    /// Accept errors seen (file handles exhausted, ...), for tests.
    int acceptErrors() const { return m_acceptErrors; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void onAcceptError();
    void connectionClosed();
    void headArrived(ConnectionGuard *guard);
    bool makeRoom();

    ServerLimits m_limits;
    QTimer m_resume;
    QList<QPointer<ConnectionGuard>> m_waiting; ///< oldest first, request head not yet seen
    int m_open = 0;
    int m_acceptErrors = 0;
    friend class ConnectionGuard;
};

} // namespace leadopp::sandbox
