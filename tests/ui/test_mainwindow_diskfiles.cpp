// The editor guards each draft's file: a second window gets a draft that is open for
// editing elsewhere read-only or as a copy; a file changed or deleted under its draft is
// said in the draft's notice bar with reload / keep mine / save as; a save over a changed
// file asks first. Values are never cut: text fields take far more than QLineEdit's
// default 32,767 characters, and the reader's warnings (a key given twice) are shown.
#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "core/codec/filefingerprint.h"
#include "core/document/document.h"
#include "testsupport.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/diskwatch.h"
#include "ui/window/documentview.h"
#include "ui/window/filecontroller.h"
#include "ui/window/filenoticebar.h"
#include "ui/window/mainwindow.h"

#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLockFile>
#include <QPushButton>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");
const QString kNameField = QStringLiteral("leadOpportunity_name");
constexpr int kWaitMs = 5000;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString nameOf(const ui::MainWindow &window)
{
    return window.currentView()
        ->document()
        ->value(core::FieldPath::parse(QStringLiteral("leadOpportunity.name")))
        .toString();
}

// The draft as another program would write it: the same draft with another name.
QByteArray withName(const QString &path, const QString &name)
{
    core::ReadResult read = core::readDocumentFile(path);
    QJsonObject section = read.draft.record.value(QStringLiteral("leadOpportunity")).toObject();
    section.insert(QStringLiteral("name"), name);
    read.draft.record.insert(QStringLiteral("leadOpportunity"), section);
    return core::writeDraft(read.draft);
}

bool noticeShown(const ui::MainWindow &window)
{
    return !window.currentView()->noticeBar()->isHidden();
}

class DiskFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        draft = dir.filePath(QStringLiteral("work.leadopp.json"));
        ASSERT_TRUE(QFile::copy(test::dataPath(kRejectedDraft), draft));
        QFile::setPermissions(draft, QFile::ReadOwner | QFile::WriteOwner);
    }

    void type(ui::MainWindow &target, const QString &text)
    {
        auto *line = target.findChild<QLineEdit *>(kNameField);
        ASSERT_NE(line, nullptr);
        QTest::keyClicks(line, text);
    }

    QTemporaryDir dir;
    QString draft;
    ui::MainWindow window;
};

} // namespace

TEST_F(DiskFilesTest, secondWindow_getsTheDraftReadOnlyWhenChosen)
{
    ASSERT_TRUE(window.openFile(draft));
    ui::MainWindow second;
    ui::Prompt::setNextAnswer(QMessageBox::Yes); // "Open Read-Only"
    ASSERT_TRUE(second.openFile(draft));
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer()); // the rep was asked
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("open for editing")));
    ui::DocumentView *view = second.currentView();
    EXPECT_TRUE(view->isReadOnly());
    EXPECT_TRUE(noticeShown(second));
    EXPECT_FALSE(second.findChild<QLineEdit *>(kNameField)->isEnabled());
    // Save of a read-only draft asks for a new name, never replaces the file.
    const QString other = dir.filePath(QStringLiteral("other.leadopp.json"));
    ui::Prompt::setNextFileName(other);
    const QByteArray before = fileBytes(draft);
    ASSERT_TRUE(second.save());
    EXPECT_EQ(fileBytes(draft), before);
    EXPECT_EQ(view->document()->filePath(), other);
    EXPECT_FALSE(view->isReadOnly());
}

TEST_F(DiskFilesTest, secondWindow_getsAnUntitledCopyWhenChosen)
{
    ASSERT_TRUE(window.openFile(draft));
    ui::MainWindow second;
    ui::Prompt::setNextAnswer(QMessageBox::No); // "Edit a Copy"
    ASSERT_TRUE(second.openFile(draft));
    EXPECT_FALSE(second.currentView()->isReadOnly());
    EXPECT_TRUE(second.currentView()->document()->filePath().isEmpty());
    // Saving the copy over the draft that is open elsewhere is refused.
    ui::Prompt::setNextFileName(draft);
    ui::Prompt::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(second.save());
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("open for editing")));
}

