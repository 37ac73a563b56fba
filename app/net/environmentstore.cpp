#include "net/environmentstore.h"

#include "net/apijob.h"
#include "net/builtinenvironments.h"
#include "net/urlsafety.h"

#include <QSettings>

namespace leadopp::net {

namespace {

enum class Key { Version, CurrentEnvironment, TimeoutMs, DeadlineMs };

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

const QLatin1String kCustomArray("net/customEnvironments");

QUrl normalisedBase(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::RemoveUserInfo | QUrl::NormalizePathSegments);
    if (base.path() == QLatin1String("/"))
        base.setPath(QString());
    return base;
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
    const QUrl base = normalisedBase(baseUrl);
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

Environment EnvironmentStore::resolve(const QString &nameOrUrl) const
{
    const QString text = nameOrUrl.trimmed();
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!isUsableApiUrl(url) || url.hasQuery())
            return {};
        const QUrl base = normalisedBase(url);
        const QList<Environment> list = environments();
        for (const Environment &environment : list) {
            if (!environment.baseUrl.isEmpty() && normalisedBase(environment.baseUrl) == base)
                return environment;
        }
        Environment transient;
        transient.id = base.toString();
        transient.displayName = transient.id;
        transient.baseUrl = base;
        transient.custom = true;
        return transient;
    }
    if (const QString id = builtInIdForName(text); !id.isEmpty())
        return environment(id);
    const QList<Environment> list = environments();
    for (const Environment &environment : list) {
        if (environment.id.compare(text, Qt::CaseInsensitive) == 0
            || environment.displayName.compare(text, Qt::CaseInsensitive) == 0)
            return environment;
    }
    return {};
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

QList<Environment> EnvironmentStore::customEnvironments() const
{
    QList<Environment> list;
    const int count = m_settings->beginReadArray(kCustomArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Environment environment;
        environment.id = m_settings->value(QStringLiteral("id")).toString();
        environment.displayName = m_settings->value(QStringLiteral("name")).toString();
        environment.baseUrl
            = QUrl(m_settings->value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        environment.createV1 = m_settings->value(QStringLiteral("createV1"), false).toBool();
        environment.custom = true;
        if (environment.id.startsWith(QLatin1String("custom-"))
            && isUsableApiUrl(environment.baseUrl))
            list.append(environment);
    }
    m_settings->endArray();
    return list;
}

void EnvironmentStore::writeCustomEnvironments(const QList<Environment> &list)
{
    m_settings->remove(kCustomArray);
    m_settings->beginWriteArray(kCustomArray, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), list.at(i).id);
        m_settings->setValue(QStringLiteral("name"), list.at(i).displayName);
        m_settings->setValue(QStringLiteral("url"), list.at(i).baseUrl.toString());
        m_settings->setValue(QStringLiteral("createV1"), list.at(i).createV1);
    }
    m_settings->endArray();
}

} // namespace leadopp::net
