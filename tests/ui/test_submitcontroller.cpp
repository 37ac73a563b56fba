// SubmitController against a real in-process sandbox on 127.0.0.1.
#include "core/codec/documentreader.h"
#include "core/codec/recordnormaliser.h"
#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/environmentstore.h"
#include "net/memorycredentialstore.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/submit/submitcontroller.h"
#include "ui/submit/submitstatuswidget.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>

using namespace leadopp;

namespace {

const QString kKey = QStringLiteral("test-key-7d1e9c"); // not a secret: sandbox accepts any
const QString kId = QStringLiteral("XJSR-DZMFFT");

QJsonObject badRecord()
{
    return test::parseObject(R"({
        "dsLeadOpportunityId": "XJSR-DZMFFT",
        "leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234", "currency": "eur"},
        "customerContacts": [{"firstName": "Ana", "lastName": "Silva", "email": "not-an-email"}]
    })");
}

class SubmitControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(m_server.listen(0), 0);
        m_client = std::make_unique<net::ApiClient>(&m_nam);
        // Every request goes to the sandbox whatever host it names, so production and
        // custom environments are exercised without leaving the loopback interface.
        m_client->setConnectTo(m_server.baseUrl());
        m_client->setRetryPolicy(net::RetryPolicy::none());
        m_environments
            = std::make_unique<net::EnvironmentStore>(m_dir.filePath(QStringLiteral("env.ini")));
        m_environments->setSandboxUrl(m_server.baseUrl());
        m_credentials.setKey(QStringLiteral("sandbox"), kKey);
        m_credentials.setKey(QStringLiteral("prd"), kKey);
        core::Draft draft;
        draft.record = badRecord();
        m_document = std::make_unique<core::Document>(draft);
        m_session = std::make_unique<ui::EditSession>(m_document.get());
        m_controller = std::make_unique<ui::SubmitController>(
            m_session.get(), m_client.get(), m_environments.get(), &m_credentials, &m_window);
    }

    void TearDown() override { m_window.removeAction(m_controller->submitAction()); }

    // Submits and waits for the answer; false when nothing finished in time.
    bool submitAndWait()
    {
        QSignalSpy finished(m_controller.get(), &ui::SubmitController::submitFinished);
        m_controller->submitAction()->trigger();
        return finished.wait(10000);
    }

    void setValue(const char *path, const QJsonValue &value)
    {
        m_session->setValue(core::FieldPath::parse(QString::fromLatin1(path)), value);
    }

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<net::EnvironmentStore> m_environments;
    net::MemoryCredentialStore m_credentials;
    std::unique_ptr<core::Document> m_document;
    std::unique_ptr<ui::EditSession> m_session;
    QWidget m_window;
    std::unique_ptr<ui::SubmitController> m_controller;
};

// Takes a pre-set answer nobody asked for, so it cannot leak into the next test.
void dropPendingAnswer()
{
    if (ui::Prompt::hasPendingAnswer())
        ui::Prompt::warning(nullptr, QString(), QString());
}

} // namespace

