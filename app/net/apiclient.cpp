#include "net/apiclient.h"

#include "net/apijob.h"

#include <QMetaObject>

namespace leadopp::net {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    qRegisterMetaType<ApiResult>();
}

ApiJob *ApiClient::start(const ApiRequest &request)
{
    JobSettings settings;
    settings.timeoutMs = m_timeoutMs;
    settings.retryPolicy = m_retryPolicy;
    settings.maxBodyBytes = m_maxBodyBytes;
    settings.maxRedirects = m_maxRedirects;
    settings.deadlineMs = m_deadlineMs;
    settings.reconcileUnknown = m_reconcileUnknown;
    settings.originHeaders = m_originHeaders;
    settings.connectTo = m_connectTo;
    auto *job = new ApiJob(m_nam, request, settings, this);
    // Queued, so the caller connects to finished() before even a refusal is reported.
    QMetaObject::invokeMethod(job, &ApiJob::begin, Qt::QueuedConnection);
    return job;
}

void ApiClient::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
    m_retryPolicy.maxAttempts = qMax(1, policy.maxAttempts);
}

void ApiClient::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = qMax<qint64>(1, bytes);
}

void ApiClient::setDeadlineMs(int ms)
{
    m_deadlineMs = qMax(1, ms);
}

void ApiClient::addOriginHeader(const QUrl &origin, const QByteArray &name, const QByteArray &value)
{
    m_originHeaders.append({ origin, name, value });
}

void ApiClient::setMaxRedirects(int redirects)
{
    m_maxRedirects = qMax(0, redirects);
}

} // namespace leadopp::net
