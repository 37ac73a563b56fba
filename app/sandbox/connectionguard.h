#pragma once

#include "sandbox/serverlimits.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace leadopp::sandbox {

class GuardedListener;

/// Watches one accepted connection for GuardedListener (see there); lives as the socket's
/// child and ends with it.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    ConnectionGuard(QTcpSocket *socket, GuardedListener *listener, const ServerLimits &limits);
    ~ConnectionGuard() override;

    /// Closes the connection at once (it waited too long for its turn); counts as closed.
    void drop();

private:
    void onReadyRead();
    void checkHead();
    void handOver();
    void onBytesWritten();
    void closeIfAnswered();
    void refuse(int status, const QByteArray &reason, const QByteArray &message);

    QTcpSocket *m_socket;
    QPointer<GuardedListener> m_listener;
    ServerLimits m_limits;
    QTimer m_headerTimer;
    QTimer m_idleTimer;
    qint64 m_received = 0;
    qint64 m_allowed = 0; ///< head plus declared body: all this connection may send
    bool m_handedOver = false;
    bool m_wrote = false;
};

} // namespace leadopp::sandbox
