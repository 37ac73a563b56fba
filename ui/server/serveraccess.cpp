#include "ui/server/serveraccess.h"

#include "core/codec/documentreader.h"
#include "net/apiclient.h"
#include "net/apijob.h"
#include "net/credentialstore.h"
#include "net/environmentstore.h"
#include "net/submissionworkflow.h"

#include <memory>

namespace leadopp::ui {

ServerAccess::ServerAccess(net::ApiClient *client, net::EnvironmentStore *environments,
                           net::CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_client(client), m_environments(environments), m_credentials(credentials)
{ }

net::Environment ServerAccess::currentEnvironment() const
{
    return m_environments->current();
}

net::Environment ServerAccess::environmentOf(const core::ServerBase &base) const
{
    const net::Environment named = m_environments->environment(base.environment);
    return named.isValid() ? named : currentEnvironment();
}

// The store answers every read with one keyRead signal for that environment; the first
// answer for ours is taken and the connection dropped, so reads of other dialogs (or of the
// submission) running meanwhile are left alone.
void ServerAccess::withKey(const net::Environment &environment, QObject *context, KeyHandler onKey,
                           ErrorHandler onError)
{
    if (const QString reason = unreachableReason(environment); !reason.isEmpty())
        return onError(reason);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_credentials, &net::CredentialStore::keyRead, context,
        [connection, environment, onKey](const QString &envId, const QString &key, bool ok) {
            if (envId != environment.id)
                return;
            QObject::disconnect(*connection);
            onKey(net::keyToSend(environment, key, ok));
        });
    m_credentials->readKey(environment.id);
}

QString ServerAccess::unreachableReason(const net::Environment &environment)
{
    if (!environment.isValid())
        return tr("No environment is chosen.");
    if (environment.sandbox && environment.baseUrl.isEmpty())
        return tr("The built-in sandbox is not running.");
    return {};
}

QString ServerAccess::fetchFailure(const QString &dsId, const net::ApiResult &result)
{
    return tr("Could not fetch %1: %2").arg(dsId, result.message);
}

LeadFetch::LeadFetch(ServerAccess *access, QObject *parent) : QObject(parent), m_access(access) { }

LeadFetch::~LeadFetch()
{
    cancel();
}

void LeadFetch::start(const net::Environment &environment, const QString &dsId)
{
    cancel();
    m_environment = environment;
    m_dsId = dsId;
    m_running = true;
    m_access->withKey(
        environment, this, [this](const QString &key) { send(key); },
        [this](const QString &message) { fail(message); });
}

void LeadFetch::cancel()
{
    m_running = false;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_job = nullptr;
}

void LeadFetch::send(const QString &key)
{
    if (!m_running)
        return;
    net::ApiRequest request;
    request.operation = net::ApiRequest::Get;
    request.environment = m_environment;
    request.dsLeadOpportunityId = m_dsId;
    request.apiKey = key;
    m_job = m_access->client()->start(request);
    connect(m_job, &net::ApiJob::finished, this, &LeadFetch::onAnswer);
}

// The GET answer as a draft based on it: a later PATCH sends only what the rep changes.
void LeadFetch::onAnswer(const net::ApiResult &result)
{
    m_job = nullptr;
    if (!m_running)
        return;
    if (!result.isAccepted())
        return fail(ServerAccess::fetchFailure(m_dsId, result));
    const core::ReadResult read = core::readDocument(result.body);
    if (!read.ok || read.shape != core::InputShape::GetResponse)
        return fail(tr("The answer for %1 holds no lead record: %2").arg(m_dsId, read.error));
    core::Draft draft = read.draft;
    draft.base.environment = m_environment.id;
    draft.base.fetchedAt
        = result.sentAt.isValid() ? result.sentAt : QDateTime::currentDateTimeUtc();
    m_running = false;
    Q_EMIT fetched(draft);
}

void LeadFetch::fail(const QString &message)
{
    m_running = false;
    Q_EMIT failed(message);
}

} // namespace leadopp::ui
