// Save, Save As and Export write exactly what core writes; unsaved changes are never lost
// silently; files open from drops and the recent list.
#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"
#include "core/document/document.h"
#include "testsupport.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/documentview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/recentfiles.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

#include <memory>

using namespace leadopp;

namespace {

const QString kSeed400 = QStringLiteral(
    "contract/"
    "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json");
const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");
const QString kCleanDraft = QStringLiteral("drafts/clean-new-lead.leadopp.json");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void typeInto(ui::MainWindow &window, const QString &objectName, const QString &text)
{
    auto *line = window.findChild<QLineEdit *>(objectName);
    ASSERT_NE(line, nullptr);
    QTest::keyClicks(line, text);
}

class FilesTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    ui::MainWindow window;
};

} // namespace

TEST_F(FilesTest, saveOfResponse_asksWhereAndWritesCoreDraftBytes)
{
    ASSERT_TRUE(window.openFile(test::dataPath(kSeed400)));
    const QString target = dir.filePath(QStringLiteral("seed.draft.json"));
    ui::Prompt::setNextFileName(target);
    window.action(QStringLiteral("actionSave"))->trigger();
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    const core::Document *document = window.currentView()->document();
    EXPECT_EQ(fileBytes(target), core::writeDraft(document->draft()));
    EXPECT_EQ(document->filePath(), target);
    // The saved draft reads back as a draft with the rejection kept.
    const core::ReadResult back = core::readDocumentFile(target);
    ASSERT_TRUE(back.ok);
    EXPECT_EQ(back.shape, core::InputShape::Draft);
    EXPECT_EQ(back.draft.rejection.status, 400);
}

TEST_F(FilesTest, saveOfDraft_writesInPlaceAfterEdit)
{
    const QString copy = dir.filePath(QStringLiteral("work.leadopp.json"));
    ASSERT_TRUE(QFile::copy(test::dataPath(kRejectedDraft), copy));
    ASSERT_TRUE(window.openFile(copy));
    typeInto(window, QStringLiteral("leadOpportunity_nextMilestone"), QStringLiteral("!"));
    EXPECT_TRUE(window.isWindowModified());
    window.action(QStringLiteral("actionSave"))->trigger(); // no file name asked
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(fileBytes(copy), core::writeDraft(window.currentView()->document()->draft()));
    EXPECT_TRUE(fileBytes(copy).contains("production engineering!"));
}

TEST_F(FilesTest, saveAs_writesNewFileAndRemembersIt)
{
    ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
    const QString target = dir.filePath(QStringLiteral("copy.leadopp.json"));
    ui::Prompt::setNextFileName(target);
    ASSERT_TRUE(window.saveAs());
    EXPECT_EQ(fileBytes(target), core::writeDraft(window.currentView()->document()->draft()));
    EXPECT_EQ(window.recentFiles()->files().value(0), target);
}

TEST_F(FilesTest, exportPatchAndPost_writeCoreExportBytesAfterWarning)
{
    ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
    const QJsonObject record = window.currentView()->document()->record();
    const QString patch = dir.filePath(QStringLiteral("body.patch.json"));
    ui::Prompt::setNextAnswer(QMessageBox::Yes); // "export anyway?" (the draft has errors)
    ui::Prompt::setNextFileName(patch);
    window.action(QStringLiteral("actionExportPatch"))->trigger();
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(fileBytes(patch), core::exportBody(record, core::ExportMode::Update));

    const QString post = dir.filePath(QStringLiteral("body.post.json"));
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    ui::Prompt::setNextFileName(post);
    window.action(QStringLiteral("actionExportPost"))->trigger();
    EXPECT_EQ(fileBytes(post), core::exportBody(record, core::ExportMode::Create));
}

TEST_F(FilesTest, exportWithErrors_cancelledWritesNothing)
{
    ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
    ui::Prompt::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.exportBody(core::ExportMode::Update));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST_F(FilesTest, openOverUnsavedChanges_promptsAndHonoursTheAnswer)
{
    ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
    typeInto(window, QStringLiteral("leadOpportunity_name"), QStringLiteral(" x"));
    ui::DocumentView *edited = window.currentView();

    ui::Prompt::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.openFileReplacing(test::dataPath(kSeed400)));
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer()); // the question was asked
    EXPECT_EQ(window.currentView(), edited);
    EXPECT_TRUE(window.isWindowModified());

    ui::Prompt::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window.openFileReplacing(test::dataPath(kSeed400)));
    EXPECT_EQ(window.documentCount(), 1);
    EXPECT_TRUE(window.currentView()->sourcePath().endsWith(
        QStringLiteral("400_leadsOpportunitiesCreateResponse.json")));
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(FilesTest, closeWithUnsavedChanges_cancelKeepsWindowOpen)
{
    ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
    typeInto(window, QStringLiteral("leadOpportunity_name"), QStringLiteral(" x"));
    ui::Prompt::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.closeCurrent());
    EXPECT_EQ(window.documentCount(), 1);
    ui::Prompt::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window.closeCurrent());
}

