#pragma once

#include "net/apirequest.h"
#include "net/apiresult.h"
#include "net/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace leadopp::net {

/// Settings an ApiJob runs with (copied from the ApiClient when started).
struct JobSettings {
    int timeoutMs = 30000;
    RetryPolicy retryPolicy;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxRedirects = 3;
};

/// One partner-API call: sends, retries where safe, and emits finished() exactly once
/// (then deletes itself). Create with ApiClient::start().
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
    bool followRedirect(int status, const QByteArray &location);
    void onDownloadProgress(qint64 received, qint64 total);
    void onReplyFinished();
    bool scheduleRetry();
    void finishWith(ErrorKind kind, int status = 0);

    QNetworkAccessManager *m_nam;
    ApiRequest m_request;
    JobSettings m_settings;
    ApiResult m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_totalWaitMs = 0;
    int m_nextWaitMs = 0;
    QUrl m_currentUrl;            ///< the original URL or a same-origin redirect target
    int m_redirects = 0;          ///< redirects followed in the current attempt
    int m_retryAfterSeconds = -1; ///< Retry-After of the last answer, -1 when none
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

} // namespace leadopp::net
