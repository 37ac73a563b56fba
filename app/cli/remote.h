#pragma once

#include "net/apiclient.h"
#include "net/apirequest.h"
#include "net/apiresult.h"
#include "net/environmentstore.h"
#include "sandbox/sandboxthread.h"

#include <QNetworkAccessManager>
#include <QString>

namespace leadopp::cli {

/// The API key for `environment`: LEADOPP_API_KEY when set, a demo key for the built-in
/// sandbox, otherwise the keychain's (empty when it holds none).
QString apiKeyFor(const net::Environment &environment);

/// Runs one job to its end in a local event loop; retries are announced on stderr unless
/// `quiet`.
net::ApiResult runJob(net::ApiClient &client, const net::ApiRequest &request, bool quiet);

/// 0 accepted, 1 the record was refused, 2 setup (no API key), 3 network or server failure.
int exitCodeFor(net::ErrorKind kind);

/// One environment to talk to from a command: resolved by id or base URL, the built-in
/// sandbox started in-process when it is the one, a client with the configured limits.
class RemoteSession final
{
public:
    /// -1 when ready; otherwise the exit code, the reason printed as "COMMAND: ...".
    int open(const QString &command, const QString &env);

    net::ApiClient &client() { return m_client; }
    const net::Environment &environment() const { return m_environment; }
    const QString &apiKey() const { return m_apiKey; }
    /// A request of `operation` to this environment, with its key.
    net::ApiRequest request(net::ApiRequest::Operation operation) const;

private:
    net::EnvironmentStore m_environments;
    sandbox::SandboxThread m_sandbox;
    QNetworkAccessManager m_nam;
    net::ApiClient m_client { &m_nam };
    net::Environment m_environment;
    QString m_apiKey;
};

} // namespace leadopp::cli