TEST_F(DiskFilesTest, secondWindow_cancelOpensNothing_andAClosedDraftIsFreeAgain)
{
    ASSERT_TRUE(window.openFile(draft));
    ui::MainWindow second;
    ui::Prompt::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(second.openFile(draft));
    EXPECT_TRUE(second.currentView()->isPristine());
    ASSERT_TRUE(window.closeCurrent());
    ASSERT_TRUE(second.openFile(draft)); // no question now
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_FALSE(second.currentView()->isReadOnly());
}

TEST_F(DiskFilesTest, staleLockOfADeadProcess_isTakenOverWithoutAQuestion)
{
    const QString lockPath
        = window.fileController()->locks().lockPathFor(QFileInfo(draft).absoluteFilePath());
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    QFile lock(lockPath);
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    // The lock of an editor that died: its process (a pid no process has) is gone.
    lock.write(QByteArray("2147483646\nleadopp-editor\n") + QSysInfo::machineHostName().toUtf8()
               + "\n");
    lock.close();
    ui::Prompt::setNextAnswer(QMessageBox::Cancel); // would refuse if asked
    ASSERT_TRUE(window.openFile(draft));
    EXPECT_TRUE(ui::Prompt::hasPendingAnswer()); // never asked
    ui::Prompt::warning(nullptr, {}, {});        // takes the unused answer
    EXPECT_FALSE(window.currentView()->isReadOnly());
    qint64 pid = 0;
    QString host;
    QString application;
    QLockFile taken(lockPath);
    ASSERT_TRUE(taken.getLockInfo(&pid, &host, &application));
    EXPECT_EQ(pid, QCoreApplication::applicationPid());
}

TEST_F(DiskFilesTest, fileChangedOnDisk_isSaidOnce_andReloadReadsIt)
{
    ASSERT_TRUE(window.openFile(draft));
    type(window, QStringLiteral(" mine"));
    const QByteArray theirs = withName(draft, QStringLiteral("Theirs"));
    ASSERT_TRUE(core::writeFileAtomically(draft, theirs).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return noticeShown(window); }, kWaitMs));
    ui::FileNoticeBar *bar = window.currentView()->noticeBar();
    EXPECT_TRUE(bar->text().contains(QStringLiteral("changed on disk")));
    EXPECT_NE(bar->button(QStringLiteral("noticeKeepMine")), nullptr);
    EXPECT_NE(bar->button(QStringLiteral("noticeSaveAs")), nullptr);
    // The same bytes written again are no news: no second notice.
    bar->dismiss();
    ASSERT_TRUE(core::writeFileAtomically(draft, theirs).ok);
    QTest::qWait(3 * ui::DiskWatch::kSettleMs);
    EXPECT_FALSE(noticeShown(window));
    // Other bytes are (the watch was armed again after each atomic rename).
    ASSERT_TRUE(core::writeFileAtomically(draft, withName(draft, QStringLiteral("Theirs 2"))).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return noticeShown(window); }, kWaitMs));
    bar->button(QStringLiteral("noticeReload"))->click();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return nameOf(window) == QStringLiteral("Theirs 2"); }, kWaitMs));
    EXPECT_FALSE(window.currentView()->session()->isModified());
    EXPECT_EQ(window.documentCount(), 1);
    EXPECT_FALSE(window.currentView()->isReadOnly()); // the lock stayed with this window
    // The reloaded draft is watched too.
    ASSERT_TRUE(core::writeFileAtomically(draft, withName(draft, QStringLiteral("Again"))).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return noticeShown(window); }, kWaitMs));
}

TEST_F(DiskFilesTest, ownSave_saysNothing_keepMineThenSavesWithoutAsking)
{
    ASSERT_TRUE(window.openFile(draft));
    type(window, QStringLiteral(" mine"));
    ASSERT_TRUE(window.save());
    QTest::qWait(3 * 150); // what a notice would need to arrive
    EXPECT_FALSE(noticeShown(window));
    ASSERT_TRUE(core::writeFileAtomically(draft, withName(draft, QStringLiteral("Theirs"))).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return noticeShown(window); }, kWaitMs));
    window.currentView()->noticeBar()->button(QStringLiteral("noticeKeepMine"))->click();
    EXPECT_TRUE(window.currentView()->session()->isModified());
    ASSERT_TRUE(window.save()); // kept: no question
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_TRUE(fileBytes(draft).contains("mine"));
}

