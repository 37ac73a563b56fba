#pragma once

#include "net/environment.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QSettings;

namespace leadopp::net {

/// The environments the editor and the CLI can talk to: the built-in sandbox (default),
/// the five 3DS gateways and custom base URLs. Custom URLs, the current choice and the
/// timeout and the submit options persist in QSettings (never a key: keys live in a
/// CredentialStore).
class EnvironmentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentStore)

public:
    /// Uses the application's default QSettings.
    explicit EnvironmentStore(QObject *parent = nullptr);
    /// Uses an INI file (tests, portable setups).
    explicit EnvironmentStore(const QString &iniFile, QObject *parent = nullptr);
    ~EnvironmentStore() override;

    /// Settings layout version written by this build; migrate() brings older ones up.
    static constexpr int kSettingsVersion = 1;
    static QString sandboxId() { return QStringLiteral("sandbox"); }

    /// Built-ins first (sandbox, ppt, qal, ptd, ppd, prd), then custom ones in order added.
    QList<Environment> environments() const;
    /// An invalid Environment when `id` is unknown.
    Environment environment(const QString &id) const;

    QString currentId() const;
    /// Unknown ids are refused (returns false).
    bool setCurrentId(const QString &id);
    Environment current() const { return environment(currentId()); }

    /// Filled in at run time by whoever starts the in-process sandbox; not persisted.
    void setSandboxUrl(const QUrl &url);

    /// Adds a custom base URL (http or https, a host, no query); returns the new
    /// environment, or an invalid one when the URL is unusable. An existing custom
    /// environment with the same URL is returned instead of a duplicate.
    Environment addCustom(const QUrl &baseUrl, const QString &displayName = {});
    bool removeCustom(const QString &id);

    /// For `--env NAME|URL`: an id, a display name or common alias ("production", "qa",
    /// "dev") case-insensitively, or an http(s) URL (matched to a known environment by
    /// base URL, else a transient custom environment that is not persisted).
    Environment resolve(const QString &nameOrUrl) const;

    /// Transfer timeout for API calls, in milliseconds.
    int timeoutMs() const;
    void setTimeoutMs(int ms);
    /// Overall deadline of one API request, in milliseconds (default 60 s).
    int deadlineMs() const;
    void setDeadlineMs(int ms);

    /// Whether the editor shows the request for review before sending it (default off:
    /// Submit sends at once, as it always has; Submit ▸ Review Changes is there either way).
    bool reviewBeforeSending() const;
    void setReviewBeforeSending(bool on);
    /// A PATCH whose base copy is older than this offers a refresh first (default 60).
    int baseMaxAgeMinutes() const;
    void setBaseMaxAgeMinutes(int minutes);

    /// Brings settings written by an older layout up to kSettingsVersion. Run by the
    /// constructors; public so tests can exercise it.
    void migrate();

Q_SIGNALS:
    void environmentsChanged();
    void currentChanged(const QString &id);

private:
    QList<Environment> customEnvironments() const;
    void writeCustomEnvironments(const QList<Environment> &list);

    std::unique_ptr<QSettings> m_settings;
    QUrl m_sandboxUrl;
};

} // namespace leadopp::net
