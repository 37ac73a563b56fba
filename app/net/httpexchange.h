#pragma once

#include "net/httpresponseparser.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QSslSocket;

namespace leadopp::net {

/// One request to send once.
struct ExchangeRequest {
    QByteArray method; ///< "GET", "POST", "PATCH"
    QUrl url;
    /// Where to connect instead of the URL's host (scheme, host and port), as curl's
    /// --connect-to: the request itself is unchanged. Invalid: the URL's host.
    QUrl connectTo;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int inactivityMs = 30000; ///< ends the exchange when no byte moves for this long
    int deadlineMs = 60000;   ///< ends it when it is not over after this long, moving or not
    qint64 maxBodyBytes = 4 * 1024 * 1024;
};

/// How far an exchange got, in the order it happens: what the server may have seen.
enum class ExchangeStage {
    Connecting, ///< nothing of the request left this computer
    Sending,    ///< part of the request may have reached the server
    Sent,       ///< the whole request was handed to the network
    Answering,  ///< a status line arrived, the answer is not complete
    Answered,   ///< a complete answer arrived
};

/// The end of one exchange, as plain values.
struct ExchangeOutcome {
    ExchangeStage stage = ExchangeStage::Connecting;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString; ///< untranslated technical detail
    bool deadlineExpired = false;
    bool tooLarge = false;
    bool headersComplete = false; ///< the status line and every header arrived
    int status = 0;
    QByteArray location;                          ///< Location header
    QByteArray retryAfter;                        ///< Retry-After header
    QList<QPair<QByteArray, QByteArray>> headers; ///< every header, names in lower case
    QByteArray body;
};

/// One HTTP/1.1 request on a connection of its own (TLS for https, never an ignored
/// certificate error), closed after the answer. Unlike QNetworkAccessManager, which sends a
/// request again by itself when a server closes after reading it, an exchange never sends
/// twice: every failure is reported with the stage it happened in.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    explicit HttpExchange(const ExchangeRequest &request, QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    /// Ends the exchange at once without finished().
    void abort();
    const ExchangeOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    void onConnected();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onInactive();
    void onDeadline();
    QByteArray requestBytes() const;
    void finish(QNetworkReply::NetworkError error, const QString &detail = {});
    void closeSocket();

    ExchangeRequest m_request;
    ExchangeOutcome m_outcome;
    HttpResponseParser m_parser;
    QPointer<QSslSocket> m_socket;
    QTimer m_inactivity;
    QTimer m_deadline;
    qint64 m_toSend = 0;
    bool m_done = false;
};

} // namespace leadopp::net
