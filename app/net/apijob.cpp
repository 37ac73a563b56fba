#include "net/apijob.h"

#include "net/replyclassifier.h"
#include "net/urlsafety.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace leadopp::net {

ApiJob::ApiJob(QNetworkAccessManager *nam, const ApiRequest &request, const JobSettings &settings,
               QObject *parent)
    : QObject(parent), m_nam(nam), m_request(request), m_settings(settings)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    m_nextWaitMs = m_settings.retryPolicy.defaultWaitMs;
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::begin()
{
    if (m_finished)
        return;
    m_clock.start();
    m_result.url = m_request.url();
    m_result.sentAt = QDateTime::currentDateTimeUtc();
    if (m_request.apiKey.isEmpty())
        return finishWith(ErrorKind::NoKey);
    if (!isUsableApiUrl(m_result.url))
        return finishWith(ErrorKind::NetworkError);
    // Checked before any socket exists: a key must not even start towards such a host.
    if (!mayCarryKey(m_result.url))
        return finishWith(ErrorKind::InsecureKey);
    sendAttempt();
}

void ApiJob::sendAttempt()
{
    m_currentUrl = m_result.url;
    m_redirects = 0;
    ++m_result.attempts;
    sendRequest();
}

void ApiJob::sendRequest()
{
    QNetworkRequest request(m_currentUrl);
    request.setRawHeader("X-API-Key", m_request.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_settings.timeoutMs);
    // Redirects are followed here, not by Qt: the key goes along with every request, so
    // only same-origin targets are followed, and the cap is counted exactly.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    m_tooLarge = false;
    switch (m_request.operation) {
    case ApiRequest::Update:
        m_reply = m_nam->sendCustomRequest(request, QByteArrayLiteral("PATCH"), m_request.body);
        break;
    case ApiRequest::Create:
        m_reply = m_nam->post(request, m_request.body);
        break;
    case ApiRequest::Get:
        m_reply = m_nam->get(request);
        break;
    }
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiJob::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

bool ApiJob::followRedirect(int status, const QByteArray &location)
{
    const bool redirect
        = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!redirect || location.isEmpty() || m_redirects >= m_settings.maxRedirects)
        return false;
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    if (!isSameOrigin(m_result.url, target))
        return false;
    ++m_redirects;
    m_currentUrl = target;
    sendRequest();
    return true;
}

void ApiJob::onDownloadProgress(qint64 received, qint64 total)
{
    if (!m_reply || m_tooLarge)
        return;
    if (received > m_settings.maxBodyBytes || total > m_settings.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;

    ReplyFacts facts;
    facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.error = reply->error();
    facts.tooLarge = m_tooLarge;
    facts.maxBodyBytes = m_settings.maxBodyBytes;
    facts.headers = reply->rawHeaderPairs();
    if (!m_tooLarge)
        facts.body = reply->readAll();
    if (!m_tooLarge && followRedirect(facts.status, reply->rawHeader("Location")))
        return;
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    m_retryAfterSeconds = retryAfterSeconds(retryAfter, QDateTime::currentDateTimeUtc());

    Classification classification = classifyReply(facts, m_request.record);
    if ((classification.kind == ErrorKind::RateLimited
         || classification.kind == ErrorKind::Maintenance)
        && scheduleRetry())
        return;
    m_result.httpStatus = facts.status;
    m_result.body = facts.body;
    m_result.traceId = classification.traceId;
    m_result.fieldErrors = classification.fieldErrors;
    m_result.dsLeadOpportunityId = classification.dsLeadOpportunityId;
    if (facts.error != QNetworkReply::NoError)
        m_result.detail = QStringLiteral("%1 (%2)").arg(reply->errorString()).arg(int(facts.error));
    finishWith(classification.kind, facts.status);
}

bool ApiJob::scheduleRetry()
{
    const RetryPolicy &policy = m_settings.retryPolicy;
    if (m_result.attempts >= policy.maxAttempts)
        return false;
    int waitMs = m_nextWaitMs;
    if (m_retryAfterSeconds >= 0) {
        // A server hint longer than we are willing to wait is reported, not shortened:
        // coming back early would only earn another refusal.
        if (qint64(m_retryAfterSeconds) * 1000 > policy.maxWaitMs)
            return false;
        waitMs = m_retryAfterSeconds * 1000;
    } else {
        waitMs = qMin(waitMs, policy.maxWaitMs);
        m_nextWaitMs = int(qMin<double>(m_nextWaitMs * policy.backoffFactor, policy.maxWaitMs));
    }
    if (m_totalWaitMs + waitMs > policy.maxTotalWaitMs)
        return false;
    m_totalWaitMs += waitMs;
    const int scaledMs = qMax(0, int(waitMs * policy.timeScale));
    Q_EMIT retrying(m_result.attempts + 1, scaledMs);
    if (!m_finished)
        m_retryTimer.start(scaledMs);
    return true;
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finishWith(ErrorKind::Cancelled);
}

void ApiJob::finishWith(ErrorKind kind, int status)
{
    DescribeContext context;
    context.httpStatus = status;
    context.fieldErrorCount = fieldErrorCount(m_result.fieldErrors);
    context.create = m_request.operation == ApiRequest::Create;
    if (kind == ErrorKind::RateLimited || kind == ErrorKind::Maintenance)
        context.retryAfterSeconds = m_retryAfterSeconds;
    m_result.kind = kind;
    m_result.httpStatus = status;
    m_result.message = describe(kind, context);
    if (!m_result.sentAt.isValid())
        m_result.sentAt = QDateTime::currentDateTimeUtc();
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_finished = true;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace leadopp::net
