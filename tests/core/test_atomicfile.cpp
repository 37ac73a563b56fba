// The one file writer: a short write or a full disk is a failure naming its cause from
// errno, and the previous file stays byte for byte.
#include "diskfull.h"
#include "testsupport.h"

#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "core/codec/filefingerprint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::test;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

TEST(AtomicFile, writesAndReplacesAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    ASSERT_TRUE(core::writeFileAtomically(path, "first").ok);
    const core::FileWriteResult second = core::writeFileAtomically(path, "second, longer");
    EXPECT_TRUE(second.ok);
    EXPECT_EQ(second.written, 14);
    EXPECT_TRUE(second.reason.isEmpty());
    EXPECT_EQ(contents(path), QByteArray("second, longer"));
}

// What was written and what was read are known by the fingerprint of the very bytes, the
// one the editor's disk watch compares with what the file holds later.
TEST(AtomicFile, writtenAndReadDraftsCarryTheFingerprintOfTheirBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.leadopp.json"));
    core::Draft draft;
    draft.record = test::parseObject(R"({"leadOpportunity": {"name": "Press shop"}})");
    const core::FileWriteResult written = core::writeDraftFile(path, draft);
    ASSERT_TRUE(written.ok);
    EXPECT_EQ(written.fingerprint, core::fingerprintOf(contents(path)));
    EXPECT_EQ(core::readDocumentFile(path, core::Fingerprint::Take).fingerprint,
              written.fingerprint);
    EXPECT_TRUE(core::readDocumentFile(path).fingerprint.isEmpty()); // not asked for
    EXPECT_NE(core::fingerprintOf(contents(path) + ' '), written.fingerprint);
    EXPECT_TRUE(core::readDocument(contents(path)).fingerprint.isEmpty()); // no file
}

TEST(AtomicFile, shortWriteFailsWithTheSystemsReasonAndKeepsThePreviousFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    ASSERT_TRUE(core::writeFileAtomically(path, "previous").ok);
    core::FileWriteResult result;
    {
        // The system takes the first 8192 bytes, then refuses: the bug of a writer that
        // only checks for -1 is a truncated file reported as saved.
        const FileSizeLimit limit(8192);
        result = core::writeFileAtomically(path, QByteArray(20000, 'x'));
    }
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.written, 8192);
    EXPECT_EQ(result.systemError, EFBIG);
    EXPECT_EQ(result.reason, QStringLiteral("File too large"));
    EXPECT_TRUE(result.isOutOfSpace());
    EXPECT_EQ(contents(path), QByteArray("previous"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("draft.json") })
        << "the temporary copy must be removed";
    EXPECT_EQ(core::describeWriteFailure(path, result),
              QStringLiteral("Could not write “%1”: File too large.")
                  .arg(QDir::toNativeSeparators(path)));
}

TEST(AtomicFile, fullDiskFailsWithNoSpaceLeftAndKeepsThePreviousFile)
{
    const SmallTmpfs disk(64 * 1024);
    if (!disk.mounted())
        GTEST_SKIP() << disk.skipReason();
    const QString path = disk.filePath(QStringLiteral("draft.json"));
    const QByteArray previous(3000, 'p');
    ASSERT_TRUE(core::writeFileAtomically(path, previous).ok);
    disk.fill();
    const core::FileWriteResult result = core::writeFileAtomically(path, QByteArray(9000, 'n'));
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.systemError, ENOSPC);
    EXPECT_EQ(result.reason, QStringLiteral("No space left on device"));
    EXPECT_TRUE(result.isOutOfSpace());
    EXPECT_EQ(contents(path), previous);
}

TEST(AtomicFile, missingFolderNamesTheCause)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/draft.json"));
    const core::FileWriteResult result = core::writeFileAtomically(path, "x");
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.reason.isEmpty());
    EXPECT_NE(result.reason, QStringLiteral("Unknown error"));
    EXPECT_FALSE(result.isOutOfSpace());
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
