#pragma once

#include "core/document/draft.h"
#include "net/environment.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace leadopp::net {
class ApiClient;
class ApiJob;
class CredentialStore;
class EnvironmentStore;
struct ApiResult;
} // namespace leadopp::net

namespace leadopp::ui {

/// What the fetch side of the window shares: the client, the environments (the one chosen
/// in the window's combo) and the credential store. It reads the key the way a submission
/// does: the keychain's key, or for the built-in sandbox the sandbox key when none is
/// stored. Every failure comes back as one translated sentence for a dialog.
class ServerAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerAccess)

public:
    ServerAccess(net::ApiClient *client, net::EnvironmentStore *environments,
                 net::CredentialStore *credentials, QObject *parent = nullptr);

    net::ApiClient *client() const { return m_client; }
    /// The environment chosen in the window's environment combo.
    net::Environment currentEnvironment() const;
    /// The environment a base copy came from; the current one when it is unknown.
    net::Environment environmentOf(const core::ServerBase &base) const;

    using KeyHandler = std::function<void(const QString &key)>;
    using ErrorHandler = std::function<void(const QString &message)>;
    /// Reads the key of `environment`, then calls exactly one of the handlers (none when
    /// `context` is gone by then).
    void withKey(const net::Environment &environment, QObject *context, KeyHandler onKey,
                 ErrorHandler onError);

    /// Why `environment` cannot be asked at all (a sandbox not running); empty when it can.
    static QString unreachableReason(const net::Environment &environment);
    /// "Could not fetch XJSR-DZMFFT: ..." for a failed GET.
    static QString fetchFailure(const QString &dsId, const net::ApiResult &result);

private:
    net::ApiClient *m_client;
    net::EnvironmentStore *m_environments;
    net::CredentialStore *m_credentials;
};

/// GETs one lead and reads the answer as a draft based on it (as `leadopp get` does).
class LeadFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFetch)

public:
    LeadFetch(ServerAccess *access, QObject *parent = nullptr);
    ~LeadFetch() override;

    void start(const net::Environment &environment, const QString &dsId);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void fetched(const leadopp::core::Draft &draft);
    void failed(const QString &message);

private:
    void send(const QString &key);
    void onAnswer(const net::ApiResult &result);
    void fail(const QString &message);

    ServerAccess *m_access;
    net::Environment m_environment;
    QString m_dsId;
    QPointer<net::ApiJob> m_job;
    bool m_running = false;
};

} // namespace leadopp::ui
