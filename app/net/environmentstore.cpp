#include "net/environmentstore.h"

#include "net/apijob.h"
#include "net/builtinenvironments.h"
#include "net/urlsafety.h"

#include <QSettings>

namespace leadopp::net {

namespace {

enum class Key {
    Version,
    CurrentEnvironment,
    TimeoutMs,
    DeadlineMs,
    ReviewBeforeSending,
    BaseMaxAgeMinutes
};

struct KeySpec {
    Key key;
    const char *name;
    QVariant fallback;
};

// Every stored setting of this class with its default. Custom environments are an array
// under "net/customEnvironments" (id, name, url, createV1).
const QList<KeySpec> &keyTable()
{
    static const QList<KeySpec> table = {
        { Key::Version, "net/settingsVersion", 0 },
        { Key::CurrentEnvironment, "net/currentEnvironment", QStringLiteral("sandbox") },
        { Key::TimeoutMs, "net/timeoutMs", JobSettings().timeoutMs },
        { Key::DeadlineMs, "net/deadlineMs", JobSettings().deadlineMs },
        { Key::ReviewBeforeSending, "submit/reviewBeforeSending", false },
        { Key::BaseMaxAgeMinutes, "submit/baseMaxAgeMinutes", 60 },
    };
    return table;
}

const KeySpec &spec(Key key)
{
    for (const KeySpec &entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    return keyTable().constFirst();
}

QVariant readSetting(const QSettings &settings, Key key)
{
    const KeySpec &entry = spec(key);
    return settings.value(QLatin1String(entry.name), entry.fallback);
}

void writeSetting(QSettings &settings, Key key, const QVariant &value)
{
    settings.setValue(QLatin1String(spec(key).name), value);
}

} // namespace

EnvironmentStore::EnvironmentStore(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>())
{
    migrate();
}

EnvironmentStore::EnvironmentStore(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

EnvironmentStore::~EnvironmentStore() = default;

QList<Environment> EnvironmentStore::environments() const
{
    QList<Environment> list;
    const QList<Environment> builtIns = builtInEnvironments();
    for (Environment environment : builtIns) {
        if (environment.sandbox)
            environment.baseUrl = m_sandboxUrl;
        list.append(environment);
    }
    list.append(customEnvironments());
    return list;
}

Environment EnvironmentStore::environment(const QString &id) const
{
    const QList<Environment> list = environments();
    for (const Environment &environment : list) {
        if (environment.id == id)
            return environment;
    }
    return {};
}

QString EnvironmentStore::currentId() const
{
    const QString id = readSetting(*m_settings, Key::CurrentEnvironment).toString();
    return environment(id).isValid() ? id : sandboxId();
}

bool EnvironmentStore::setCurrentId(const QString &id)
{
    if (!environment(id).isValid())
        return false;
    if (id == currentId())
        return true;
    writeSetting(*m_settings, Key::CurrentEnvironment, id);
    Q_EMIT currentChanged(id);
    return true;
}

void EnvironmentStore::setSandboxUrl(const QUrl &url)
{
    if (url == m_sandboxUrl)
        return;
    m_sandboxUrl = url;
    Q_EMIT environmentsChanged();
}

Environment EnvironmentStore::addCustom(const QUrl &baseUrl, const QString &displayName)
{
    if (!isUsableApiUrl(baseUrl) || baseUrl.hasQuery())
        return {};
    const QUrl base = normalisedApiBase(baseUrl);
    QList<Environment> list = customEnvironments();
    int highest = 0;
    for (const Environment &existing : list) {
        if (existing.baseUrl == base)
            return existing;
        highest = qMax(highest, existing.id.mid(7).toInt());
    }
    Environment environment;
    environment.id = QStringLiteral("custom-%1").arg(highest + 1);
    environment.displayName = displayName.isEmpty() ? base.toString() : displayName;
    environment.baseUrl = base;
    environment.custom = true;
    list.append(environment);
    writeCustomEnvironments(list);
    Q_EMIT environmentsChanged();
    return environment;
}

bool EnvironmentStore::removeCustom(const QString &id)
{
    QList<Environment> list = customEnvironments();
    const auto removed = list.removeIf([&id](const Environment &e) { return e.id == id; });
    if (removed == 0)
        return false;
    const bool wasCurrent = readSetting(*m_settings, Key::CurrentEnvironment).toString() == id;
    writeCustomEnvironments(list);
    if (wasCurrent) {
        writeSetting(*m_settings, Key::CurrentEnvironment, sandboxId());
        Q_EMIT currentChanged(sandboxId());
    }
    Q_EMIT environmentsChanged();
    return true;
}

int EnvironmentStore::timeoutMs() const
{
    const int ms = readSetting(*m_settings, Key::TimeoutMs).toInt();
    return ms > 0 ? ms : spec(Key::TimeoutMs).fallback.toInt();
}

void EnvironmentStore::setTimeoutMs(int ms)
{
    writeSetting(*m_settings, Key::TimeoutMs, qMax(1, ms));
}

int EnvironmentStore::deadlineMs() const
{
    const int ms = readSetting(*m_settings, Key::DeadlineMs).toInt();
    return ms > 0 ? ms : spec(Key::DeadlineMs).fallback.toInt();
}

void EnvironmentStore::setDeadlineMs(int ms)
{
    writeSetting(*m_settings, Key::DeadlineMs, qMax(1, ms));
}

bool EnvironmentStore::reviewBeforeSending() const
{
    return readSetting(*m_settings, Key::ReviewBeforeSending).toBool();
}

void EnvironmentStore::setReviewBeforeSending(bool on)
{
    writeSetting(*m_settings, Key::ReviewBeforeSending, on);
}

int EnvironmentStore::baseMaxAgeMinutes() const
{
    const int minutes = readSetting(*m_settings, Key::BaseMaxAgeMinutes).toInt();
    return minutes > 0 ? minutes : spec(Key::BaseMaxAgeMinutes).fallback.toInt();
}

void EnvironmentStore::setBaseMaxAgeMinutes(int minutes)
{
    writeSetting(*m_settings, Key::BaseMaxAgeMinutes, qMax(1, minutes));
}

void EnvironmentStore::migrate()
{
    const int stored = readSetting(*m_settings, Key::Version).toInt();
    if (stored >= kSettingsVersion)
        return; // current, or written by a newer build: never downgrade
    // Version 0 kept the current environment under "environment" and had no custom list.
    const QLatin1String legacyCurrent("environment");
    if (m_settings->contains(legacyCurrent)) {
        const QString id = m_settings->value(legacyCurrent).toString();
        if (environment(id).isValid())
            writeSetting(*m_settings, Key::CurrentEnvironment, id);
        m_settings->remove(legacyCurrent);
    }
    writeSetting(*m_settings, Key::Version, kSettingsVersion);
}

} // namespace leadopp::net
