// Partial updates from the window, the send side: Submit ▸ Review Changes (the list by label
// and the exact request), the review step of the submit flow, "Send the whole record" (and
// the export that follows it), and the question before a PATCH on an old base; each on the
// real window wired to an in-process sandbox.
#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "core/codec/patchbody.h"
#include "core/document/document.h"
#include "core/validation/validator.h"
#include "net/submissionworkflow.h"
#include "sandboxwindow.h"
#include "ui/common/prompt.h"
#include "ui/submit/reviewdialog.h"
#include "ui/submit/settingsdialog.h"
#include "ui/submit/submitcontroller.h"
#include "ui/window/documentview.h"
#include "ui/window/rejectionbar.h"
#include "ui/window/updatetargetprompt.h"
#include "windowdriver.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>

using namespace leadopp;
using test::press;

namespace {

const QString kGetAnswer = QStringLiteral(
    "contract/getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json");

class Review : public test::SandboxWindowTest
{
protected:
    ui::DocumentView *view() { return window->currentView(); }
    const core::Draft &draft() { return view()->document()->draft(); }

    /// The GET answer opened as a draft (based on it) with its status changed.
    void openChangedLead()
    {
        test::openAndShow(*window, kGetAnswer);
        ASSERT_FALSE(draft().base.isNull());
        ASSERT_TRUE(view()->session()->setValue(test::path("leadOpportunity.status"),
                                                QStringLiteral("OPEN")));
    }

    /// The GET answer as a draft file whose base the server held `age` seconds ago.
    void openLeadWithBaseAged(qint64 age)
    {
        core::ReadResult read = core::readDocumentFile(test::dataPath(kGetAnswer));
        ASSERT_TRUE(read.ok);
        read.draft.base.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-age);
        const QString file = dir.filePath(QStringLiteral("aged.leadopp.json"));
        ASSERT_TRUE(core::writeDraftFile(file, read.draft).ok);
        ASSERT_TRUE(window->openFile(file));
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(view()->session()->setValue(test::path("leadOpportunity.status"),
                                                QStringLiteral("OPEN")));
    }

    ui::ReviewDialog *openDialog()
    {
        ui::ReviewDialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] {
            const auto dialogs = window->findChildren<ui::ReviewDialog *>();
            for (ui::ReviewDialog *open : dialogs) {
                if (open->isVisible())
                    dialog = open;
            }
            return dialog != nullptr;
        }));
        EXPECT_TRUE(dialog && QTest::qWaitForWindowActive(dialog));
        return dialog;
    }

    static QString requestText(ui::ReviewDialog *dialog)
    {
        return dialog->findChild<QPlainTextEdit *>(QStringLiteral("reviewRequestView"))
            ->toPlainText();
    }

    static QTreeWidget *changeList(ui::ReviewDialog *dialog)
    {
        return dialog->findChild<QTreeWidget *>(QStringLiteral("reviewChangesList"));
    }

    int attempts() { return int(draft().submissions.size()); }

    /// Export asks first when the draft has errors (the GET example has some); answer Yes.
    bool exportUpdateBody(const QString &file)
    {
        view()->session()->settleValidation();
        if (core::hasErrors(view()->session()->findings()))
            ui::Prompt::setNextAnswer(QMessageBox::Yes);
        ui::Prompt::setNextFileName(file);
        const bool exported = window->exportBody(core::ExportMode::Update);
        EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
        return exported;
    }
};

} // namespace

// The issue's must-show: the list by label (old → new) and the exact body, method, URL and
// headers, the key hidden.
TEST_F(Review, reviewChangesShowsTheListAndTheExactBody)
{
    openChangedLead();
    window->action(QStringLiteral("reviewChangesAction"))->trigger();
    ui::ReviewDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);

    QTreeWidget *list = changeList(dialog);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Status"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("WON"));
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("OPEN"));

    const QByteArray body
        = R"({"leadOpportunity":{"partnerLeadOpportunityId":"API4PARTNERS-0813C","status":"OPEN"}})";
    const QString text = requestText(dialog);
    const QString firstLine = text.section(u'\n', 0, 0);
    EXPECT_EQ(firstLine,
              QStringLiteral("PATCH ") + server.baseUrl().toString()
                  + QStringLiteral("/sales/api4partners/v0/leads-opportunities/HCRQ-F1LLDE"));
    EXPECT_TRUE(text.contains(QStringLiteral("\nX-API-Key: (hidden)\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\nContent-Type: application/json\n")));
    const QString shownBody = text.section(QStringLiteral("\n\n"), 1);
    EXPECT_EQ(shownBody.toUtf8(), core::requestBody(draft(), core::ExportMode::Update));
    EXPECT_EQ(QJsonDocument::fromJson(shownBody.toUtf8()), QJsonDocument::fromJson(body));
    EXPECT_EQ(dialog->findChild<QPushButton *>(QStringLiteral("reviewSendButton")), nullptr);
    dialog->close();
}

