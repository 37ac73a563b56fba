#pragma once

#include "net/credentialstore.h"

#include <QHash>
#include <QString>

namespace leadopp::net {

/// Keys in the system keychain through QtKeychain (service "leadopp", one entry per
/// environment id). When no keychain backend answers, a written key is held in memory for
/// this session only and keyWritten() reports sessionOnly = true.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    /// `service` other than "leadopp" is for tests only.
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void readKey(const QString &envId) override;
    void writeKey(const QString &envId, const QString &key) override;
    void deleteKey(const QString &envId) override;

    QString service() const { return m_service; }
    /// True once a write fell back to memory because no keychain answered.
    bool isSessionOnly(const QString &envId) const { return m_sessionKeys.contains(envId); }

private:
    QString m_service;
    QHash<QString, QString> m_sessionKeys; ///< fallback when no backend answers
};

} // namespace leadopp::net
