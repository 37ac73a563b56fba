#pragma once

#include "core/codec/atomicfile.h"
#include "core/document/draft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLockFile>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace leadopp::core {

/// What the editor journals about one open draft so that a crash loses no edit.
struct RecoveryEntry {
    QString filePath;        ///< the draft's own file; empty for a draft never saved
    QString sourcePath;      ///< the file it was read from (a request body, a response)
    QString displayName;     ///< the draft's name in the editor when journaled
    QDateTime journaledAt;   ///< UTC
    QJsonObject savedRecord; ///< the record as last read or saved: what "changed" is against
    Draft draft;             ///< the draft as it was, rejection and submissions included
};

/// The journal file of one entry (JSON, draft in the draft format). Never holds secrets.
QByteArray writeRecoveryEntry(const RecoveryEntry &entry);
/// Reads a journal file; nothing when the bytes are no journal this version can read.
std::optional<RecoveryEntry> readRecoveryEntry(const QByteArray &bytes);

/// The folder of recovery journals. Every running editor is an instance with an id of its
/// own and holds a lock file named after it there; its journals are named after it too
/// ("ID-N.journal.json", one per modified draft). A journal whose instance's lock is gone
/// or stale (its process died) is an orphan: that is what a next start offers to restore.
class RecoveryJournal final
{
    Q_DISABLE_COPY_MOVE(RecoveryJournal)

public:
    /// The default folder: "recovery" in the application data location.
    static QString defaultDirectory();

    explicit RecoveryJournal(const QString &directory = defaultDirectory());
    ~RecoveryJournal();

    QString directory() const { return m_directory; }
    QString instanceId() const { return m_instanceId; }

    /// Writes (atomically) the journal of draft `number` of this instance.
    FileWriteResult write(int number, const RecoveryEntry &entry);
    /// Removes the journal of draft `number`, if any.
    void remove(int number);
    /// Removes every journal of this instance and its lock: a clean close.
    void close();
    /// Gives up this instance's lock and leaves its journals: a stop on request with unsaved
    /// edits, which the next start offers as it offers a dead editor's.
    void leave();
    QString journalPath(int number) const;

    /// Journals of instances that are no longer running, oldest first.
    QStringList orphans() const;
    /// Removes an orphan journal once it was restored or declined.
    static void discard(const QString &journalPath);

private:
    QString m_directory;
    QString m_instanceId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace leadopp::core
