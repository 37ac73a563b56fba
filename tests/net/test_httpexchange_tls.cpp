// HTTPS through the client's own transport, against a loopback TLS server with a
// certificate made for this run: a trusted certificate carries the request and its answer;
// an untrusted one fails the handshake before a byte of the request leaves (certificate
// errors are never ignored).
#include "net/httpexchange.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leadopp::net {
namespace {

/// A self-signed certificate for 127.0.0.1, made by openssl in a temporary folder.
struct LoopbackCertificate {
    QSslCertificate certificate;
    QSslKey key;
};

LoopbackCertificate makeCertificate(const QTemporaryDir &dir)
{
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return LoopbackCertificate();
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return LoopbackCertificate();
    return { QSslCertificate(&certFile), QSslKey(&keyFile, QSsl::Rsa) };
}

/// Answers every request with one fixed JSON response over TLS.
class TlsServer final : public QObject
{
public:
    explicit TlsServer(const LoopbackCertificate &identity)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(identity.certificate);
        config.setPrivateKey(identity.key);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                received += socket->readAll();
                if (!received.contains("\r\n\r\n{\"ping\":1}"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 11\r\nConnection: close\r\n\r\n{\"pong\":1}\n");
                socket->disconnectFromHost();
            });
        }
    }
    QSslServer m_server;
};

ExchangeOutcome exchange(quint16 port)
{
    ExchangeRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/leads-opportunities").arg(port));
    request.headers = { { "Content-Type", "application/json" } };
    request.body = "{\"ping\":1}";
    request.deadlineMs = 20000;
    HttpExchange call(request);
    QSignalSpy finished(&call, &HttpExchange::finished);
    call.start();
    if (!finished.wait(25000))
        ADD_FAILURE() << "the exchange never finished";
    return call.outcome();
}

class HttpExchangeTls : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "no TLS backend: HTTPS would never work";
        ASSERT_TRUE(m_dir.isValid());
        m_identity = makeCertificate(m_dir);
        ASSERT_FALSE(m_identity.certificate.isNull()) << "openssl made no certificate";
        m_defaults = QSslConfiguration::defaultConfiguration();
    }
    void TearDown() override { QSslConfiguration::setDefaultConfiguration(m_defaults); }

    QTemporaryDir m_dir;
    LoopbackCertificate m_identity;
    QSslConfiguration m_defaults;
};

TEST_F(HttpExchangeTls, ATrustedCertificateCarriesTheRequestAndItsAnswer)
{
    // The system's trust store, plus this run's certificate: as a company CA would be.
    QSslConfiguration trusting = m_defaults;
    trusting.addCaCertificate(m_identity.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    TlsServer server(m_identity);
    const ExchangeOutcome outcome = exchange(server.port());
    EXPECT_EQ(outcome.error, QNetworkReply::NoError) << qPrintable(outcome.errorString);
    EXPECT_EQ(outcome.stage, ExchangeStage::Answered);
    EXPECT_EQ(outcome.status, 200);
    EXPECT_EQ(outcome.body, "{\"pong\":1}\n");
    EXPECT_TRUE(server.received.startsWith("POST /leads-opportunities HTTP/1.1\r\n"));
}

TEST_F(HttpExchangeTls, AnUntrustedCertificateFailsBeforeTheRequestLeaves)
{
    TlsServer server(m_identity);
    const ExchangeOutcome outcome = exchange(server.port());
    EXPECT_EQ(outcome.error, QNetworkReply::SslHandshakeFailedError)
        << qPrintable(outcome.errorString);
    EXPECT_EQ(outcome.stage, ExchangeStage::Connecting);
    EXPECT_TRUE(server.received.isEmpty());
}

} // namespace
} // namespace leadopp::net
