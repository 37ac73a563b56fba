#pragma once

#include "net/apijob.h"
#include "net/apirequest.h"
#include "net/retrypolicy.h"

#include <QObject>

class QNetworkAccessManager;

namespace leadopp::net {

/// Starts partner-API calls. Every request carries X-API-Key and JSON headers, an
/// inactivity timeout, an overall deadline and a redirect cap, and is sent exactly once per
/// attempt on a connection of its own; a key never leaves over plain HTTP except to
/// loopback, never follows a redirect to another host, and TLS errors are never ignored.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Starts one call. The job is owned by the client until finished(), then deletes
    /// itself (deleteLater); connect before returning to the event loop.
    ApiJob *start(const ApiRequest &request);

    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_settings.timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const { return m_settings.retryPolicy; }
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const { return m_settings.maxBodyBytes; }
    void setMaxRedirects(int redirects);
    int maxRedirects() const { return m_settings.maxRedirects; }

    /// Overall limit for one request, however steadily its bytes trickle in.
    void setDeadlineMs(int ms);
    int deadlineMs() const { return m_settings.deadlineMs; }
    /// After a create or update whose outcome is unknown, ask the server (search by partner
    /// id, then GET) whether it landed before reporting. Off by default: a bare client only
    /// reports the unknown outcome.
    void setReconcileUnknownOutcomes(bool on) { m_settings.reconcileUnknown = on; }
    bool reconcilesUnknownOutcomes() const { return m_settings.reconcileUnknown; }
    /// Sends `name: value` with every request to `origin` (scheme, host and port) and to no
    /// other: the built-in sandbox's per-process secret.
    void addOriginHeader(const QUrl &origin, const QByteArray &name, const QByteArray &value);
    /// Connects every request to `endpoint` (scheme, host, port) whatever host its URL
    /// names, as curl's --connect-to does; the request is unchanged. For tests and diagnosis
    /// against a local server; not offered to users.
    void setConnectTo(const QUrl &endpoint) { m_settings.connectTo = endpoint; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    QNetworkAccessManager *m_nam;
    /// What every job starts with; the defaults are JobSettings' own.
    JobSettings m_settings;
};

} // namespace leadopp::net
