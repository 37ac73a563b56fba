#pragma once

// A scripted HTTP/1.1 server on loopback for client tests: canned raw answers, stalls,
// resets, redirects. Header-only and without Q_OBJECT so every test binary can use it.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

#include <sys/socket.h>

namespace leadopp::test {

/// One scripted answer.
struct Script {
    enum Action {
        Respond,         ///< write `response` (after `delayMs`), then close
        Stall,           ///< never answer
        StallAfterWrite, ///< write `response` (e.g. headers and half a body), then nothing
        ResetAfterWrite, ///< write `response`, then reset the connection (RST)
        Drip,            ///< write `response` one byte every `delayMs`, never close
        EchoHeaders,     ///< answer 400 with a JSON body quoting every request header
    };
    Action action = Respond;
    QByteArray response;
    int delayMs = 0;
};

/// A raw HTTP/1.1 answer; `Connection: close` so every request gets its own connection.
inline QByteArray
httpResponse(int status, const QByteArray &reason, const QByteArray &body,
             const QByteArray &contentType = QByteArrayLiteral("application/json"),
             const QList<QByteArray> &extraHeaders = {}, qint64 contentLength = -1)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size())
        + "\r\n";
    for (const QByteArray &header : extraHeaders)
        out += header + "\r\n";
    out += "Connection: close\r\n\r\n" + body;
    return out;
}

/// What the server saw of one request.
struct SeenRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    bool tls = false; ///< a TLS ClientHello instead of HTTP
};

class FaultServer
{
public:
    FaultServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                         [this] { onConnection(); });
    }
    ~FaultServer()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost)
    {
        return m_server.listen(address, 0) ? m_server.serverPort() : 0;
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl(const QString &scheme = QStringLiteral("http"),
                 const QString &host = QStringLiteral("127.0.0.1")) const
    {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(host);
        url.setPort(m_server.serverPort());
        return url;
    }

    /// Answers are used in order; the last one repeats.
    void enqueue(const Script &script) { m_scripts.append(script); }
    void respond(const QByteArray &raw, int delayMs = 0)
    {
        enqueue({ Script::Respond, raw, delayMs });
    }

    int requestCount() const { return int(m_requests.size()); }
    const QList<SeenRequest> &requests() const { return m_requests; }

private:
    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket);
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { onData(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        SeenRequest request;
        if (!buffer.isEmpty() && buffer.at(0) == char(0x16)) {
            request.tls = true; // a ClientHello: answer in plain HTTP, the handshake fails
        } else if (!parse(buffer, &request)) {
            return;
        }
        m_buffers.remove(socket);
        m_requests.append(request);
        Script script = nextScript();
        if (script.action == Script::EchoHeaders)
            script = echo(request);
        if (script.action == Script::Drip)
            return drip(socket, script);
        act(socket, script);
    }

    static bool parse(const QByteArray &buffer, SeenRequest *request)
    {
        const int end = int(buffer.indexOf("\r\n\r\n"));
        if (end < 0)
            return false;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request->method = first.value(0);
        request->path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = int(lines.at(i).indexOf(':'));
            if (colon > 0)
                request->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                        lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request->headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return false;
        request->body = buffer.mid(end + 4, length);
        return true;
    }

    Script nextScript()
    {
        if (m_scripts.isEmpty())
            return { Script::Respond, httpResponse(200, "OK", "{}"), 0 };
        return m_scripts.size() > 1 ? m_scripts.takeFirst() : m_scripts.first();
    }

    static Script echo(const SeenRequest &request)
    {
        QByteArray quoted;
        for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
            quoted += it.key() + ": " + it.value() + "; ";
        const QByteArray body = R"({"error":{"message":"bad request","echo":")" + quoted + R"("}})";
        return { Script::Respond, httpResponse(400, "Bad Request", body), 0 };
    }

    static void drip(QTcpSocket *socket, const Script &script)
    {
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, script, sent] {
            if (*sent < script.response.size())
                socket->write(script.response.mid((*sent)++, 1));
        });
        timer->start(script.delayMs);
    }

    void act(QTcpSocket *socket, const Script &script)
    {
        if (script.action == Script::Stall)
            return;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(script.delayMs, socket, [guard, script] {
            if (!guard)
                return;
            guard->write(script.response);
            guard->flush();
            if (script.action == Script::Respond) {
                guard->disconnectFromHost();
            } else if (script.action == Script::ResetAfterWrite) {
                guard->waitForBytesWritten(1000);
                const struct linger hard = { 1, 0 }; // close with RST, not FIN
                ::setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                             sizeof hard);
                guard->abort();
            }
        });
    }

    QTcpServer m_server;
    QList<Script> m_scripts;
    QList<SeenRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace leadopp::test
