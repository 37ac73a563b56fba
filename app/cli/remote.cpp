#include "remote.h"

#include "commands.h"
#include "console.h"

#include "net/apijob.h"
#include "net/keychaincredentialstore.h"
#include "net/submissionworkflow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace leadopp::cli {

namespace {

QString keychainKey(const QString &envId)
{
    net::KeychainCredentialStore store;
    QString key;
    QEventLoop loop;
    QObject::connect(&store, &net::CredentialStore::keyRead, &loop,
                     [&](const QString &, const QString &value, bool ok) {
                         if (ok)
                             key = value;
                         loop.quit();
                     });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    store.readKey(envId);
    loop.exec();
    return key;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp", text);
}

} // namespace

QString apiKeyFor(const net::Environment &environment)
{
    const QString fromEnvironment = qEnvironmentVariable("LEADOPP_API_KEY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (environment.sandbox) // takes any key, so scripts need not configure one
        return net::sandboxKey();
    return keychainKey(environment.id);
}

net::ApiResult runJob(net::ApiClient &client, const net::ApiRequest &request, bool quiet)
{
    net::ApiResult result;
    QEventLoop loop;
    net::ApiJob *job = client.start(request);
    QObject::connect(job, &net::ApiJob::finished, &loop, [&](const net::ApiResult &answer) {
        result = answer;
        loop.quit();
    });
    QObject::connect(job, &net::ApiJob::retrying, &loop, [quiet](int attempt, int waitMs) {
        if (!quiet)
            printErr(tr("Retrying (attempt %1) in %2 ms...\n").arg(attempt).arg(waitMs));
    });
    loop.exec();
    return result;
}

int exitCodeFor(net::ErrorKind kind)
{
    if (kind == net::ErrorKind::Accepted)
        return ExitOk;
    if (net::isRejection(kind))
        return ExitFindings;
    return kind == net::ErrorKind::NoKey ? ExitUsage : ExitNetwork;
}

int RemoteSession::open(const QString &command, const QString &env)
{
    m_environment = m_environments.resolve(env);
    if (!m_environment.isValid()) {
        printErr(tr("%1: unknown environment '%2'.\n").arg(command, env));
        return ExitUsage;
    }
    if (m_environment.sandbox) {
        if (!m_sandbox.start()) {
            printErr(tr("%1: the sandbox could not listen on loopback.\n").arg(command));
            return ExitNetwork;
        }
        m_environments.setSandboxUrl(m_sandbox.baseUrl());
        m_environment = m_environments.environment(m_environment.id);
        m_client.addOriginHeader(m_sandbox.baseUrl(), m_sandbox.secretHeader(), m_sandbox.secret());
    }
    m_client.setTimeoutMs(m_environments.timeoutMs());
    m_client.setDeadlineMs(m_environments.deadlineMs());
    m_apiKey = apiKeyFor(m_environment);
    return -1;
}

net::ApiRequest RemoteSession::request(net::ApiRequest::Operation operation) const
{
    net::ApiRequest request;
    request.operation = operation;
    request.environment = m_environment;
    request.apiKey = m_apiKey;
    return request;
}

} // namespace leadopp::cli
