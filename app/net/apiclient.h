#pragma once

#include "net/apirequest.h"
#include "net/retrypolicy.h"

#include <QObject>

class QNetworkAccessManager;

namespace leadopp::net {

class ApiJob;

/// Starts partner-API calls on an injected QNetworkAccessManager (never a global one).
/// Every request carries X-API-Key and JSON headers, a transfer timeout and a redirect
/// cap; a key never leaves over plain HTTP except to loopback, never follows a redirect to
/// another host, and TLS errors are never ignored.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kDefaultMaxBodyBytes = 4 * 1024 * 1024;
    static constexpr int kDefaultMaxRedirects = 3;

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Starts one call. The job is owned by the client until finished(), then deletes
    /// itself (deleteLater); connect before returning to the event loop.
    ApiJob *start(const ApiRequest &request);

    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxRedirects(int redirects);
    int maxRedirects() const { return m_maxRedirects; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = kDefaultTimeoutMs;
    RetryPolicy m_retryPolicy;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    int m_maxRedirects = kDefaultMaxRedirects;
};

} // namespace leadopp::net