// A cleared date cannot travel in an update: its row says so where the value sent would
// stand, and the summary counts it, rather than promise an empty date the server never gets.
TEST_F(Review, aClearedDateIsListedAsNotSent)
{
    openChangedLead();
    ASSERT_TRUE(view()->session()->setValue(test::path("leadOpportunity.closeDate"), QString()));
    ui::ReviewDialog *dialog = window->submitController()->showReview();
    ASSERT_NE(dialog, nullptr);
    QTreeWidget *list = changeList(dialog);
    ASSERT_EQ(list->topLevelItemCount(), 2);
    QTreeWidgetItem *date = list->topLevelItem(1);
    EXPECT_EQ(date->text(0), QStringLiteral("Close date"));
    EXPECT_EQ(date->text(2), QStringLiteral("not sent: an update cannot clear it"));
    EXPECT_TRUE(date->font(2).italic());
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("OPEN"));
    const QString summary
        = dialog->findChild<QLabel *>(QStringLiteral("reviewSummaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 of them cannot be sent")))
        << summary.toStdString();
    EXPECT_FALSE(requestText(dialog).contains(QStringLiteral("closeDate")));
    dialog->close();
}

// Without a base there is nothing to compare with: the dialog says so and lists nothing.
TEST_F(Review, withoutABaseTheReviewSaysSoAndListsNothing)
{
    test::openAndShow(*window, QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    ASSERT_TRUE(draft().base.isNull());
    ui::ReviewDialog *dialog = window->submitController()->showReview();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(changeList(dialog)->topLevelItemCount(), 0);
    const QString summary
        = dialog->findChild<QLabel *>(QStringLiteral("reviewSummaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("no server copy"))) << summary.toStdString();
    EXPECT_TRUE(requestText(dialog).startsWith(QStringLiteral("POST ")));
    dialog->close();
}

// The step of the submit flow: Ctrl+Return opens the review, Return (Send is the default
// button) sends exactly the body shown; Escape sends nothing.
TEST_F(Review, theSubmitStepSendsWhatItShowsOnReturnAndNothingOnEscape)
{
    environments.setReviewBeforeSending(true);
    openChangedLead();
    QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
    QSignalSpy abandoned(window->submitController(), &ui::SubmitController::submitAbandoned);

    const QString banner = view()->rejectionBar()->text();
    const bool bannerShown = !view()->rejectionBar()->isHidden();
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ui::ReviewDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(changeList(dialog)->topLevelItemCount(), 1);
    press(window.get(), Qt::Key_Escape);
    ASSERT_TRUE(abandoned.count() > 0 || abandoned.wait(5000));
    EXPECT_EQ(attempts(), 0);
    // The rep's own cancel is no failure: the banner keeps what it said.
    EXPECT_EQ(view()->rejectionBar()->text(), banner);
    EXPECT_EQ(!view()->rejectionBar()->isHidden(), bannerShown);
    window->activateWindow(); // the window manager's part once the dialog is gone
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("reviewSendButton"));
    ASSERT_NE(send, nullptr);
    EXPECT_TRUE(send->isDefault());
    const QString shown = requestText(dialog).section(QStringLiteral("\n\n"), 1);
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    ASSERT_EQ(attempts(), 1);
    EXPECT_EQ(draft().submissions.constLast().requestBody, shown.toUtf8());
    EXPECT_EQ(draft().submissions.constLast().operation, QStringLiteral("update"));
}

// "Send the whole record": the review, the request sent and Export ▸ PATCH body all carry
// every section the draft holds; unchecked, only the change.
TEST_F(Review, sendTheWholeRecordReachesTheReviewTheRequestAndTheExport)
{
    openChangedLead();
    QAction *whole = window->action(QStringLiteral("sendWholeRecordAction"));
    ASSERT_NE(whole, nullptr);
    EXPECT_FALSE(whole->isChecked());
    whole->trigger();
    const QByteArray wholeBody
        = core::requestBody(draft(), core::ExportMode::Update, core::PatchScope::Whole);
    ASSERT_NE(wholeBody, core::requestBody(draft(), core::ExportMode::Update));

    ui::ReviewDialog *dialog = window->submitController()->showReview();
    EXPECT_EQ(requestText(dialog).section(QStringLiteral("\n\n"), 1).toUtf8(), wholeBody);
    dialog->close();

    const QString exported = dir.filePath(QStringLiteral("HCRQ-F1LLDE.patch.json"));
    ASSERT_TRUE(exportUpdateBody(exported));
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), wholeBody);
    file.close();

    whole->trigger();
    ASSERT_TRUE(exportUpdateBody(exported));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(
        QJsonDocument::fromJson(file.readAll()),
        QJsonDocument::fromJson(
            R"({"leadOpportunity":{"partnerLeadOpportunityId":"API4PARTNERS-0813C","status":"OPEN"}})"));
}

