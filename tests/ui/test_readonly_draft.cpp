// A draft that another editor window edits opens read-only in a second window. Two
// windows sending one draft would register the lead twice, and a refresh from the server
// would change a draft whose file the other window owns: the read-only window does
// neither until the rep saves it under a name of its own.
#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "sandboxwindow.h"
#include "testsupport.h"
#include "ui/common/prompt.h"
#include "ui/submit/submitcontroller.h"
#include "ui/window/documentview.h"
#include "windowdriver.h"

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

class ReadOnlyDraft : public test::SandboxWindowTest
{
protected:
    void SetUp() override
    {
        test::SandboxWindowTest::SetUp();
        // A lead fetched from the server: it has a base, so it can be refreshed.
        core::Draft fetched
            = core::readDocumentFile(
                  test::dataPath(QStringLiteral("drafts/rejected-submission.leadopp.json")))
                  .draft;
        fetched.base.record = fetched.record;
        path = dir.filePath(QStringLiteral("lead.leadopp.json"));
        ASSERT_TRUE(core::writeDraftFile(path, fetched).ok);
        ASSERT_TRUE(window->openFile(path));
        second = std::make_unique<ui::MainWindow>(
            ui::MainWindowServices { &client, &environments, &credentials, {} });
        ui::Prompt::setNextAnswer(QMessageBox::Yes); // "Open Read-Only"
        ASSERT_TRUE(second->openFile(path));
        ASSERT_TRUE(second->currentView()->isReadOnly());
    }

    static QAction *action(const ui::MainWindow &on, const char *name)
    {
        return on.findChild<QAction *>(QLatin1String(name));
    }

    QString path;
    std::unique_ptr<ui::MainWindow> second;
};

} // namespace

TEST_F(ReadOnlyDraft, cannotBeSubmittedWhileAnotherWindowEditsIt)
{
    EXPECT_TRUE(action(*window, "submitAction")->isEnabled());
    QAction *submit = action(*second, "submitAction");
    EXPECT_FALSE(submit->isEnabled());
    EXPECT_TRUE(submit->toolTip().contains(QStringLiteral("another editor window")));

    second->show();
    second->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(second.get()));
    QSignalSpy running(second->submitController(), &ui::SubmitController::runningChanged);
    // Were it sent, the rep would be asked about the flagged fields first: say yes.
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    test::press(second.get(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(ui::Prompt::hasPendingAnswer()); // nothing was asked
    EXPECT_EQ(running.count(), 0);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(ReadOnlyDraft, cannotBeRefreshedFromTheServerWhileAnotherWindowEditsIt)
{
    EXPECT_TRUE(action(*window, "refreshFromServerAction")->isEnabled());
    EXPECT_FALSE(action(*second, "refreshFromServerAction")->isEnabled());
}

TEST_F(ReadOnlyDraft, savedUnderANameOfItsOwn_canBeSubmittedAndRefreshed)
{
    ui::Prompt::setNextFileName(dir.filePath(QStringLiteral("mine.leadopp.json")));
    ASSERT_TRUE(second->save());
    ASSERT_FALSE(second->currentView()->isReadOnly());
    QAction *submit = action(*second, "submitAction");
    EXPECT_TRUE(submit->isEnabled());
    EXPECT_FALSE(submit->toolTip().contains(QStringLiteral("another editor window")));
    EXPECT_TRUE(action(*second, "refreshFromServerAction")->isEnabled());
}
