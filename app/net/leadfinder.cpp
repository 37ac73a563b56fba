#include "net/leadfinder.h"

#include "net/apiclient.h"
#include "net/apijob.h"

namespace leadopp::net {

LeadFinder::LeadFinder(ApiClient *client, const Environment &environment, const QString &apiKey,
                       QObject *parent)
    : QObject(parent), m_client(client), m_environment(environment), m_apiKey(apiKey)
{ }

bool LeadFinder::findModified(const QDateTime &from, const QDateTime &to)
{
    QList<QByteArray> bodies;
    for (const SearchWindow &window : splitSearchWindow(from, to))
        bodies.append(searchBodyForWindow(window));
    return start(bodies);
}

bool LeadFinder::findPartnerIds(const QStringList &partnerIds)
{
    return partnerIds.isEmpty() ? false : start({ searchBodyForPartnerIds(partnerIds) });
}

void LeadFinder::cancel()
{
    m_pending.clear();
    if (m_job)
        m_job->cancel();
}

bool LeadFinder::start(const QList<QByteArray> &bodies)
{
    if (bodies.isEmpty() || m_job)
        return false;
    m_pending = bodies;
    m_ids.clear();
    m_sent = 0;
    m_planned = int(bodies.size());
    sendNext();
    return true;
}

void LeadFinder::sendNext()
{
    ApiRequest request;
    request.operation = ApiRequest::Search;
    request.environment = m_environment;
    request.apiKey = m_apiKey;
    request.body = m_pending.takeFirst();
    ++m_sent;
    m_job = m_client->start(request);
    connect(m_job, &ApiJob::finished, this, &LeadFinder::onAnswer);
    Q_EMIT searchStarted(m_sent, m_planned);
}

void LeadFinder::onAnswer(const ApiResult &result)
{
    m_job = nullptr;
    for (const QString &id : idsFromSearchAnswer(result.body)) {
        if (!m_ids.contains(id))
            m_ids.append(id);
    }
    if (result.isAccepted() && !m_pending.isEmpty())
        return sendNext();
    m_pending.clear();
    Q_EMIT finished(m_ids, result);
}

} // namespace leadopp::net
