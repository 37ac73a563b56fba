// EnvironmentStore: the custom environments as an array in QSettings (id, name, url,
// createV1). Never a key.
#include "net/environmentstore.h"
#include "net/urlsafety.h"

#include <QSettings>

namespace leadopp::net {

namespace {

const QLatin1String kCustomArray("net/customEnvironments");

} // namespace

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
