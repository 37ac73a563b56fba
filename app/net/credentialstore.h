#pragma once

#include <QObject>
#include <QString>

namespace leadopp::net {

/// Where API keys live, one per environment id. Asynchronous: every call answers with
/// exactly one signal. A key is never written to QSettings, drafts, exports or logs.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    /// Answers with keyRead(); `ok` false (empty key) when none is stored.
    virtual void readKey(const QString &envId) = 0;
    /// Answers with keyWritten(); `sessionOnly` true when the key is held in memory only
    /// because no keychain answered (the caller tells the user).
    virtual void writeKey(const QString &envId, const QString &key) = 0;
    /// Answers with keyDeleted().
    virtual void deleteKey(const QString &envId) = 0;

Q_SIGNALS:
    void keyRead(const QString &envId, const QString &key, bool ok);
    void keyWritten(const QString &envId, bool ok, bool sessionOnly);
    void keyDeleted(const QString &envId, bool ok);
};

} // namespace leadopp::net
