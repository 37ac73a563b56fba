// The recovery journal's file and folder: an entry survives writing and reading whole, a
// running instance's journals are never orphans, a dead one's are (its stale lock is
// taken over), and a clean close leaves nothing behind.
#include "core/codec/documentreader.h"
#include "core/document/recoveryjournal.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

core::RecoveryEntry sampleEntry()
{
    core::RecoveryEntry entry;
    const core::ReadResult read = core::readDocumentFile(
        test::dataPath(QStringLiteral("drafts/rejected-submission.leadopp.json")));
    EXPECT_TRUE(read.ok);
    entry.filePath = QStringLiteral("/drafts/work.leadopp.json");
    entry.sourcePath = entry.filePath;
    entry.displayName = QStringLiteral("work.leadopp.json");
    entry.journaledAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 125), Qt::UTC);
    entry.savedRecord = read.draft.record;
    entry.draft = read.draft;
    entry.draft.record.insert(QStringLiteral("partnerId"), QStringLiteral("changed"));
    return entry;
}

} // namespace

TEST(RecoveryJournal, entry_roundTripsWhole)
{
    const core::RecoveryEntry entry = sampleEntry();
    const auto back = core::readRecoveryEntry(core::writeRecoveryEntry(entry));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->filePath, entry.filePath);
    EXPECT_EQ(back->sourcePath, entry.sourcePath);
    EXPECT_EQ(back->displayName, entry.displayName);
    EXPECT_EQ(back->journaledAt, entry.journaledAt);
    EXPECT_EQ(back->savedRecord, entry.savedRecord);
    EXPECT_EQ(back->draft, entry.draft);
    EXPECT_FALSE(core::readRecoveryEntry("{\"format\": \"leadopp-draft\"}").has_value());
    EXPECT_FALSE(core::readRecoveryEntry("not json").has_value());
}

TEST(RecoveryJournal, runningInstance_isNoOrphan_deadOneIs)
{
    QTemporaryDir dir;
    core::RecoveryJournal running(dir.path());
    ASSERT_TRUE(running.write(1, sampleEntry()).ok);
    core::RecoveryJournal next(dir.path());
    EXPECT_TRUE(next.orphans().isEmpty());

    // An instance that died: its lock names a process that no longer exists.
    const QString dead = QDir(dir.path()).filePath(QStringLiteral("deadbeef-3.journal.json"));
    ASSERT_TRUE(core::writeFileAtomically(dead, core::writeRecoveryEntry(sampleEntry())).ok);
    QFile lock(QDir(dir.path()).filePath(QStringLiteral("deadbeef.lock")));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray("2147483646\nleadopp-editor\n") + QSysInfo::machineHostName().toUtf8()
               + "\n");
    lock.close();
    EXPECT_EQ(next.orphans(), QStringList { dead });
    EXPECT_FALSE(lock.exists()); // the stale lock was taken over and let go
    core::RecoveryJournal::discard(dead);
    EXPECT_TRUE(next.orphans().isEmpty());
}

TEST(RecoveryJournal, cleanClose_removesJournalsAndLock)
{
    QTemporaryDir dir;
    {
        core::RecoveryJournal journal(dir.path());
        ASSERT_TRUE(journal.write(1, sampleEntry()).ok);
        ASSERT_TRUE(journal.write(2, sampleEntry()).ok);
        journal.remove(1);
        EXPECT_FALSE(QFile::exists(journal.journalPath(1)));
        EXPECT_TRUE(QFile::exists(journal.journalPath(2)));
        journal.close();
    }
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}
