#pragma once

#include "net/apirequest.h"
#include "net/apiresult.h"
#include "net/httpexchange.h"
#include "net/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace leadopp::net {

struct Classification;
struct ReplyFacts;

/// A header sent only to one origin (scheme, host, port), e.g. the built-in sandbox's
/// per-process secret.
struct OriginHeader {
    QUrl origin;
    QByteArray name;
    QByteArray value;
};

/// Settings an ApiJob runs with (copied from the ApiClient when started); these defaults
/// are the only ones: the client and the stored settings start from them.
struct JobSettings {
    int timeoutMs = 30000;  ///< inactivity: no byte moved for this long
    int deadlineMs = 60000; ///< overall, per request, moving or not
    RetryPolicy retryPolicy;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxRedirects = 3;
    bool reconcileUnknown = false; ///< ask the server after an unknown create or update
    QList<OriginHeader> originHeaders;
    QUrl connectTo; ///< see ApiClient::setConnectTo()
};

/// One partner-API call: sends each request once on a connection of its own (HttpExchange),
/// retries only where safe (429, 503), reconciles an unknown create or update when asked
/// to, and emits finished() exactly once (then deletes itself). Create with
/// ApiClient::start().
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ApiJob(QNetworkAccessManager *nam, const ApiRequest &request, const JobSettings &settings,
           QObject *parent = nullptr);
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }

    /// Aborts the request in flight or the wait before a retry; finished() follows with
    /// ErrorKind::Cancelled (unless the job already finished).
    void cancel();

Q_SIGNALS:
    void finished(const leadopp::net::ApiResult &result);
    /// A retry is scheduled: `attempt` is the number of the next request, after `waitMs`.
    void retrying(int attempt, int waitMs);

private:
    friend class ApiClient;
    void begin();
    void sendAttempt();
    void sendRequest();
    ExchangeRequest exchangeRequest(const QByteArray &method, const QUrl &url) const;
    bool followRedirect(int status, const QByteArray &location);
    void onExchangeFinished();
    void settle(const ExchangeOutcome &outcome);
    void classifyAside(const ExchangeOutcome &outcome, const ReplyFacts &facts);
    void settleClassified(const ExchangeOutcome &outcome, const ReplyFacts &facts,
                          const Classification &classification);
    void reconcile();
    bool scheduleRetry();
    void finishWith(ErrorKind kind, int status = 0);
    QByteArray scrubbed(QByteArray bytes) const;

    ApiRequest m_request;
    JobSettings m_settings;
    ApiResult m_result;
    QPointer<HttpExchange> m_exchange;
    QPointer<QObject> m_reconciler;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_totalWaitMs = 0;
    int m_nextWaitMs = 0;
    QUrl m_currentUrl;            ///< the original URL or a same-origin redirect target
    int m_redirects = 0;          ///< redirects followed in the current attempt
    int m_retryAfterSeconds = -1; ///< Retry-After of the last answer, -1 when none
    ErrorKind m_pendingKind = ErrorKind::NetworkError; ///< kept while reconciling
    bool m_finished = false;
};

} // namespace leadopp::net
