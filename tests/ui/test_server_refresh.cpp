// Refresh from Server against the sandbox: the server's copy is changed through its own API
// between the fetch and the refresh; a field changed on both sides is a conflict that has
// no default, and is resolved both ways; one undo takes the whole refresh back.
#include "serverwindow.h"
#include "ui/common/prompt.h"
#include "ui/server/openfromserverdialog.h"
#include "ui/server/refreshdialog.h"
#include "ui/server/servercontroller.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTranslator>

using namespace leadopp;
using test::press;
using test::type;

namespace {

const QString kLead = QStringLiteral("XJSR-DZMFFT");
const QString kName = QStringLiteral("leadOpportunity.name");
const QString kDescription = QStringLiteral("leadOpportunity.description");

class ServerRefresh : public test::ServerWindowTest
{
protected:
    void SetUp() override
    {
        ServerWindowTest::SetUp();
        // The counts as an English-speaking rep reads them: English plurals come from a
        // catalogue, as in the editor.
        ASSERT_TRUE(englishPlurals.load(QStringLiteral(":/i18n/leadopp_en.qm")));
        QCoreApplication::installTranslator(&englishPlurals);
        ASSERT_NE(dialogFrom<ui::OpenFromServerDialog>(Qt::Key_G,
                                                       Qt::ControlModifier | Qt::ShiftModifier),
                  nullptr);
        type(window.get(), kLead);
        press(window.get(), Qt::Key_Return);
        ASSERT_TRUE(waitForLead(kLead));
        reactivate();
        fetchedBase = window->currentView()->document()->draft().base;
    }

    // The rep renames the lead in the form; the server gets another name and a new
    // description meanwhile.
    void changeBothSides()
    {
        auto *name = window->findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
        ASSERT_NE(name, nullptr);
        name->setFocus(Qt::TabFocusReason);
        press(window.get(), Qt::Key_A, Qt::ControlModifier);
        type(window.get(), QStringLiteral("Mine"));
        press(window.get(), Qt::Key_Tab);
        ASSERT_TRUE(changeOnServer(kLead, "leadOpportunity.name", QStringLiteral("Theirs")));
        ASSERT_TRUE(changeOnServer(kLead, "leadOpportunity.description",
                                   QStringLiteral("Changed on the server")));
    }

    ui::RefreshDialog *refreshDialog()
    {
        press(window.get(), Qt::Key_F5);
        ui::RefreshDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = window->serverController()->refreshDialog();
                return dialog && dialog->isActiveWindow();
            },
            10000);
        return shown ? dialog : nullptr;
    }

    // Picks the conflict's answer with the keyboard: its chooser starts at "Choose…".
    void choose(ui::RefreshDialog *dialog, const QString &answer)
    {
        QComboBox *chooser = dialog->chooserFor(kName);
        ASSERT_NE(chooser, nullptr);
        EXPECT_EQ(QApplication::focusWidget(), chooser) << "the conflict comes first";
        EXPECT_FALSE(chooser->currentData().isValid()) << "a conflict has no default";
        EXPECT_FALSE(dialog->applyButton()->isEnabled());
        while (chooser->currentText() != answer && chooser->currentIndex() < chooser->count() - 1)
            press(window.get(), Qt::Key_Down);
        EXPECT_TRUE(dialog->applyButton()->isEnabled());
        // The server's own change starts as taken.
        EXPECT_EQ(dialog->chooserFor(kDescription)->currentText(),
                  ui::RefreshDialog::takeServerText());
        EXPECT_TRUE(dialog->applyButton()->isDefault());
        press(window.get(), Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window->serverController()->refreshDialog(); }));
        reactivate();
    }

    // The offscreen platform has no window manager to hand the activation back to the
    // window when a dialog closes.
    void reactivate()
    {
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    const core::Draft &draft() { return window->currentView()->document()->draft(); }

    core::ServerBase fetchedBase;
    QTranslator englishPlurals; // removed from the application when destroyed
};

} // namespace

