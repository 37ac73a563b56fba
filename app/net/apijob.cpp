#include "net/apijob.h"

#include "net/reconciler.h"
#include "net/replyclassifier.h"
#include "net/urlsafety.h"

#include <QThread>
#include <memory>

namespace leadopp::net {

namespace {

// Answers up to this size are classified at once: parsing and mapping them takes well
// under a millisecond, and the job stays synchronous for them.
constexpr qsizetype kClassifyHereMaxBytes = 64 * 1024;

} // namespace

// The QNetworkAccessManager stays in the signature for the callers that own one; requests
// go over HttpExchange, which never re-sends a request on its own.
ApiJob::ApiJob(QNetworkAccessManager *, const ApiRequest &request, const JobSettings &settings,
               QObject *parent)
    : QObject(parent), m_request(request), m_settings(settings)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    m_nextWaitMs = m_settings.retryPolicy.defaultWaitMs;
}

ApiJob::~ApiJob()
{
    if (m_exchange)
        m_exchange->abort();
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

ExchangeRequest ApiJob::exchangeRequest(const QByteArray &method, const QUrl &url) const
{
    ExchangeRequest request;
    request.method = method;
    request.url = url;
    request.headers = m_request.headers(m_request.apiKey.toUtf8());
    for (const OriginHeader &header : m_settings.originHeaders) {
        if (isSameOrigin(header.origin, url))
            request.headers.append({ header.name, header.value });
    }
    request.inactivityMs = m_settings.timeoutMs;
    request.deadlineMs = m_settings.deadlineMs;
    request.maxBodyBytes = m_settings.maxBodyBytes;
    request.connectTo = m_settings.connectTo;
    return request;
}

void ApiJob::sendRequest()
{
    // Redirects are followed here: the key goes along with every request, so only
    // same-origin targets are followed, and the cap is counted exactly.
    ExchangeRequest request = exchangeRequest(m_request.method(), m_currentUrl);
    request.body = m_request.operation == ApiRequest::Get ? QByteArray() : m_request.body;
    m_exchange = new HttpExchange(request, this);
    connect(m_exchange, &HttpExchange::finished, this, &ApiJob::onExchangeFinished);
    m_exchange->start();
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

void ApiJob::onExchangeFinished()
{
    HttpExchange *exchange = m_exchange;
    if (!exchange)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    if (m_finished)
        return;
    const ExchangeOutcome &outcome = exchange->outcome();
    if (!outcome.tooLarge && outcome.stage == ExchangeStage::Answered
        && followRedirect(outcome.status, outcome.location))
        return;
    settle(outcome);
}

void ApiJob::settle(const ExchangeOutcome &outcome)
{
    ReplyFacts facts;
    facts.status = outcome.status;
    facts.error = outcome.error;
    facts.tooLarge = outcome.tooLarge;
    facts.maxBodyBytes = m_settings.maxBodyBytes;
    facts.listDue = m_request.operation == ApiRequest::Search;
    // Blanked before anything is read from it: a trace id, an error message or a field path
    // the server built from the request would carry the key on to the screen and the draft.
    facts.body = scrubbed(outcome.body);
    for (const auto &[name, value] : outcome.headers)
        facts.headers.append({ name, scrubbed(value) });
    m_retryAfterSeconds = retryAfterSeconds(outcome.retryAfter, QDateTime::currentDateTimeUtc());
    if (facts.body.size() > kClassifyHereMaxBytes)
        return classifyAside(outcome, facts);
    settleClassified(outcome, facts, classifyReply(facts, m_request.record));
}

// A big answer (a 400 naming thousands of fields of a big record) takes longer to parse
// and map than a frame lasts: it is classified on a thread of its own, from copies, and
// settled back here. A job cancelled meanwhile has finished already and ignores it.
void ApiJob::classifyAside(const ExchangeOutcome &outcome, const ReplyFacts &facts)
{
    auto classification = std::make_shared<Classification>();
    QThread *worker = QThread::create([classification, facts, record = m_request.record] {
        *classification = classifyReply(facts, record);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, classification, outcome, facts] {
        if (!m_finished)
            settleClassified(outcome, facts, *classification);
    });
    worker->start();
}

void ApiJob::settleClassified(const ExchangeOutcome &outcome, const ReplyFacts &facts,
                              const Classification &classification)
{
    const bool answered = outcome.stage == ExchangeStage::Answered;
    if (answered
        && (classification.kind == ErrorKind::RateLimited
            || classification.kind == ErrorKind::Maintenance)
        && scheduleRetry())
        return;
    m_result.httpStatus = facts.status;
    m_result.body = facts.body;
    m_result.traceId = classification.traceId;
    m_result.fieldErrors = classification.fieldErrors;
    m_result.dsLeadOpportunityId = classification.dsLeadOpportunityId;
    m_result.deadlineExpired = outcome.deadlineExpired;
    if (outcome.error != QNetworkReply::NoError)
        m_result.detail
            = QStringLiteral("%1 (%2)").arg(outcome.errorString).arg(int(outcome.error));
    // A GET or a search changes nothing on the server: its outcome is never "unknown".
    const bool changes
        = m_request.operation == ApiRequest::Update || m_request.operation == ApiRequest::Create;
    m_result.unknownCause = changes ? unknownCause(outcome) : UnknownCause::None;
    m_result.delivery = m_result.unknownCause != UnknownCause::None ? Delivery::Unknown
        : outcome.stage == ExchangeStage::Connecting                ? Delivery::NotSent
                                                                    : Delivery::Answered;
    m_pendingKind = classification.kind;
    if (m_result.delivery == Delivery::Unknown && m_settings.reconcileUnknown)
        return reconcile();
    finishWith(classification.kind, facts.status);
}

// Nothing is sent again before the server has said whether the first one landed.
void ApiJob::reconcile()
{
    auto *reconciler = new Reconciler(m_request, exchangeRequest({}, {}), this);
    m_reconciler = reconciler;
    connect(reconciler, &Reconciler::done, this, [this, reconciler](const Reconciliation &found) {
        reconciler->deleteLater();
        m_result.reconciliation = found;
        ErrorKind kind = m_pendingKind;
        if (found.state == Reconciliation::Landed) {
            kind = ErrorKind::Accepted;
            m_result.dsLeadOpportunityId = found.dsLeadOpportunityId;
        }
        finishWith(kind, m_result.httpStatus);
    });
    reconciler->start();
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
    if (m_exchange) {
        m_exchange->abort();
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
    if (auto *reconciler = qobject_cast<Reconciler *>(m_reconciler.data()))
        reconciler->abort();
    finishWith(ErrorKind::Cancelled);
}

// A server that echoes the request (headers included) must not get the key into a
// history, a log, a rejection or a message: every copy of it in what came back is blanked.
QByteArray ApiJob::scrubbed(QByteArray bytes) const
{
    const QByteArray key = m_request.apiKey.toUtf8();
    if (key.isEmpty())
        return bytes;
    for (const QByteArray &form :
         { key, QUrl::toPercentEncoding(m_request.apiKey), key.toBase64() })
        bytes.replace(form, QByteArrayLiteral("[redacted]"));
    return bytes;
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
    m_result.detail = QString::fromUtf8(scrubbed(m_result.detail.toUtf8()));
    m_result.message = m_result.deadlineExpired ? describeDeadline(m_settings.deadlineMs)
                                                : describe(kind, context);
    // The partner id is read back from the body only for the sentence that names it: parsing
    // a big body again on every answer took longer than a frame.
    if (m_result.unknownCause != UnknownCause::None)
        m_result.message += u' '
            + describeDelivery(m_result.unknownCause, m_result.reconciliation, context.create,
                               Reconciler::partnerIdOf(m_request));
    if (!m_result.sentAt.isValid())
        m_result.sentAt = QDateTime::currentDateTimeUtc();
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_finished = true;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace leadopp::net