TEST_F(DiskFilesTest, saveOverAFileChangedOnDisk_asksFirst)
{
    ASSERT_TRUE(window.openFile(draft));
    type(window, QStringLiteral(" mine"));
    const QByteArray theirs = withName(draft, QStringLiteral("Theirs"));
    ASSERT_TRUE(core::writeFileAtomically(draft, theirs).ok);
    ui::Prompt::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.save());
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("changed on disk")));
    EXPECT_EQ(fileBytes(draft), theirs);
    ui::Prompt::setNextAnswer(QMessageBox::Save); // "Replace"
    EXPECT_TRUE(window.save());
    EXPECT_TRUE(fileBytes(draft).contains("mine"));
}

// The watch knows a file by the bytes its draft was read from, so a change made between the
// read and the watch is still asked about at the next save.
TEST_F(DiskFilesTest, changeBetweenReadAndWatch_isSeenAsAChangeOnDisk)
{
    const QByteArray read = fileBytes(draft);
    ASSERT_TRUE(window.openFile(draft));
    ui::DocumentView *view = window.currentView();
    ASSERT_TRUE(core::writeFileAtomically(draft, withName(draft, QStringLiteral("Theirs"))).ok);
    ui::DiskWatch watch;
    watch.watch(view, core::fingerprintOf(read));
    EXPECT_TRUE(watch.changedOnDisk(view));
    watch.watch(view); // no bytes named: what is on disk now
    EXPECT_FALSE(watch.changedOnDisk(view));
}

TEST_F(DiskFilesTest, fileDeletedUnderItsDraft_isSaid_andSaveWritesItAgain)
{
    ASSERT_TRUE(window.openFile(draft));
    ASSERT_TRUE(QFile::remove(draft));
    ASSERT_TRUE(QTest::qWaitFor([&] { return noticeShown(window); }, kWaitMs));
    ui::FileNoticeBar *bar = window.currentView()->noticeBar();
    EXPECT_TRUE(bar->text().contains(QStringLiteral("deleted or moved")));
    EXPECT_TRUE(window.currentView()->session()->isModified()); // closing asks now
    bar->button(QStringLiteral("noticeSave"))->click();
    EXPECT_EQ(fileBytes(draft), core::writeDraft(window.currentView()->document()->draft()));
}

TEST_F(DiskFilesTest, textLongerThanLineEditDefault_isShownWholeAndEditable)
{
    const QString longName(40000, u'n'); // QLineEdit's default maxLength is 32,767
    ASSERT_TRUE(core::writeFileAtomically(draft, withName(draft, longName)).ok);
    ASSERT_TRUE(window.openFile(draft));
    auto *line = window.findChild<QLineEdit *>(kNameField);
    EXPECT_EQ(line->text().size(), 40000);
    line->setFocus();
    line->end(false);
    QTest::keyClicks(line, QStringLiteral("!"));
    EXPECT_EQ(nameOf(window), longName + u'!');
    EXPECT_EQ(line->maxLength(), core::kMaxTextLength);
}

TEST_F(DiskFilesTest, typingPastTheLimit_isRefusedWithAMessage)
{
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *line = window.findChild<QLineEdit *>(kNameField);
    EXPECT_EQ(line->maxLength(), core::kMaxTextLength);
    // A million characters make a slow test; the refusal is the same at any limit.
    line->setMaxLength(8);
    QTest::keyClicks(line, QStringLiteral("12345678"));
    EXPECT_TRUE(QToolTip::text().isEmpty());
    QTest::keyClicks(line, QStringLiteral("9"));
    EXPECT_EQ(line->text(), QStringLiteral("12345678"));
    EXPECT_EQ(nameOf(window), QStringLiteral("12345678"));
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("at most 8 characters")))
        << QToolTip::text().toStdString();
}

TEST_F(DiskFilesTest, keyGivenTwice_isShownWhenTheDraftOpens)
{
    const QString body = dir.filePath(QStringLiteral("twice.json"));
    ASSERT_TRUE(core::writeFileAtomically(
                    body, R"({"leadOpportunity": {"name": "First", "name": "Second"}})")
                    .ok);
    ASSERT_TRUE(window.openFile(body));
    ASSERT_TRUE(noticeShown(window));
    EXPECT_TRUE(window.currentView()->noticeBar()->text().contains(QStringLiteral("name")));
    EXPECT_EQ(nameOf(window), QStringLiteral("Second"));
}