TEST_F(ServerRefresh, aConflictResolvedByTakingTheServersValue)
{
    changeBothSides();
    ui::RefreshDialog *dialog = refreshDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, ui::RefreshDialog::takeServerText());
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.name").toString(), QStringLiteral("Theirs"));
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.description").toString(),
              QStringLiteral("Changed on the server"));
    EXPECT_EQ(draft().base.record, serverCopy(kLead).record);
    EXPECT_NE(draft().base.record, fetchedBase.record);
    EXPECT_TRUE(window->serverController()->lastMessage().startsWith(
        QStringLiteral("Refreshed from the server: 2 values taken from the server, 0 kept as in "
                       "the draft; ")))
        << window->serverController()->lastMessage().toStdString();
}

TEST_F(ServerRefresh, aConflictResolvedByKeepingMine)
{
    changeBothSides();
    ui::RefreshDialog *dialog = refreshDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, ui::RefreshDialog::keepMineText());
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.name").toString(), QStringLiteral("Mine"));
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.description").toString(),
              QStringLiteral("Changed on the server"));
    EXPECT_EQ(draft().base.record, serverCopy(kLead).record);
    EXPECT_TRUE(window->serverController()->lastMessage().startsWith(
        QStringLiteral("Refreshed from the server: 1 value taken from the server, 1 kept as in "
                       "the draft; ")))
        << window->serverController()->lastMessage().toStdString();
}

TEST_F(ServerRefresh, oneUndoTakesTheWholeRefreshBack)
{
    changeBothSides();
    ui::RefreshDialog *dialog = refreshDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, ui::RefreshDialog::takeServerText());
    ASSERT_EQ(test::valueAt(*window, "leadOpportunity.name").toString(), QStringLiteral("Theirs"));
    press(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.name").toString(), QStringLiteral("Mine"));
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.description"),
              fetchedBase.record.value(QLatin1String("leadOpportunity"))
                  .toObject()
                  .value(QLatin1String("description")));
    EXPECT_EQ(draft().base, fetchedBase);
}

TEST_F(ServerRefresh, cancellingLeavesDraftAndBaseAsTheyWere)
{
    changeBothSides();
    ui::RefreshDialog *dialog = refreshDialog();
    ASSERT_NE(dialog, nullptr);
    press(window.get(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->serverController()->refreshDialog(); }));
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.name").toString(), QStringLiteral("Mine"));
    EXPECT_EQ(draft().base, fetchedBase);
}

TEST_F(ServerRefresh, anUnchangedServerCopyOnlyDatesTheBaseAnew)
{
    // The server's clock moves on, so a new fetch time can be told apart.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return QDateTime::currentDateTimeUtc() > fetchedBase.fetchedAt.addMSecs(1); }));
    QSignalSpy outcome(window->serverController(), &ui::ServerController::outcome);
    press(window.get(), Qt::Key_F5);
    ASSERT_TRUE(outcome.wait(10000));
    EXPECT_EQ(window->serverController()->refreshDialog(), nullptr);
    EXPECT_TRUE(window->serverController()->lastMessage().contains(QStringLiteral("not changed")))
        << window->serverController()->lastMessage().toStdString();
    EXPECT_EQ(draft().base.record, fetchedBase.record);
    EXPECT_GT(draft().base.fetchedAt, fetchedBase.fetchedAt);
}

// The server saved the lead again with the same values: only its dates moved. Nothing to
// choose, and the message says why rather than counting zero values.
TEST_F(ServerRefresh, aServerCopyChangedOnlyInItsDatesMovesTheBaseWithoutAsking)
{
    const QString name = draft()
                             .record.value(QLatin1String("leadOpportunity"))
                             .toObject()
                             .value(QLatin1String("name"))
                             .toString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return QDateTime::currentDateTimeUtc() > fetchedBase.fetchedAt.addSecs(1); }));
    ASSERT_TRUE(changeOnServer(kLead, "leadOpportunity.name", name));
    QSignalSpy outcome(window->serverController(), &ui::ServerController::outcome);
    press(window.get(), Qt::Key_F5);
    ASSERT_TRUE(outcome.wait(10000));
    EXPECT_EQ(window->serverController()->refreshDialog(), nullptr);
    EXPECT_TRUE(window->serverController()->lastMessage().contains(QStringLiteral("only in")))
        << window->serverController()->lastMessage().toStdString();
    EXPECT_NE(draft().base.record, fetchedBase.record);
    EXPECT_EQ(draft().record.value(QLatin1String("leadOpportunity")),
              fetchedBase.record.value(QLatin1String("leadOpportunity")));
}