TEST_F(SubmitControllerTest, actions_haveNamesAndShortcuts)
{
    EXPECT_EQ(m_controller->submitAction()->objectName(), QStringLiteral("submitAction"));
    EXPECT_EQ(m_controller->submitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    EXPECT_EQ(m_controller->cancelAction()->objectName(), QStringLiteral("cancelSubmitAction"));
    EXPECT_EQ(m_controller->cancelAction()->shortcut(), QKeySequence(Qt::Key_Escape));
    EXPECT_TRUE(m_controller->submitAction()->isEnabled());
    EXPECT_FALSE(m_controller->cancelAction()->isEnabled());
    EXPECT_EQ(m_controller->statusWidget()->objectName(), QStringLiteral("submitProgress"));
}

TEST_F(SubmitControllerTest, submitWithErrors_rejectionLitAndRecorded)
{
    ASSERT_TRUE(submitAndWait());
    EXPECT_FALSE(m_document->serverErrors().isEmpty());
    EXPECT_EQ(m_document->draft().rejection.status, 400);
    ASSERT_EQ(m_document->draft().submissions.size(), 1);
    const core::SubmissionAttempt &attempt = m_document->draft().submissions.first();
    EXPECT_EQ(attempt.outcome, QStringLiteral("rejected"));
    EXPECT_EQ(attempt.operation, QStringLiteral("update"));
    EXPECT_EQ(attempt.status, 400);
    const int errors = int(m_document->serverErrors().size());
    EXPECT_TRUE(m_controller->lastMessage().contains(QString::number(errors)))
        << m_controller->lastMessage().toStdString();
    EXPECT_EQ(m_controller->statusWidget()->text(), m_controller->lastMessage());
    EXPECT_FALSE(m_controller->statusWidget()->isBusy());
    EXPECT_TRUE(m_controller->rejectionAction()->isEnabled());
}

TEST_F(SubmitControllerTest, fixAndResubmit_acceptedAndRejectionCleared)
{
    ASSERT_TRUE(submitAndWait());
    ASSERT_FALSE(m_document->serverErrors().isEmpty());
    setValue("leadOpportunity.currency", QStringLiteral("EUR"));
    setValue("customerContacts[0].email", QStringLiteral("ana.silva@example.com"));
    EXPECT_TRUE(m_document->unaddressedErrors().isEmpty());

    ASSERT_TRUE(submitAndWait());
    ASSERT_EQ(m_document->draft().submissions.size(), 2);
    EXPECT_EQ(m_document->draft().submissions.last().outcome, QStringLiteral("accepted"));
    EXPECT_TRUE(m_document->draft().rejection.isNull());
    EXPECT_TRUE(m_document->serverErrors().isEmpty());
    EXPECT_FALSE(m_controller->rejectionAction()->isEnabled());
}

// The server's answer is no edit: undo never takes the id back (a second create of the
// same lead would follow).
TEST_F(SubmitControllerTest, acceptedCreate_storesNewIdOutsideUndo)
{
    QJsonObject record = test::parseObject(test::readData(
        QStringLiteral("contract/createLeadsOpportunities-request-createLeadBasic.json")));
    QJsonObject lead = record.value(QStringLiteral("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("UI-CREATE-TEST-1"));
    record.insert(QStringLiteral("leadOpportunity"), lead);
    core::Draft draft;
    draft.record = core::normaliseRecord(record);
    m_document->setDraft(draft);
    ASSERT_TRUE(m_document->draft().dsLeadOpportunityId().isEmpty());

    ASSERT_TRUE(submitAndWait());
    ASSERT_EQ(m_document->draft().submissions.size(), 1);
    EXPECT_EQ(m_document->draft().submissions.first().operation, QStringLiteral("create"));
    EXPECT_EQ(m_document->draft().submissions.first().outcome, QStringLiteral("accepted"))
        << m_document->draft().submissions.first().responseBody.toStdString();
    const QString newId = m_document->draft().dsLeadOpportunityId();
    EXPECT_FALSE(newId.isEmpty());
    EXPECT_TRUE(m_session->isModified());
    m_session->undoStack()->undo();
    EXPECT_EQ(m_document->draft().dsLeadOpportunityId(), newId);
}

TEST_F(SubmitControllerTest, cancelMidFlight_recordsCancelledAttempt)
{
    m_server.injectFault({ sandbox::Fault::Delay, 1, 5000, 1 });
    QSignalSpy finished(m_controller.get(), &ui::SubmitController::submitFinished);
    m_controller->submit();
    EXPECT_TRUE(m_controller->isRunning());
    EXPECT_TRUE(m_controller->statusWidget()->isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() == 1; }, 5000));
    EXPECT_TRUE(m_controller->cancelAction()->isEnabled());
    m_controller->cancelAction()->trigger();
    ASSERT_TRUE(finished.count() == 1 || finished.wait(5000));
    ASSERT_EQ(m_document->draft().submissions.size(), 1);
    EXPECT_EQ(m_document->draft().submissions.first().outcome, QStringLiteral("cancelled"));
    EXPECT_TRUE(m_document->draft().rejection.isNull());
    EXPECT_FALSE(m_controller->isRunning());
    EXPECT_TRUE(m_controller->submitAction()->isEnabled());
}

TEST_F(SubmitControllerTest, production_confirmedOncePerSession)
{
    setValue("leadOpportunity.currency", QStringLiteral("EUR"));
    setValue("customerContacts[0].email", QStringLiteral("ana.silva@example.com"));
    ASSERT_TRUE(m_environments->setCurrentId(QStringLiteral("prd")));

    ui::Prompt::setNextAnswer(QMessageBox::No);
    QSignalSpy abandoned(m_controller.get(), &ui::SubmitController::submitAbandoned);
    m_controller->submit();
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(abandoned.count(), 1);
    EXPECT_FALSE(m_controller->isRunning());
    EXPECT_EQ(m_server.requestCount(), 0);
    EXPECT_TRUE(m_document->draft().submissions.isEmpty());

    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(submitAndWait());
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(m_server.requestCount(), 1);

    // A second production submit in the same session is not asked again.
    ui::Prompt::setNextAnswer(QMessageBox::No);
    ASSERT_TRUE(submitAndWait());
    EXPECT_TRUE(ui::Prompt::hasPendingAnswer());
    EXPECT_EQ(m_server.requestCount(), 2);
    dropPendingAnswer();
}

TEST_F(SubmitControllerTest, untouchedFlaggedFields_warnBeforeResubmit)
{
    ASSERT_TRUE(submitAndWait());
    ASSERT_FALSE(m_document->unaddressedErrors().isEmpty());
    const int before = m_server.requestCount();

    ui::Prompt::setNextAnswer(QMessageBox::No);
    m_controller->submit();
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
    EXPECT_FALSE(m_controller->isRunning());
    EXPECT_EQ(m_server.requestCount(), before);
    EXPECT_EQ(m_document->draft().submissions.size(), 1);

    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(submitAndWait());
    EXPECT_EQ(m_server.requestCount(), before + 1);
    EXPECT_EQ(m_document->draft().submissions.size(), 2);

    // Once every flagged field was edited, nothing is asked.
    setValue("leadOpportunity.currency", QStringLiteral("EUR"));
    setValue("customerContacts[0].email", QStringLiteral("ana.silva@example.com"));
    ui::Prompt::setNextAnswer(QMessageBox::No);
    ASSERT_TRUE(submitAndWait());
    EXPECT_TRUE(ui::Prompt::hasPendingAnswer());
    dropPendingAnswer();
}

TEST_F(SubmitControllerTest, savedDraft_neverContainsTheKey)
{
    ASSERT_TRUE(submitAndWait());
    setValue("leadOpportunity.currency", QStringLiteral("EUR"));
    setValue("customerContacts[0].email", QStringLiteral("ana.silva@example.com"));
    ASSERT_TRUE(submitAndWait());
    ASSERT_EQ(m_document->draft().submissions.size(), 2);
    const QByteArray bytes = core::writeDraft(m_document->draft());
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains(kKey.toUtf8()));
    EXPECT_FALSE(m_controller->lastMessage().contains(kKey));
}

TEST_F(SubmitControllerTest, sandboxWithoutStoredKey_stillSubmits)
{
    m_credentials.removeKey(QStringLiteral("sandbox"));
    ASSERT_TRUE(submitAndWait());
    ASSERT_EQ(m_document->draft().submissions.size(), 1);
    EXPECT_EQ(m_document->draft().submissions.first().status, 400);
}

TEST_F(SubmitControllerTest, ctrlReturn_submitsFromTheWindow)
{
    m_window.show();
    m_window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
    QSignalSpy finished(m_controller.get(), &ui::SubmitController::submitFinished);
    QTest::keyClick(&m_window, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(m_document->draft().submissions.size(), 1);
}
