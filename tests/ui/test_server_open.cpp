// File ▸ Open from Server against the sandbox: by 3DS id and by partner opportunity id, the
// lead opening as a draft based on the server copy; a malformed or unknown id is said in
// the dialog, which stays open.
#include "serverwindow.h"
#include "ui/common/prompt.h"
#include "ui/server/openfromserverdialog.h"
#include "ui/server/servercontroller.h"

#include <QAction>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLineEdit>
#include <QRadioButton>
#include <QTabWidget>

using namespace leadopp;
using test::press;
using test::type;

namespace {

class ServerOpen : public test::ServerWindowTest
{
protected:
    ui::OpenFromServerDialog *openDialog()
    {
        return dialogFrom<ui::OpenFromServerDialog>(Qt::Key_G,
                                                    Qt::ControlModifier | Qt::ShiftModifier);
    }

    // What the dialog says once the server answered (the busy text is replaced).
    QString answerIn(ui::OpenFromServerDialog *dialog)
    {
        const bool answered
            = QTest::qWaitFor([&] { return !dialog->message().endsWith(QStringLiteral("…")); });
        return answered ? dialog->message() : QString();
    }
};

} // namespace

TEST_F(ServerOpen, byDsIdOpensTheLeadAsADraftBasedOnTheServerCopy)
{
    ui::OpenFromServerDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("serverIdEdit"));
    type(window.get(), QStringLiteral("XJSR-DZMFFT"));
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(waitForLead(QStringLiteral("XJSR-DZMFFT"))) << dialog->message().toStdString();

    const core::Draft &draft = window->currentView()->document()->draft();
    EXPECT_EQ(window->documentCount(), 1) << "the untouched empty draft gave way";
    ASSERT_FALSE(draft.base.isNull());
    EXPECT_EQ(draft.base.record, draft.record);
    EXPECT_EQ(draft.base.record, serverCopy(QStringLiteral("XJSR-DZMFFT")).record);
    EXPECT_EQ(draft.base.environment, QStringLiteral("sandbox"));
    EXPECT_TRUE(draft.base.fetchedAt.isValid());
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.partnerLeadOpportunityId").toString(),
              QStringLiteral("CRM-LEAD-1234"));
    EXPECT_EQ(window->findChild<QTabWidget *>(QStringLiteral("documentTabs"))->tabText(0),
              QStringLiteral("XJSR-DZMFFT"));
    EXPECT_TRUE(window->action(QStringLiteral("refreshFromServerAction"))->isEnabled());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);

    // Saved for the first time, it is offered under the lead's own name.
    const QString file = dir.filePath(QStringLiteral("kept.leadopp.json"));
    ui::Prompt::setNextFileName(file);
    ASSERT_TRUE(window->save());
    EXPECT_EQ(QFileInfo(ui::Prompt::lastSuggestedPath()).fileName(),
              QStringLiteral("XJSR-DZMFFT.leadopp.json"));
}

TEST_F(ServerOpen, byPartnerOpportunityIdSearchesThenOpensTheOneLead)
{
    ui::OpenFromServerDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    press(window.get(), Qt::Key_P, Qt::AltModifier); // a mnemonic clicks after a moment
    auto *byPartner = dialog->findChild<QRadioButton *>(QStringLiteral("byPartnerIdRadio"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return byPartner->isChecked(); }));
    press(window.get(), Qt::Key_I, Qt::AltModifier);
    type(window.get(), QStringLiteral("OPPY-12345"));
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(waitForLead(QStringLiteral("HCRQ-F1LLDE"))) << dialog->message().toStdString();
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.partnerLeadOpportunityId").toString(),
              QStringLiteral("OPPY-12345"));
    EXPECT_FALSE(window->currentView()->document()->draft().base.isNull());
}

TEST_F(ServerOpen, aMalformedIdIsRefusedInTheDialogBeforeAnyRequest)
{
    ui::OpenFromServerDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    const int served = server.requestCount();
    type(window.get(), QStringLiteral("string"));
    press(window.get(), Qt::Key_Return);
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("XJSR-DZMFFT")))
        << dialog->message().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(server.requestCount(), served);
}

TEST_F(ServerOpen, anUnknownLeadIsSaidInTheDialogWhichStaysOpen)
{
    ui::OpenFromServerDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    type(window.get(), QStringLiteral("ZZZZ-NOSUCH"));
    press(window.get(), Qt::Key_Return);
    // The API answers an unknown id with 500 ERROR_048; its own sentence is shown.
    const QString said = answerIn(dialog);
    EXPECT_TRUE(said.contains(QStringLiteral("ZZZZ-NOSUCH"))
                && said.contains(QStringLiteral("ERROR_048")))
        << said.toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(window->currentView()->document()->draft().base.isNull());
    press(window.get(), Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }));
}

TEST_F(ServerOpen, aPartnerIdNoLeadHasIsSaidInTheDialog)
{
    ui::OpenFromServerDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    press(window.get(), Qt::Key_P, Qt::AltModifier);
    auto *byPartner = dialog->findChild<QRadioButton *>(QStringLiteral("byPartnerIdRadio"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return byPartner->isChecked(); }));
    press(window.get(), Qt::Key_I, Qt::AltModifier);
    type(window.get(), QStringLiteral("NO-SUCH-PARTNER-ID"));
    press(window.get(), Qt::Key_Return);
    EXPECT_TRUE(answerIn(dialog).contains(QStringLiteral("NO-SUCH-PARTNER-ID")))
        << dialog->message().toStdString();
    EXPECT_TRUE(dialog->isVisible());
}

// Another environment than the sandbox needs a stored key: without one nothing is asked,
// and the dialog says where to enter it.
TEST_F(ServerOpen, withoutAStoredKeyTheDialogSaysSoAndSendsNothing)
{
    const net::Environment custom
        = environments.addCustom(server.baseUrl(), QStringLiteral("Loopback gateway"));
    ASSERT_TRUE(environments.setCurrentId(custom.id));
    const int served = server.requestCount();
    ui::OpenFromServerDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    type(window.get(), QStringLiteral("XJSR-DZMFFT"));
    press(window.get(), Qt::Key_Return);
    const QString said = answerIn(dialog);
    EXPECT_TRUE(said.contains(QStringLiteral("No API key"))) << said.toStdString();
    EXPECT_EQ(server.requestCount(), served);
    EXPECT_TRUE(dialog->isVisible());
}

// The window manager draws the title (Qt adds the application's name), usually bold, beside
// its icon and buttons: a dialog as narrow as its contents had it cut.
TEST_F(ServerOpen, theDialogIsWideEnoughForTheTitleTheWindowManagerShows)
{
    ui::OpenFromServerDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QFont bold = dialog->font();
    bold.setBold(true);
    const QString shown
        = dialog->windowTitle() + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    const int iconAndButtons = 4 * dialog->fontMetrics().height();
    EXPECT_GE(dialog->width(), QFontMetrics(bold).horizontalAdvance(shown) + iconAndButtons);
}