// A base older than the setting: Cancel sends nothing, Send Anyway sends; a fresh one asks
// nothing. Without a refresh action in the window, Refresh is not offered.
TEST_F(Review, anOldBaseAsksBeforeThePatchAndCancelSendsNothing)
{
    openLeadWithBaseAged(2 * 3600);
    QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
    QSignalSpy abandoned(window->submitController(), &ui::SubmitController::submitAbandoned);

    ui::Prompt::setNextAnswer(QMessageBox::Cancel);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("120 minute")))
        << ui::Prompt::lastText().toStdString();
    EXPECT_EQ(abandoned.count(), 1);
    EXPECT_EQ(attempts(), 0);

    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    EXPECT_EQ(attempts(), 1);
}

TEST_F(Review, aBaseYoungerThanTheSettingAsksNothing)
{
    environments.setBaseMaxAgeMinutes(180);
    openLeadWithBaseAged(2 * 3600);
    QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
    ui::Prompt::setNextAnswer(QMessageBox::Cancel); // would be taken by a question
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    EXPECT_TRUE(ui::Prompt::hasPendingAnswer());
    ui::Prompt::setNextAnswer(QMessageBox::NoButton);
    ui::Prompt::question(nullptr, {}, {}, QMessageBox::Ok, QMessageBox::Ok); // consume it
    EXPECT_EQ(attempts(), 1);
}

// Where the window has "refreshFromServerAction", Refresh First triggers it and sends
// nothing.
TEST_F(Review, refreshFirstTriggersTheWindowsRefreshAndSendsNothing)
{
    openLeadWithBaseAged(2 * 3600);
    QAction *refresh = window->findChild<QAction *>(QStringLiteral("refreshFromServerAction"));
    if (refresh) // the window's own refresh is not what this checks: only that it is asked for
        QObject::disconnect(refresh, &QAction::triggered, nullptr, nullptr);
    else {
        refresh = new QAction(window.get());
        refresh->setObjectName(QStringLiteral("refreshFromServerAction"));
    }
    QSignalSpy triggered(refresh, &QAction::triggered);
    QSignalSpy abandoned(window->submitController(), &ui::SubmitController::submitAbandoned);
    ui::Prompt::setNextAnswer(QMessageBox::Retry);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(abandoned.count(), 1);
    EXPECT_EQ(attempts(), 0);
    // A refresh action of its own may fetch asynchronously; ours records the trigger.
    EXPECT_EQ(triggered.count(), 1);
}

namespace {

class UpdateTarget : public Review
{
protected:
    /// Opens `file` with the first question answered `first`; the spy sees it settled.
    void open(const QString &file, QMessageBox::StandardButton first)
    {
        settled = std::make_unique<QSignalSpy>(window->updateTargetPrompt(),
                                               &ui::UpdateTargetPrompt::settled);
        ui::Prompt::setNextAnswer(first);
        ASSERT_TRUE(window->openFile(file));
        EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    }

    /// A copy of the official PATCH example (partner id CRM-LEAD-1234, no 3DS id) as `name`.
    QString patchExampleAs(const QString &name)
    {
        const QString file = dir.filePath(name);
        QFile::copy(test::dataPath(QStringLiteral(
                        "contract/updateLeadOpportunitiesDetails-request-updateLeadStatus.json")),
                    file);
        return file;
    }

    QString dsId() { return draft().dsLeadOpportunityId(); }

    std::unique_ptr<QSignalSpy> settled;
};

} // namespace

// "Find and Update": the sandbox's search finds the one lead with that partner id, the rep
// takes it, and the id is stored outside the undo history.
TEST_F(UpdateTarget, aPatchBodyFindsItsLeadByPartnerIdAndStoresTheIdWithoutUndo)
{
    open(patchExampleAs(QStringLiteral("status.json")), QMessageBox::Yes);
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("CRM-LEAD-1234")));
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(settled->count() > 0 || settled->wait(10000));
    EXPECT_EQ(dsId(), QStringLiteral("XJSR-DZMFFT"));
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("XJSR-DZMFFT")));
    EXPECT_FALSE(view()->session()->undoStack()->canUndo());
    EXPECT_EQ(window->submitController()->pendingRequest().operation, net::ApiRequest::Update);
}

