#include "sandbox/connectionguard.h"

#include "sandbox/guardedlistener.h"

#include <QHash>
#include <QTcpSocket>

namespace leadopp::sandbox {

namespace {

struct RequestHead {
    QByteArray method;
    QByteArray version;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    qint64 size = 0;                       ///< bytes up to and including the blank line
};

RequestHead parseHead(const QByteArray &bytes, qint64 end)
{
    RequestHead head;
    head.size = end + 4;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    head.method = first.value(0);
    head.version = first.value(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            head.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                lines.at(i).mid(colon + 1).trimmed());
    }
    return head;
}

bool isJsonType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

// Compares without leaving the length of a matching prefix in the timing.
bool sameSecret(const QByteArray &given, const QByteArray &secret)
{
    if (given.size() != secret.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < secret.size(); ++i)
        difference |= char(given.at(i) ^ secret.at(i));
    return difference == 0;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedListener *listener,
                                 const ServerLimits &limits)
    : QObject(socket), m_socket(socket), m_listener(listener), m_limits(limits)
{
    m_headerTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this,
            [this] { refuse(408, "Request Timeout", "The request head did not arrive in time."); });
    connect(&m_idleTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    // Connected before QHttpServer's own slots, so these run first on every signal.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_headerTimer.start(limits.headerTimeoutMs);
    m_idleTimer.start(limits.idleTimeoutMs);
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_listener)
        m_listener->connectionClosed();
}

void ConnectionGuard::onReadyRead()
{
    m_idleTimer.start(m_limits.idleTimeoutMs);
    if (!m_handedOver)
        return checkHead();
    // QHttpServer reads everything after this slot: what is buffered now is new.
    m_received += m_socket->bytesAvailable();
    if (m_received > m_allowed)
        m_socket->abort(); // more than the head and the declared body: not an HTTP client
}

void ConnectionGuard::checkHead()
{
    const QByteArray bytes = m_socket->peek(m_limits.maxHeaderBytes + 4);
    const qint64 end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        if (bytes.size() > m_limits.maxHeaderBytes)
            refuse(431, "Request Header Fields Too Large", "The request head is too large.");
        return;
    }
    const RequestHead head = parseHead(bytes, end);
    if (!m_limits.secret.isEmpty()
        && !sameSecret(head.headers.value(QByteArray(kSandboxSecretHeader).toLower()),
                       m_limits.secret))
        return refuse(403, "Forbidden", "This sandbox serves only the program that started it.");
    if (head.headers.value("transfer-encoding").toLower().contains("chunked"))
        return refuse(411, "Length Required", "Send the body with a Content-Length.");
    const qint64 length = head.headers.value("content-length").toLongLong();
    if (length > m_limits.maxBodyBytes)
        return refuse(413, "Content Too Large", "The request body is too large.");
    const bool hasBody
        = length > 0 || head.method == "POST" || head.method == "PATCH" || head.method == "PUT";
    if (hasBody && !isJsonType(head.headers.value("content-type")))
        return refuse(415, "Unsupported Media Type", "Send the body as application/json.");
    m_allowed = head.size + qMax<qint64>(0, length);
    handOver();
}

void ConnectionGuard::drop()
{
    if (m_listener)
        m_listener->connectionClosed();
    m_listener = nullptr; // counted now, not again when the socket goes
    m_socket->abort();
}

void ConnectionGuard::handOver()
{
    m_headerTimer.stop();
    if (m_listener)
        m_listener->headArrived(this);
    m_handedOver = true;
    m_received = 0; // the replayed readyRead below counts what is buffered
    if (m_listener)
        m_listener->addPendingConnection(m_socket);
    // The head already sits in the buffer: tell the HTTP server, which listens from now on.
    QTimer::singleShot(0, m_socket, [socket = m_socket] { Q_EMIT socket->readyRead(); });
}

void ConnectionGuard::onBytesWritten()
{
    m_idleTimer.start(m_limits.idleTimeoutMs);
    m_wrote = true;
    // Checked after the other slots: a streamed answer queues its next chunk there.
    QTimer::singleShot(0, this, &ConnectionGuard::closeIfAnswered);
}

void ConnectionGuard::closeIfAnswered()
{
    // One request per connection: once the answer is out, the connection ends, which is
    // also what an HTTP/1.0 client waits for.
    if (m_wrote && m_socket->bytesToWrite() == 0
        && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QByteArray &message)
{
    m_headerTimer.stop();
    if (m_listener)
        m_listener->headArrived(this);
    m_handedOver = true; // never handed over: the HTTP server does not see this connection
    m_allowed = 0;
    const QByteArray body = R"({"message":")" + message + R"("})";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    m_socket->disconnectFromHost();
}

} // namespace leadopp::sandbox
