#include "net/httpexchange.h"

#include "net/logging.h"

#include <QSslSocket>

namespace leadopp::net {

namespace {

QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray hostHeader(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    QByteArray value = host.contains(u':') ? '[' + host.toLatin1() + ']' : host.toLatin1();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        value += ':' + QByteArray::number(url.port());
    return value;
}

} // namespace

HttpExchange::HttpExchange(const ExchangeRequest &request, QObject *parent)
    : QObject(parent), m_request(request), m_parser(request.maxBodyBytes)
{
    m_inactivity.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, &HttpExchange::onInactive);
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
}

HttpExchange::~HttpExchange()
{
    closeSocket();
}

void HttpExchange::start()
{
    const QUrl endpoint = m_request.connectTo.isValid() ? m_request.connectTo : m_request.url;
    const bool tls = endpoint.scheme() == QLatin1String("https");
    if (tls && !QSslSocket::supportsSsl())
        return finish(QNetworkReply::SslHandshakeFailedError, QStringLiteral("no TLS backend"));
    m_socket = new QSslSocket(this);
    connect(m_socket, tls ? &QSslSocket::encrypted : &QSslSocket::connected, this,
            &HttpExchange::onConnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &HttpExchange::onBytesWritten);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpExchange::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpExchange::onSocketError);
    m_inactivity.start(m_request.inactivityMs);
    m_deadline.start(m_request.deadlineMs);
    const quint16 port = quint16(endpoint.port(tls ? 443 : 80));
    if (tls) // certificate errors are never ignored: the handshake then fails
        m_socket->connectToHostEncrypted(endpoint.host(), port);
    else
        m_socket->connectToHost(endpoint.host(), port);
}

QByteArray HttpExchange::requestBytes() const
{
    QByteArray target = m_request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority
                                                | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray head = m_request.method + ' ' + target
        + " HTTP/1.1\r\nHost: " + hostHeader(m_request.url) + "\r\n";
    for (const auto &header : m_request.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (!m_request.body.isEmpty() || m_request.method != "GET")
        head += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    return head + "Connection: close\r\n\r\n" + m_request.body;
}

void HttpExchange::onConnected()
{
    const QByteArray bytes = requestBytes();
    m_toSend = bytes.size();
    // From here on the server may see the request, whatever happens next.
    m_outcome.stage = ExchangeStage::Sending;
    m_socket->write(bytes);
    m_inactivity.start(m_request.inactivityMs);
}

void HttpExchange::onBytesWritten(qint64 bytes)
{
    m_toSend -= bytes;
    if (m_toSend <= 0 && m_outcome.stage == ExchangeStage::Sending)
        m_outcome.stage = ExchangeStage::Sent;
    m_inactivity.start(m_request.inactivityMs);
}

void HttpExchange::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    m_inactivity.start(m_request.inactivityMs);
    if (m_outcome.stage < ExchangeStage::Sent)
        m_outcome.stage = ExchangeStage::Sent; // an answer means the request arrived
    const HttpResponseParser::State state = m_parser.feed(m_socket->readAll());
    if (m_parser.statusReceived())
        m_outcome.stage = ExchangeStage::Answering;
    if (m_parser.tooLarge())
        return finish(QNetworkReply::OperationCanceledError, QStringLiteral("body too large"));
    if (state == HttpResponseParser::State::Malformed)
        return finish(QNetworkReply::ProtocolFailure, QStringLiteral("malformed HTTP answer"));
    if (state == HttpResponseParser::State::Done)
        finish(QNetworkReply::NoError);
}

void HttpExchange::onDisconnected()
{
    if (m_done || !m_socket)
        return;
    m_parser.feed(m_socket->readAll());
    m_parser.closed();
    if (m_parser.isComplete())
        return finish(QNetworkReply::NoError);
    finish(QNetworkReply::RemoteHostClosedError, QStringLiteral("connection closed"));
}

void HttpExchange::onSocketError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return onDisconnected();
    finish(networkError(error), m_socket->errorString());
}

void HttpExchange::onInactive()
{
    finish(QNetworkReply::OperationCanceledError,
           QStringLiteral("no data for %1 ms").arg(m_request.inactivityMs));
}

void HttpExchange::onDeadline()
{
    m_outcome.deadlineExpired = true;
    finish(QNetworkReply::OperationCanceledError,
           QStringLiteral("not complete after %1 ms").arg(m_request.deadlineMs));
}

void HttpExchange::finish(QNetworkReply::NetworkError error, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_inactivity.stop();
    m_deadline.stop();
    if (error == QNetworkReply::NoError)
        m_outcome.stage = ExchangeStage::Answered;
    m_outcome.error = error;
    m_outcome.errorString = detail;
    m_outcome.tooLarge = m_parser.tooLarge();
    m_outcome.status = m_parser.status();
    m_outcome.headersComplete = m_parser.state() == HttpResponseParser::State::Body
        || m_parser.state() == HttpResponseParser::State::Done;
    m_outcome.location = m_parser.header("location");
    m_outcome.retryAfter = m_parser.header("retry-after");
    for (auto it = m_parser.headers().cbegin(); it != m_parser.headers().cend(); ++it)
        m_outcome.headers.append({ it.key(), it.value() });
    m_outcome.body = m_outcome.tooLarge ? QByteArray() : m_parser.body();
    closeSocket();
    qCDebug(lcNet).noquote() << m_request.method
                             << m_request.url.toDisplayString(QUrl::RemoveUserInfo) << "status"
                             << m_outcome.status << "stage" << int(m_outcome.stage) << detail;
    Q_EMIT finished();
}

void HttpExchange::abort()
{
    m_done = true;
    m_inactivity.stop();
    m_deadline.stop();
    closeSocket();
}

void HttpExchange::closeSocket()
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace leadopp::net
