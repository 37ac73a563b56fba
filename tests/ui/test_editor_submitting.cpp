// What the server assigned and what was sent stay honest while the rep keeps working:
// undo never takes back a server-assigned id, edits made during a submission are named as
// unsent, and closing a draft mid-submission asks first.
#include "net/apiclient.h"
#include "net/environmentstore.h"
#include "net/memorycredentialstore.h"
#include "sandbox/sandboxserver.h"
#include "sandboxwindow.h"
#include "ui/common/prompt.h"
#include "ui/submit/submitcontroller.h"
#include "windowdriver.h"

#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

using namespace leadopp;
using test::press;
using test::type;
using test::valueAt;

namespace {

const QString kNewLead = QStringLiteral("drafts/clean-new-lead.leadopp.json");

class EditorSubmitting : public test::SandboxWindowTest
{
protected:
    void SetUp() override
    {
        SandboxWindowTest::SetUp();
        test::openAndShow(*window, kNewLead);
    }

    void delayAnswers(int ms)
    {
        sandbox::FaultPlan plan;
        plan.fault = sandbox::Fault::Delay;
        plan.count = -1;
        plan.delayMs = ms;
        server.injectFault(plan);
    }

    ui::SubmitController *submit() { return window->submitController(); }
};

} // namespace

// 6. Undo never reaches what the server assigned.
TEST_F(EditorSubmitting, undoAfterAnAcceptedCreateKeepsTheServerId)
{
    auto *name = window->findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
    name->setFocus(Qt::TabFocusReason);
    name->end(false);
    type(window.get(), QStringLiteral(" (pilot)"));
    QSignalSpy finished(submit(), &ui::SubmitController::submitFinished);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(finished.wait(10000));
    const QString id = valueAt(*window, "dsLeadOpportunityId").toString();
    ASSERT_FALSE(id.isEmpty()) << submit()->lastMessage().toStdString();
    press(window.get(), Qt::Key_Z, Qt::ControlModifier);
    press(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(*window, "dsLeadOpportunityId").toString(), id);
    EXPECT_TRUE(window->isWindowModified()) << "the id is unsaved, not undoable";
}

// 7. Edits made while a submission is in flight are named as not sent.
TEST_F(EditorSubmitting, editsDuringASubmissionAreReportedAsUnsent)
{
    delayAnswers(400);
    auto *name = window->findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
    name->setFocus(Qt::TabFocusReason);
    QSignalSpy finished(submit(), &ui::SubmitController::submitFinished);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(submit()->isRunning());
    name->end(false);
    type(window.get(), QStringLiteral(" v2"));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(submit()->lastMessage().contains(QStringLiteral("Not sent")))
        << submit()->lastMessage().toStdString();
    EXPECT_TRUE(submit()->lastMessage().contains(QStringLiteral("Name")));
    EXPECT_TRUE(
        valueAt(*window, "leadOpportunity.name").toString().endsWith(QStringLiteral(" v2")));
    const QJsonObject sentBody
        = QJsonDocument::fromJson(
              window->currentView()->document()->draft().submissions.last().requestBody)
              .object();
    EXPECT_FALSE(sentBody.value(QStringLiteral("leadOpportunity"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString()
                     .endsWith(QStringLiteral(" v2")));
}

// 8. Closing a draft whose submission is in flight asks, and a "no" keeps it.
TEST_F(EditorSubmitting, closingDuringASubmissionAsksAndKeepsTheAnswer)
{
    delayAnswers(300);
    QSignalSpy finished(submit(), &ui::SubmitController::submitFinished);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(submit()->isRunning());
    ui::Prompt::setNextAnswer(QMessageBox::No);
    press(window.get(), Qt::Key_W, Qt::ControlModifier);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer()) << "the rep was asked";
    ASSERT_EQ(window->documentCount(), 1);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(window->currentView()->document()->draft().submissions.size(), 1);
    EXPECT_FALSE(window->currentView()->document()->draft().dsLeadOpportunityId().isEmpty());
}
