#include "ui/window/draftlocks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace leadopp::ui {

QString DraftLocks::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("locks"));
}

DraftLocks::DraftLocks(const QString &directory) : m_directory(directory) { }

DraftLocks::~DraftLocks() = default;

QString DraftLocks::lockPathFor(const QString &filePath) const
{
    const QByteArray hash
        = QCryptographicHash::hash(filePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash) + QStringLiteral(".lock"));
}

bool DraftLocks::acquire(const QString &filePath)
{
    if (filePath.isEmpty() || holds(filePath))
        return true;
    QDir().mkpath(m_directory);
    auto lock = std::make_shared<QLockFile>(lockPathFor(filePath));
    // No age limit: an editor left open for days still holds its drafts. A lock whose
    // process is gone is stale whatever its age, and tryLock() takes it over.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_locks.insert(filePath, lock);
    return true;
}

void DraftLocks::release(const QString &filePath)
{
    m_locks.remove(filePath); // QLockFile unlocks when destroyed
}

QString DraftLocks::holderOf(const QString &filePath) const
{
    QLockFile lock(lockPathFor(filePath));
    qint64 pid = 0;
    QString hostName;
    QString application;
    if (!lock.getLockInfo(&pid, &hostName, &application))
        return QString();
    return QStringLiteral("%1 (%2) on %3").arg(application).arg(pid).arg(hostName);
}

} // namespace leadopp::ui
