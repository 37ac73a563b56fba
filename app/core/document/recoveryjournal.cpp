#include "core/document/recoveryjournal.h"

#include "core/codec/codecdraftformat.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

namespace leadopp::core {

namespace {

constexpr char kFormat[] = "leadopp-recovery";
constexpr int kVersion = 1;
const QString kSuffix = QStringLiteral(".journal.json");

QString instanceOf(const QString &journalName)
{
    return journalName.section(u'-', 0, 0);
}

QString lockPath(const QString &directory, const QString &instance)
{
    return QDir(directory).filePath(instance + QStringLiteral(".lock"));
}

// An instance runs while its lock is held by a live process; a lock left by a dead one is
// taken over (and let go at once), so the answer is "no longer running". No age limit: an
// editor open for days is still running.
bool isRunning(const QString &directory, const QString &instance)
{
    QLockFile lock(lockPath(directory, instance));
    lock.setStaleLockTime(0);
    return !lock.tryLock(0);
}

} // namespace

QByteArray writeRecoveryEntry(const RecoveryEntry &entry)
{
    const QJsonObject root {
        { QStringLiteral("format"), QLatin1String(kFormat) },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("filePath"), entry.filePath },
        { QStringLiteral("sourcePath"), entry.sourcePath },
        { QStringLiteral("displayName"), entry.displayName },
        { QStringLiteral("journaledAt"), entry.journaledAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("savedRecord"), entry.savedRecord },
        { QStringLiteral("draft"), draftformat::toJson(entry.draft) },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<RecoveryEntry> readRecoveryEntry(const QByteArray &bytes)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)
        || root.value(QStringLiteral("version")).toInt() != kVersion)
        return std::nullopt;
    RecoveryEntry entry;
    if (!draftformat::fromJson(root.value(QStringLiteral("draft")).toObject(), entry.draft)
             .isEmpty())
        return std::nullopt;
    entry.filePath = root.value(QStringLiteral("filePath")).toString();
    entry.sourcePath = root.value(QStringLiteral("sourcePath")).toString();
    entry.displayName = root.value(QStringLiteral("displayName")).toString();
    entry.journaledAt = QDateTime::fromString(root.value(QStringLiteral("journaledAt")).toString(),
                                              Qt::ISODateWithMs);
    entry.savedRecord = root.value(QStringLiteral("savedRecord")).toObject();
    return entry;
}

QString RecoveryJournal::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

RecoveryJournal::RecoveryJournal(const QString &directory)
    : m_directory(directory), m_instanceId(QUuid::createUuid().toString(QUuid::Id128))
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(lockPath(m_directory, m_instanceId));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

RecoveryJournal::~RecoveryJournal() = default;

QString RecoveryJournal::journalPath(int number) const
{
    return QDir(m_directory).filePath(m_instanceId + u'-' + QString::number(number) + kSuffix);
}

FileWriteResult RecoveryJournal::write(int number, const RecoveryEntry &entry)
{
    QDir().mkpath(m_directory);
    return writeFileAtomically(journalPath(number), writeRecoveryEntry(entry));
}

void RecoveryJournal::remove(int number)
{
    QFile::remove(journalPath(number));
}

void RecoveryJournal::close()
{
    const QStringList own
        = QDir(m_directory).entryList({ m_instanceId + u'*' + kSuffix }, QDir::Files);
    for (const QString &name : own)
        QFile::remove(QDir(m_directory).filePath(name));
    m_lock->unlock();
}

void RecoveryJournal::leave()
{
    m_lock->unlock();
}

QStringList RecoveryJournal::orphans() const
{
    const QDir dir(m_directory);
    QStringList found;
    const QStringList names
        = dir.entryList({ u'*' + kSuffix }, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QString &name : names) {
        const QString instance = instanceOf(name);
        if (instance != m_instanceId && !isRunning(m_directory, instance))
            found.append(dir.filePath(name));
    }
    return found;
}

void RecoveryJournal::discard(const QString &journalPath)
{
    QFile::remove(journalPath);
}

} // namespace leadopp::core