// A body named at start is asked about once the window shows: a question before any window
// would not say what it is about.
TEST_F(UpdateTarget, aBodyNamedAtStartIsAskedAboutOnceTheWindowShows)
{
    const ui::MainWindowServices services {
        &client, &environments, &credentials, { patchExampleAs(QStringLiteral("status.json")) }
    };
    ui::Prompt::setNextAnswer(QMessageBox::No);
    ui::MainWindow started(services);
    EXPECT_TRUE(ui::Prompt::hasPendingAnswer()) << "asked before the window showed";
    QSignalSpy asked(started.updateTargetPrompt(), &ui::UpdateTargetPrompt::settled);
    started.show();
    ASSERT_TRUE(asked.wait(5000));
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("CRM-LEAD-1234")));
}

TEST_F(UpdateTarget, createNewLeavesItACreateAndSearchesNothing)
{
    open(patchExampleAs(QStringLiteral("status.json")), QMessageBox::No);
    EXPECT_EQ(settled->count(), 1);
    EXPECT_TRUE(dsId().isEmpty());
    EXPECT_EQ(window->submitController()->pendingRequest().operation, net::ApiRequest::Create);
}

TEST_F(UpdateTarget, noLeadWithThatPartnerIdIsSaid)
{
    const QString file = dir.filePath(QStringLiteral("unknown.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(
        R"({"leadOpportunity":{"partnerLeadOpportunityId":"NOWHERE-77","status":"QUALIFIED"}})");
    out.close();
    open(file, QMessageBox::Yes);
    ui::Prompt::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(settled->count() > 0 || settled->wait(10000));
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("no lead")))
        << ui::Prompt::lastText().toStdString();
    EXPECT_TRUE(dsId().isEmpty());
}

// An update body is exported under its lead's id, and reopening that file offers the id
// from the name: no search, the answer comes at once.
TEST_F(UpdateTarget, theExportNameCarriesTheIdAndReopeningOffersIt)
{
    test::openAndShow(*window, kGetAnswer);
    const QString exported = dir.filePath(QStringLiteral("HCRQ-F1LLDE.patch.json"));
    ASSERT_TRUE(exportUpdateBody(exported));
    EXPECT_EQ(QFileInfo(ui::Prompt::lastSuggestedPath()).fileName(),
              QStringLiteral("HCRQ-F1LLDE.patch.json"));

    open(patchExampleAs(QStringLiteral("XJSR-DZMFFT.patch.json")), QMessageBox::Yes);
    EXPECT_EQ(settled->count(), 1);
    EXPECT_TRUE(ui::Prompt::lastText().contains(QStringLiteral("file name")));
    EXPECT_EQ(dsId(), QStringLiteral("XJSR-DZMFFT"));
}

TEST(UpdateTargetName, onlyALeadIdFollowedByPatchJsonCounts)
{
    using ui::UpdateTargetPrompt;
    EXPECT_EQ(UpdateTargetPrompt::idFromFileName(QStringLiteral("/x/XJSR-DZMFFT.patch.json")),
              QStringLiteral("XJSR-DZMFFT"));
    EXPECT_TRUE(UpdateTargetPrompt::idFromFileName(QStringLiteral("lead.patch.json")).isEmpty());
    EXPECT_TRUE(UpdateTargetPrompt::idFromFileName(QStringLiteral("XJSR-DZMFFT.json")).isEmpty());
}

// The two submit options live in the settings dialog and persist in the environment store:
// the review step (off by default) and the age of a base that offers a refresh (an hour).
TEST_F(Review, settingsHoldTheReviewStepAndTheBaseAge)
{
    EXPECT_FALSE(environments.reviewBeforeSending());
    EXPECT_EQ(environments.baseMaxAgeMinutes(), 60);
    ui::SettingsDialog *dialog = window->submitController()->showSettings();
    auto *review = dialog->findChild<QCheckBox *>(QStringLiteral("reviewBeforeSendingCheck"));
    auto *age = dialog->findChild<QSpinBox *>(QStringLiteral("baseMaxAgeSpin"));
    ASSERT_NE(review, nullptr);
    ASSERT_NE(age, nullptr);
    EXPECT_FALSE(review->isChecked());
    EXPECT_EQ(age->value(), 60);
    review->click();
    age->setValue(15);
    EXPECT_TRUE(environments.reviewBeforeSending());
    EXPECT_EQ(environments.baseMaxAgeMinutes(), 15);
    dialog->close();
}
