// The recovery journal inside one editor: every change reaches it within two seconds, a
// save, a closed draft and a clean close remove it, and what an editor that died left is
// offered at the next start, restored with every edit or declined and removed.
#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "core/document/jsonaccess.h"
#include "core/document/recoveryjournal.h"
#include "testsupport.h"
#include "ui/common/prompt.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/documentview.h"
#include "ui/window/filenoticebar.h"
#include "ui/window/mainwindow.h"
#include "ui/window/recoverycontroller.h"
#include "ui/window/terminationnotifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <gtest/gtest.h>
#include <memory>

using namespace leadopp;

namespace {

const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");
const QString kNameField = QStringLiteral("leadOpportunity_name");

QStringList journals()
{
    return QDir(core::RecoveryJournal::defaultDirectory())
        .entryList({ QStringLiteral("*.journal.json") }, QDir::Files);
}

QByteArray fileBytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray journalBytes()
{
    QByteArray all;
    for (const QString &name : journals()) {
        QFile file(QDir(core::RecoveryJournal::defaultDirectory()).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// Puts a file where the journals' folder must be, so that no journal can be written;
// returns its path (empty when it could not).
QString blockJournalFolder()
{
    const QString folder = core::RecoveryJournal::defaultDirectory();
    QFile inTheWay(folder);
    if (!QDir(folder).removeRecursively() || !inTheWay.open(QIODevice::WriteOnly))
        return {};
    return folder;
}

class RecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QDir(core::RecoveryJournal::defaultDirectory()).removeRecursively();
        window = std::make_unique<ui::MainWindow>();
        draft = dir.filePath(QStringLiteral("work.leadopp.json"));
        ASSERT_TRUE(QFile::copy(test::dataPath(kRejectedDraft), draft));
        QFile::setPermissions(draft, QFile::ReadOwner | QFile::WriteOwner);
    }

    void type(const QString &text)
    {
        auto *line = window->findChild<QLineEdit *>(kNameField);
        ASSERT_NE(line, nullptr);
        QTest::keyClicks(line, text);
    }

    QString nameValue() const
    {
        return window->currentView()
            ->document()
            ->value(core::FieldPath::parse(QStringLiteral("leadOpportunity.name")))
            .toString();
    }

    // A journal as an editor that died leaves it: no instance lock beside it.
    void leaveOrphan(const QString &typed)
    {
        leaveOrphanWith(QStringLiteral("leadOpportunity.name"), typed);
    }
    // The same, the value at `path` edited.
    void leaveOrphanWith(const QString &path, const QJsonValue &value)
    {
        core::ReadResult read = core::readDocumentFile(draft);
        ASSERT_TRUE(read.ok);
        core::RecoveryEntry entry;
        entry.filePath = QFileInfo(draft).absoluteFilePath();
        entry.displayName = QStringLiteral("work.leadopp.json");
        entry.journaledAt = QDateTime::currentDateTimeUtc();
        entry.savedRecord = read.draft.record;
        entry.draft = read.draft;
        ASSERT_TRUE(core::setValueAt(entry.draft.record, core::FieldPath::parse(path), value));
        const QString journal = QDir(core::RecoveryJournal::defaultDirectory())
                                    .filePath(QStringLiteral("0badc0de-1.journal.json"));
        ASSERT_TRUE(core::writeFileAtomically(journal, core::writeRecoveryEntry(entry)).ok);
    }

    QTemporaryDir dir;
    QString draft;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(RecoveryTest, everyEdit_reachesTheJournalWithinTwoSeconds)
{
    ASSERT_TRUE(window->openFile(draft));
    EXPECT_TRUE(journals().isEmpty()); // nothing unsaved yet
    type(QStringLiteral(" typed"));
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(QTest::qWaitFor([] { return journalBytes().contains(" typed"); }, 2000));
    EXPECT_LT(clock.elapsed(), 2000);
    type(QStringLiteral(" again"));
    clock.restart();
    ASSERT_TRUE(QTest::qWaitFor([] { return journalBytes().contains(" typed again"); }, 2000));
    EXPECT_EQ(journals().size(), 1); // one journal per draft, rewritten
}

// Typing in a table cell is stored once the cell is left, but journaled as it is typed: an
// editor that dies with the cell open loses none of it.
TEST_F(RecoveryTest, typingInACellReachesTheJournalBeforeItIsStored)
{
    ASSERT_TRUE(window->openFile(draft));
    ui::DocumentView *view = window->currentView();
    ui::SectionTableWidget *table = view->table(core::Section::OfferLines);
    view->sectionTabs()->setCurrentWidget(table);
    const int column = table->model()->columnOf(QStringLiteral("offerNameId"));
    table->view()->setCurrentIndex(table->viewIndex(0, column));
    table->view()->edit(table->view()->currentIndex());
    auto *editor
        = qobject_cast<QLineEdit *>(table->view()->indexWidget(table->view()->currentIndex()));
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("SOLIDWORKS_Premium"));
    ASSERT_TRUE(
        QTest::qWaitFor([] { return journalBytes().contains("SOLIDWORKS_Premium"); }, 2000));
    EXPECT_FALSE(view->session()->isModified()); // not stored: the cell is still open
    const core::FieldPath cell
        = core::FieldPath::parse(QStringLiteral("offerLines[0].offerNameId"));
    EXPECT_NE(view->document()->value(cell), QJsonValue(QStringLiteral("SOLIDWORKS_Premium")));
}

// A cell restored is named with its row ("Offer line 2 · Amount"), not by its section alone.
TEST_F(RecoveryTest, theQuestionNamesAChangedCellWithItsRow)
{
    leaveOrphanWith(QStringLiteral("offerLines[1].amount"), 7777.25);
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(window->offerRecovery(), 1);
    const QString asked = ui::Prompt::lastText();
    EXPECT_TRUE(asked.contains(
        QStringLiteral("• ")
        + core::FieldCatalogue::labelForPath(QStringLiteral("offerLines[1].amount"))))
        << asked.toStdString();
}

// A journal that cannot be written is said on the draft, never kept silent; the notice goes
// once a journal is written again.
TEST_F(RecoveryTest, aJournalThatCannotBeWritten_isSaidOnTheDraft)
{
    ASSERT_TRUE(window->openFile(draft));
    const QString folder = blockJournalFolder();
    ASSERT_FALSE(folder.isEmpty());
    type(QStringLiteral(" typed"));
    const ui::FileNoticeBar *bar = window->currentView()->noticeBar();
    ASSERT_TRUE(QTest::qWaitFor([bar] { return !bar->isHidden(); }, 3000));
    EXPECT_TRUE(bar->text().contains(QStringLiteral("Save the draft")))
        << bar->text().toStdString();
    ASSERT_TRUE(QFile::remove(folder));
    type(QStringLiteral(" again"));
    ASSERT_TRUE(QTest::qWaitFor([bar] { return bar->isHidden(); }, 3000));
    EXPECT_TRUE(journalBytes().contains(" typed again"));
}

TEST_F(RecoveryTest, neverSavedDraft_isJournaledToo)
{
    type(QStringLiteral("Brand new lead"));
    ASSERT_TRUE(QTest::qWaitFor([] { return journalBytes().contains("Brand new lead"); }, 2000));
}

TEST_F(RecoveryTest, saveAndCleanClose_removeTheJournal)
{
    ASSERT_TRUE(window->openFile(draft));
    type(QStringLiteral(" typed"));
    ASSERT_TRUE(QTest::qWaitFor([] { return !journals().isEmpty(); }, 2000));
    ASSERT_TRUE(window->save());
    EXPECT_TRUE(journals().isEmpty());
    type(QStringLiteral(" more"));
    ASSERT_TRUE(QTest::qWaitFor([] { return !journals().isEmpty(); }, 2000));
    ui::Prompt::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(journals().isEmpty());
    EXPECT_TRUE(QDir(core::RecoveryJournal::defaultDirectory())
                    .entryList({ QStringLiteral("*.lock") }, QDir::Files)
                    .isEmpty());
}

TEST_F(RecoveryTest, journalOfARunningEditor_isNotOffered)
{
    ASSERT_TRUE(window->openFile(draft));
    type(QStringLiteral(" typed"));
    ASSERT_TRUE(QTest::qWaitFor([] { return !journals().isEmpty(); }, 2000));
    ui::MainWindow second;
    EXPECT_EQ(second.offerRecovery(), 0); // no question: the first editor still runs
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(journals().size(), 1);
}

TEST_F(RecoveryTest, orphanAccepted_restoresEditsModifiedAndAttachedToItsFile)
{
    leaveOrphan(QStringLiteral("Restored name"));
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(window->offerRecovery(), 1);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    // The question names what changed since the last save, field by field, by label.
    const QString asked = ui::Prompt::lastText();
    EXPECT_TRUE(asked.contains(QStringLiteral("work.leadopp.json"))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(
        QStringLiteral("• ")
        + core::FieldCatalogue::labelForPath(QStringLiteral("leadOpportunity.name"))))
        << asked.toStdString();
    EXPECT_EQ(asked.count(QStringLiteral("• ")), 1) << asked.toStdString();
    EXPECT_EQ(window->documentCount(), 1); // in place of the empty draft
    EXPECT_EQ(nameValue(), QStringLiteral("Restored name"));
    EXPECT_TRUE(window->currentView()->session()->isModified());
    EXPECT_EQ(window->currentView()->document()->filePath(), QFileInfo(draft).absoluteFilePath());
    EXPECT_FALSE(journalBytes().contains("0badc0de")); // taken over by this editor
    EXPECT_FALSE(QDir(core::RecoveryJournal::defaultDirectory())
                     .exists(QStringLiteral("0badc0de-1.journal.json")));
    EXPECT_TRUE(journalBytes().contains("Restored name")); // a second crash loses nothing
    ASSERT_TRUE(window->save());
    EXPECT_TRUE(QFile(draft).open(QIODevice::ReadOnly));
    EXPECT_TRUE(core::readDocumentFile(draft)
                    .draft.record.value(QStringLiteral("leadOpportunity"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                == QStringLiteral("Restored name"));
}

// The editor started on the file the lost work belongs to: the restored draft takes the
// place of the file as read from disk, not a second tab beside it.
TEST_F(RecoveryTest, orphanOfAFileAlreadyOpen_takesThePlaceOfItsUnchangedTab)
{
    ASSERT_TRUE(window->openFile(draft));
    leaveOrphan(QStringLiteral("Restored name"));
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(window->offerRecovery(), 1);
    ASSERT_EQ(window->documentCount(), 1);
    EXPECT_EQ(nameValue(), QStringLiteral("Restored name"));
    EXPECT_TRUE(window->currentView()->session()->isModified());
    EXPECT_FALSE(window->currentView()->isReadOnly());
    EXPECT_EQ(window->currentView()->document()->filePath(), QFileInfo(draft).absoluteFilePath());
    ASSERT_TRUE(window->save());
    EXPECT_EQ(core::readDocumentFile(draft)
                  .draft.record.value(QStringLiteral("leadOpportunity"))
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString(),
              QStringLiteral("Restored name"));
}

TEST_F(RecoveryTest, orphanDeclined_isRemovedAndNotOfferedAgain)
{
    leaveOrphan(QStringLiteral("Unwanted"));
    ui::Prompt::setNextAnswer(QMessageBox::Discard);
    EXPECT_EQ(window->offerRecovery(), 0);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_TRUE(window->currentView()->isPristine());
    EXPECT_TRUE(journals().isEmpty());
    EXPECT_EQ(window->offerRecovery(), 0);
}

// A kill or Ctrl+C may come with no one at the screen: unsaved edits are journaled at once,
// nothing is asked, the editor quits, and the next start offers the edits.
TEST_F(RecoveryTest, terminationSignal_withUnsavedEdits_journalsAndQuitsWithoutAsking)
{
    ui::TerminationNotifier termination;
    ASSERT_TRUE(termination.isActive());
    QObject::connect(&termination, &ui::TerminationNotifier::received, window.get(),
                     &ui::MainWindow::journalAndClose);
    ASSERT_TRUE(window->openFile(draft));
    type(QStringLiteral(" typed"));
    // A question would take this answer (and the close would stay): none may come.
    ui::Prompt::setNextAnswer(QMessageBox::Cancel);
    QEventLoop loop;
    QTimer::singleShot(0, [] { ::raise(SIGTERM); });
    QTimer::singleShot(5000, &loop, [&loop] { loop.exit(7); });
    QElapsedTimer clock;
    clock.start();
    EXPECT_EQ(loop.exec(), 0) << "the editor did not quit";
    EXPECT_LT(clock.elapsed(), ui::RecoveryController::kJournalDelayMs); // not the timer's
    EXPECT_TRUE(ui::Prompt::hasPendingAnswer()) << "something was asked";
    EXPECT_EQ(ui::Prompt::question(nullptr, QString(), QString(), QMessageBox::Cancel,
                                   QMessageBox::Cancel),
              QMessageBox::Cancel);
    EXPECT_FALSE(fileBytesOf(draft).contains(" typed")) << "nothing saved unasked";

    window.reset();
    EXPECT_TRUE(journalBytes().contains(" typed")) << "the journal outlives the window";
    window = std::make_unique<ui::MainWindow>();
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(window->offerRecovery(), 1);
    EXPECT_TRUE(window->currentView()->session()->isModified());
}

// Edits whose journal cannot be written would be lost by quitting: the close asks.
TEST_F(RecoveryTest, terminationRequest_withAJournalThatCannotBeWritten_asks)
{
    ASSERT_TRUE(window->openFile(draft));
    window->show();
    const QString folder = blockJournalFolder();
    ASSERT_FALSE(folder.isEmpty());
    type(QStringLiteral(" typed"));
    ui::Prompt::setNextAnswer(QMessageBox::Cancel); // the rep stays
    window->journalAndClose();
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer()) << "the close asked";
    EXPECT_TRUE(window->isVisible());
    ASSERT_TRUE(QFile::remove(folder));
}

// Without unsaved edits there is nothing to keep: the editor closes the normal way. (A
// process has one TerminationNotifier: the signal's path is the test above's.)
TEST_F(RecoveryTest, terminationRequest_withNothingUnsaved_closesTheNormalWay)
{
    ASSERT_TRUE(window->openFile(draft));
    window->show();
    ASSERT_TRUE(window->isVisible());
    window->journalAndClose();
    EXPECT_FALSE(window->isVisible());
    EXPECT_TRUE(journals().isEmpty());
}
