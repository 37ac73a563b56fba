#include "net/memorycredentialstore.h"

#include <QTimer>

namespace leadopp::net {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent) : CredentialStore(parent) { }

void MemoryCredentialStore::readKey(const QString &envId)
{
    const bool found = m_keys.contains(envId);
    const QString value = m_keys.value(envId);
    QTimer::singleShot(0, this,
                       [this, envId, value, found] { Q_EMIT keyRead(envId, value, found); });
}

void MemoryCredentialStore::writeKey(const QString &envId, const QString &key)
{
    m_keys.insert(envId, key);
    const bool sessionOnly = m_reportSessionOnly;
    QTimer::singleShot(0, this,
                       [this, envId, sessionOnly] { Q_EMIT keyWritten(envId, true, sessionOnly); });
}

void MemoryCredentialStore::deleteKey(const QString &envId)
{
    m_keys.remove(envId);
    QTimer::singleShot(0, this, [this, envId] { Q_EMIT keyDeleted(envId, true); });
}

} // namespace leadopp::net
