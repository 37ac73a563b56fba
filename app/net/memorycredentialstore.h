#pragma once

#include "net/credentialstore.h"

#include <QHash>

namespace leadopp::net {

/// Keys in memory only (tests, and the session fallback of KeychainCredentialStore).
/// Answers asynchronously like a real keychain (queued), so callers cannot rely on order.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    void readKey(const QString &envId) override;
    void writeKey(const QString &envId, const QString &key) override;
    void deleteKey(const QString &envId) override;

    /// Synchronous access for the owner (the keychain fallback).
    bool contains(const QString &envId) const { return m_keys.contains(envId); }
    QString key(const QString &envId) const { return m_keys.value(envId); }
    void setKey(const QString &envId, const QString &key) { m_keys.insert(envId, key); }
    void removeKey(const QString &envId) { m_keys.remove(envId); }
    /// Makes writeKey() report sessionOnly = true, as a machine without a keychain would.
    void setReportSessionOnly(bool sessionOnly) { m_reportSessionOnly = sessionOnly; }

private:
    QHash<QString, QString> m_keys;
    bool m_reportSessionOnly = false;
};

} // namespace leadopp::net
