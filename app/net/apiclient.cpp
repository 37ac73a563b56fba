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
    auto *job = new ApiJob(m_nam, request, m_settings, this);
    // Queued, so the caller connects to finished() before even a refusal is reported.
    QMetaObject::invokeMethod(job, &ApiJob::begin, Qt::QueuedConnection);
    return job;
}

void ApiClient::setTimeoutMs(int ms)
{
    m_settings.timeoutMs = qMax(1, ms);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_settings.retryPolicy = policy;
    m_settings.retryPolicy.maxAttempts = qMax(1, policy.maxAttempts);
}

void ApiClient::setMaxBodyBytes(qint64 bytes)
{
    m_settings.maxBodyBytes = qMax<qint64>(1, bytes);
}

void ApiClient::setDeadlineMs(int ms)
{
    m_settings.deadlineMs = qMax(1, ms);
}

void ApiClient::addOriginHeader(const QUrl &origin, const QByteArray &name, const QByteArray &value)
{
    m_settings.originHeaders.append({ origin, name, value });
}

void ApiClient::setMaxRedirects(int redirects)
{
    m_settings.maxRedirects = qMax(0, redirects);
}

} // namespace leadopp::net
