// Files named at start are read and validated on a worker thread while the window is
// built: what the window gets from there is what reading the file gives, and a file that
// changed since is read again.
#include "core/codec/documentreader.h"
#include "core/codec/exportmode.h"
#include "core/validation/validator.h"
#include "testsupport.h"
#include "ui/session/editsession.h"
#include "ui/window/documentview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/readahead.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");
const QString kCleanDraft = QStringLiteral("drafts/clean-new-lead.leadopp.json");

class ReadAheadTest : public ::testing::Test
{
protected:
    QString copy(const QString &relative, const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile::copy(test::dataPath(relative), path);
        return path;
    }
    static void overwrite(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(ReadAheadTest, givesWhatReadingTheFileGivesWithTheRecordsFindings)
{
    const QString path = copy(kRejectedDraft, QStringLiteral("a.leadopp.json"));
    ui::ReadAhead ahead({ path });
    const std::optional<ui::ReadAhead::Taken> taken = ahead.take(path);
    ASSERT_TRUE(taken.has_value());
    const core::ReadResult read = core::readDocumentFile(path);
    ASSERT_TRUE(taken->read.ok);
    EXPECT_EQ(taken->read.draft, read.draft);
    EXPECT_EQ(taken->read.shape, read.shape);
    const core::ExportMode mode = core::defaultExportMode(read.draft.record);
    const ui::RecordValidation validation = taken->validation.get();
    EXPECT_EQ(validation.mode, mode);
    EXPECT_EQ(validation.findings, core::validateRecord(read.draft.record, mode));
    EXPECT_FALSE(validation.findings.isEmpty());
    EXPECT_FALSE(ahead.take(path).has_value()) << "taken once";
}

TEST_F(ReadAheadTest, aFileNotNamedIsNotThere)
{
    const QString path = copy(kRejectedDraft, QStringLiteral("a.leadopp.json"));
    ui::ReadAhead ahead({ path });
    EXPECT_FALSE(ahead.take(dir.filePath(QStringLiteral("b.leadopp.json"))).has_value());
}

// The second file is taken first: once it is read, the first one has been read long since.
TEST_F(ReadAheadTest, aFileChangedSinceItWasReadIsReadAgain)
{
    const QString first = copy(kRejectedDraft, QStringLiteral("a.leadopp.json"));
    const QString second = copy(kCleanDraft, QStringLiteral("b.leadopp.json"));
    ui::ReadAhead ahead({ first, second });
    ASSERT_TRUE(ahead.take(second).has_value());
    overwrite(first, test::readData(kCleanDraft));
    EXPECT_FALSE(ahead.take(first).has_value());
}

TEST_F(ReadAheadTest, aFileRewrittenAtTheSameSizeIsReadAgain)
{
    const QString first = copy(kRejectedDraft, QStringLiteral("a.leadopp.json"));
    const QString second = copy(kCleanDraft, QStringLiteral("b.leadopp.json"));
    ui::ReadAhead ahead({ first, second });
    ASSERT_TRUE(ahead.take(second).has_value());
    QFile file(first);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(file.fileTime(QFileDevice::FileModificationTime).addSecs(2),
                                 QFileDevice::FileModificationTime));
    file.close();
    EXPECT_FALSE(ahead.take(first).has_value());
}

// A window opening its files at start shows the same problems as opening them later (two
// copies: a window locks the draft it opens).
TEST_F(ReadAheadTest, aWindowOpeningAtStartShowsWhatOpeningLaterShows)
{
    ui::MainWindow::Services services;
    services.files = { copy(kRejectedDraft, QStringLiteral("a.leadopp.json")) };
    ui::MainWindow atStart(services);
    ui::MainWindow later;
    ASSERT_TRUE(later.openFile(copy(kRejectedDraft, QStringLiteral("b.leadopp.json"))));
    ASSERT_EQ(atStart.documentCount(), 1);
    EXPECT_EQ(atStart.currentView()->document()->draft(), later.currentView()->document()->draft());
    EXPECT_FALSE(atStart.currentView()->session()->findings().isEmpty());
    EXPECT_EQ(atStart.currentView()->session()->findings(),
              later.currentView()->session()->findings());
}
