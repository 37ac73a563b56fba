#include "net/keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace leadopp::net {

namespace {

// Errors that mean "there is no keychain to talk to", as opposed to a refusal by the user.
bool noKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(QStringLiteral("leadopp"), parent)
{ }

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{ }

void KeychainCredentialStore::readKey(const QString &envId)
{
    if (m_sessionKeys.contains(envId)) {
        const QString key = m_sessionKeys.value(envId);
        QTimer::singleShot(0, this, [this, envId, key] { Q_EMIT keyRead(envId, key, true); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(envId);
    connect(job, &QKeychain::Job::finished, this, [this, envId](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        const bool ok = read->error() == QKeychain::NoError;
        Q_EMIT keyRead(envId, ok ? read->textData() : QString(), ok);
    });
    job->start();
}

void KeychainCredentialStore::writeKey(const QString &envId, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(envId);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, envId, key](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            m_sessionKeys.remove(envId);
            Q_EMIT keyWritten(envId, true, false);
        } else if (noKeychain(done->error())) {
            m_sessionKeys.insert(envId, key);
            Q_EMIT keyWritten(envId, true, true);
        } else {
            Q_EMIT keyWritten(envId, false, false);
        }
    });
    job->start();
}

void KeychainCredentialStore::deleteKey(const QString &envId)
{
    const bool hadSessionKey = m_sessionKeys.remove(envId);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(envId);
    connect(job, &QKeychain::Job::finished, this,
            [this, envId, hadSessionKey](QKeychain::Job *done) {
                const QKeychain::Error error = done->error();
                const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound
                    || (hadSessionKey && noKeychain(error));
                Q_EMIT keyDeleted(envId, ok);
            });
    job->start();
}

} // namespace leadopp::net