namespace {

// Answers the next modal question box by pressing Alt+`letter` in it, once it shows; the
// texts of its buttons go to `answers`. A box the letter leaves open for a second (a button
// pressed by its letter is released after 100 ms) is closed with Escape, a Cancel, so that
// the test fails rather than waits.
void answerWithAltLetter(QTimer &answerer, Qt::Key letter, QStringList &answers)
{
    auto pressed = std::make_shared<QElapsedTimer>();
    QObject::connect(&answerer, &QTimer::timeout, [&answerer, letter, &answers, pressed] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        if (pressed->isValid()) {
            if (pressed->elapsed() > 1000) {
                answerer.stop();
                QTest::keyClick(box, Qt::Key_Escape);
            }
            return;
        }
        for (const QAbstractButton *button : box->buttons())
            answers.append(button->text());
        QTest::keyClick(box, letter, Qt::AltModifier);
        pressed->start();
    });
    answerer.start(10);
}

} // namespace

// The question over unsaved changes is answered from the keyboard: each answer has a letter
// of its own; Alt+D discards the changes, Alt+S saves them.
TEST_F(FilesTest, unsavedChangesQuestion_isAnsweredByAltLetters)
{
    const QString path = dir.filePath(QStringLiteral("d.leadopp.json"));
    ASSERT_TRUE(QFile::copy(test::dataPath(kRejectedDraft), path));
    const QByteArray before = fileBytes(path);
    for (const Qt::Key letter : { Qt::Key_D, Qt::Key_S }) {
        ASSERT_TRUE(window.openFile(path));
        typeInto(window, QStringLiteral("leadOpportunity_name"), QStringLiteral(" x"));
        QStringList answers;
        QTimer answerer;
        answerWithAltLetter(answerer, letter, answers);
        EXPECT_TRUE(window.closeCurrent());
        answers.sort();
        EXPECT_EQ(answers,
                  QStringList({ QStringLiteral("&Discard Changes"), QStringLiteral("&Save"),
                                QStringLiteral("Cancel") }));
        const bool saved = fileBytes(path) != before;
        EXPECT_EQ(saved, letter == Qt::Key_S);
    }
    EXPECT_TRUE(fileBytes(path).contains(" x\""));
}

TEST_F(FilesTest, dropOfFiles_opensEachInItsOwnTab)
{
    auto *mime = new QMimeData;
    mime->setUrls({ QUrl::fromLocalFile(test::dataPath(kRejectedDraft)),
                    QUrl::fromLocalFile(test::dataPath(kCleanDraft)) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_EQ(window.documentCount(), 2);
    EXPECT_TRUE(window.viewAt(0)->sourcePath().endsWith(kRejectedDraft));
    EXPECT_TRUE(window.viewAt(1)->sourcePath().endsWith(kCleanDraft));
    // Each document has its own undo stack.
    EXPECT_NE(window.viewAt(0)->session()->undoStack(), window.viewAt(1)->session()->undoStack());
    delete mime;
}

TEST_F(FilesTest, recentFiles_keepsEightNewestFirstAndOpens)
{
    window.recentFiles()->clear();
    for (int i = 0; i < 10; ++i)
        window.recentFiles()->add(dir.filePath(QStringLiteral("f%1.json").arg(i)));
    const QStringList files = window.recentFiles()->files();
    ASSERT_EQ(files.size(), ui::RecentFiles::kMax);
    EXPECT_EQ(files.first(), dir.filePath(QStringLiteral("f9.json")));
    window.recentFiles()->add(test::dataPath(kCleanDraft));
    window.findChild<QAction *>(QStringLiteral("recentFile0"))->trigger();
    EXPECT_TRUE(window.currentView()->sourcePath().endsWith(kCleanDraft));
    window.recentFiles()->clear();
}

TEST_F(FilesTest, unreadableFile_isReportedAndNothingOpens)
{
    ui::Prompt::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(window.openFile(dir.filePath(QStringLiteral("missing.json"))));
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(window.documentCount(), 1);
    EXPECT_TRUE(window.currentView()->isPristine());
}

// Files named at start (the command line) open each in its tab, with no empty draft beside
// them; the empty draft is only there when none of them could be read.
TEST(StartFiles, openEachInItsTab)
{
    ui::MainWindow::Services services;
    services.files = { test::dataPath(kRejectedDraft), test::dataPath(kCleanDraft) };
    ui::MainWindow window(services);
    EXPECT_EQ(window.documentCount(), 2);
    EXPECT_TRUE(window.viewAt(0)->sourcePath().endsWith(kRejectedDraft));
    EXPECT_TRUE(window.viewAt(1)->sourcePath().endsWith(kCleanDraft));
}

TEST(StartFiles, noneReadable_leavesTheEmptyDraft)
{
    QTemporaryDir dir;
    ui::MainWindow::Services services;
    services.files = { dir.filePath(QStringLiteral("missing.json")) };
    ui::Prompt::setNextAnswer(QMessageBox::Ok);
    ui::MainWindow window(services);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(window.documentCount(), 1);
    EXPECT_TRUE(window.currentView()->isPristine());
}
