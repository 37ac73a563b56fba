#include "sandbox/httpwriter.h"

#include "sandbox/envelopes.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace leadopp::sandbox {

namespace {

constexpr qint64 kChunk = 256 * 1024;

// Feeds a huge JSON body to a socket as fast as the client takes it, so 64 MiB never sit
// in memory at once; stops when the client gives up and the socket goes.
class OversizeStream final : public QObject
{
    Q_DISABLE_COPY_MOVE(OversizeStream)

public:
    explicit OversizeStream(QTcpSocket *socket) : QObject(socket), m_socket(socket)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &OversizeStream::feed);
    }

    void feed()
    {
        while (m_written < kOversizeBytes && m_socket->bytesToWrite() < 4 * kChunk) {
            const qint64 size = std::min(kChunk, kOversizeBytes - m_written);
            QByteArray chunk(size, 'x');
            if (m_written == 0)
                chunk.replace(0, 9, "{\"data\":\"");
            if (m_written + size == kOversizeBytes)
                chunk.replace(size - 2, 2, "\"}");
            m_written += m_socket->write(chunk);
        }
    }

private:
    QTcpSocket *m_socket;
    qint64 m_written = 0;
};

void writeHead(QHttpServerResponder &responder, int status, const QByteArray &type, qint64 length)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Content-Type", type);
    responder.writeHeader("Content-Length", QByteArray::number(length));
    // One request per connection (GuardedListener closes it after the answer): say so.
    responder.writeHeader("Connection", "close");
}

int resetMidBody(QHttpServerResponder &responder)
{
    const QByteArray body
        = envelopes::updated(QStringLiteral("CRM-LEAD-1234"), QStringLiteral("XJSR-DZMFFT")).body;
    writeHead(responder, 200, "application/json", body.size());
    responder.writeBody(body.left(body.size() / 2));
    QTcpSocket *socket = responder.socket();
    socket->flush();
    // The declared length is never reached: the client sees the peer close mid-body.
    socket->disconnectFromHost();
    return 0;
}

int oversize(QHttpServerResponder &responder)
{
    writeHead(responder, 200, "application/json", kOversizeBytes);
    responder.writeBody(QByteArray());
    auto *stream = new OversizeStream(responder.socket());
    stream->feed();
    return 200;
}

ApiReply htmlPage()
{
    ApiReply reply;
    reply.status = 502;
    reply.contentType = "text/html";
    reply.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                 "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                 "</body>\r\n</html>\r\n";
    return reply;
}

ApiReply truncatedJson()
{
    ApiReply reply
        = envelopes::updated(QStringLiteral("CRM-LEAD-1234"), QStringLiteral("XJSR-DZMFFT"));
    reply.body.truncate(reply.body.size() * 2 / 3);
    return reply;
}

ApiReply retryAfter(int seconds)
{
    ApiReply reply = envelopes::tooManyRequests();
    reply.headers.append({ "Retry-After", QByteArray::number(seconds) });
    return reply;
}

} // namespace

void sendReply(QHttpServerResponder &responder, const ApiReply &reply)
{
    writeHead(responder, reply.status, reply.contentType, reply.body.size());
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

int sendFault(QHttpServerResponder &responder, const FaultPlan &plan)
{
    ApiReply reply;
    switch (plan.fault) {
    case Fault::ResetMidBody:
        return resetMidBody(responder);
    case Fault::OversizeBody:
        return oversize(responder);
    case Fault::TooManyRequests:
        reply = envelopes::tooManyRequests();
        break;
    case Fault::TooManyRetryAfter:
        reply = retryAfter(plan.retryAfterSeconds);
        break;
    case Fault::Maintenance:
        reply = envelopes::maintenance();
        break;
    case Fault::HtmlBody:
        reply = htmlPage();
        break;
    case Fault::TruncatedJson:
        reply = truncatedJson();
        break;
    case Fault::None:
    case Fault::Delay:
        return 0;
    }
    sendReply(responder, reply);
    return reply.status;
}

} // namespace leadopp::sandbox
