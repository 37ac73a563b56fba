#include "ui/submit/submitcontroller.h"

#include "core/codec/exporter.h"
#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/apijob.h"
#include "net/credentialstore.h"
#include "net/environmentstore.h"
#include "net/submissionworkflow.h"
#include "ui/common/finishediting.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/submit/environmentcombo.h"
#include "ui/submit/historydialog.h"
#include "ui/submit/rejectiondialog.h"
#include "ui/submit/reviewdialog.h"
#include "ui/submit/settingsdialog.h"
#include "ui/submit/submitstatuswidget.h"

#include <QAction>
#include <QThread>
#include <QWidget>
#include <algorithm>

namespace leadopp::ui {

namespace {

template<typename Dialog> Dialog *openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace

SubmitController::SubmitController(EditSession *session, net::ApiClient *client,
                                   net::EnvironmentStore *environments,
                                   net::CredentialStore *credentials, QWidget *dialogParent,
                                   QObject *parent)
    : QObject(parent), m_client(client), m_environments(environments), m_credentials(credentials),
      m_dialogParent(dialogParent), m_status(new SubmitStatusWidget)
{
    createActions();
    connect(m_credentials, &net::CredentialStore::keyRead, this, &SubmitController::onKeyRead);
    setSession(session);
}

SubmitController::~SubmitController()
{
    // Nothing may keep talking to the server for a window that is gone.
    if (m_builder) {
        m_builder->disconnect(this);
        m_builder->wait();
        delete m_builder.data();
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    // The status widget belongs to whoever placed it; otherwise it is ours.
    if (m_status && !m_status->parentWidget())
        delete m_status;
}

void SubmitController::createActions()
{
    m_submitAction = new QAction(tr("&Submit"), this);
    m_submitAction->setObjectName(QStringLiteral("submitAction"));
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_submitAction, &QAction::triggered, this, &SubmitController::submit);

    m_cancelAction = new QAction(tr("&Cancel Submission"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelSubmitAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &SubmitController::cancel);

    m_historyAction = new QAction(tr("Submission &History…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    connect(m_historyAction, &QAction::triggered, this, &SubmitController::showHistory);

    m_rejectionAction = new QAction(tr("Last &Rejection…"), this);
    m_rejectionAction->setObjectName(QStringLiteral("rejectionAction"));
    connect(m_rejectionAction, &QAction::triggered, this, &SubmitController::showRejectionDetails);

    m_settingsAction = new QAction(tr("API &Keys and Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, &SubmitController::showSettings);

    createReviewActions();
    // Shortcuts only fire for actions that belong to a visible widget.
    if (m_dialogParent)
        m_dialogParent->addActions({ m_submitAction, m_cancelAction });
}

void SubmitController::setSession(EditSession *session)
{
    if (m_session)
        m_session->document()->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session->document(), &core::Document::rejectionChanged, this,
                &SubmitController::updateActions);
    updateActions();
}

SubmitStatusWidget *SubmitController::statusWidget() const
{
    return m_status;
}

EnvironmentCombo *SubmitController::createEnvironmentCombo(QWidget *parent) const
{
    return new EnvironmentCombo(m_environments, parent);
}

void SubmitController::submit()
{
    if (isRunning() || !m_session || m_review || m_readOnly)
        return;
    // What is being typed goes with it, and the rules across rows have run.
    finishEditing();
    m_session->settleValidation();
    const net::Environment environment = m_environments->current();
    if (environment.sandbox && environment.baseUrl.isEmpty())
        return abandon(tr("The built-in sandbox is not running."));
    if (!confirmSubmit(environment) || !confirmFreshBase())
        return withdraw(tr("Submission not sent."));
    if (m_environments->reviewBeforeSending())
        return reviewThenSend();
    startSending();
}

void SubmitController::startSending()
{
    const net::Environment environment = m_environments->current();
    m_runningSession = m_session;
    m_request = net::ApiRequest();
    m_request.environment = environment;
    setState(State::ReadingKey);
    m_status->showBusy(tr("Submitting to %1…").arg(environment.displayName));
    m_credentials->readKey(environment.id);
}

bool SubmitController::confirmSubmit(const net::Environment &environment)
{
    // Fields only: an error about the whole record has no field to change.
    const QList<core::FieldError> open = m_session->document()->unaddressedErrors();
    const int untouched = int(std::count_if(open.cbegin(), open.cend(), [](const auto &error) {
        return !error.path.isEmpty() && error.match != core::MatchKind::Record;
    }));
    if (untouched > 0
        && Prompt::question(m_dialogParent, tr("Submit"),
                            tr("%n field(s) flagged by the server have not been changed since "
                               "the rejection. Submit anyway?",
                               "", untouched),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    if (!environment.production || m_productionConfirmed)
        return true;
    m_productionConfirmed
        = Prompt::question(m_dialogParent, tr("Submit to production"),
                           tr("This sends the record to %1 and changes the real lead "
                              "opportunity at Dassault Systèmes. Continue?")
                               .arg(environment.displayName),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
    return m_productionConfirmed;
}

void SubmitController::onKeyRead(const QString &envId, const QString &key, bool ok)
{
    if (m_state != State::ReadingKey || envId != m_request.environment.id)
        return;
    if (!m_runningSession)
        return abandon(tr("Submission not sent: the document was closed."));
    send(net::keyToSend(m_request.environment, key, ok));
}

void SubmitController::cancel()
{
    if (m_builder) { // the body being built is dropped when it is ready
        m_builder->disconnect(this);
        connect(m_builder, &QThread::finished, m_builder, &QObject::deleteLater);
        m_builder = nullptr;
    }
    if (m_state == State::ReadingKey || (m_state == State::Sending && !m_job))
        return abandon(tr("Submission cancelled before anything was sent."));
    if (m_job)
        m_job->cancel();
}

void SubmitController::onJobFinished(const net::ApiResult &result)
{
    m_job = nullptr;
    if (m_runningSession)
        applyResult(result);
    // A rejection's own words count its field errors already.
    m_lastMessage = describeOutcome(result);
    if (m_runningSession)
        m_lastMessage += unsentEditsNote(m_runningSession->document()->record());
    m_status->showResult(m_lastMessage, result.isAccepted());
    if (m_runningSession)
        Q_EMIT outcome(m_runningSession, m_lastMessage, result.isAccepted());
    setState(State::Idle);
    Q_EMIT submitFinished(result);
}

void SubmitController::applyResult(const net::ApiResult &result)
{
    EditSession *session = m_runningSession;
    net::applyOutcome(*session,
                      net::submitOutcome(*session->document(), m_request, result,
                                         m_request.environment.displayName),
                      &m_sent);
    if (result.isAccepted() && m_request.operation == net::ApiRequest::Create
        && !result.dsLeadOpportunityId.isEmpty())
        session->recordServerValue(core::FieldPath::parse(u"dsLeadOpportunityId"),
                                   result.dsLeadOpportunityId);
}

void SubmitController::abandon(const QString &reason)
{
    endUnsent(reason, true);
}

void SubmitController::withdraw(const QString &reason)
{
    endUnsent(reason, false);
}

void SubmitController::endUnsent(const QString &reason, bool failed)
{
    m_lastMessage = reason;
    m_status->showResult(reason, !failed);
    if (failed && m_session)
        Q_EMIT outcome(m_session, reason, false);
    setState(State::Idle);
    Q_EMIT submitAbandoned(reason);
}

void SubmitController::setState(State state)
{
    const bool wasRunning = isRunning();
    m_state = state;
    updateActions();
    if (wasRunning != isRunning())
        Q_EMIT runningChanged(isRunning());
}

void SubmitController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void SubmitController::updateActions()
{
    m_submitAction->setEnabled(m_session && !m_readOnly && !isRunning());
    m_submitAction->setToolTip(
        m_readOnly ? tr("Read-only here: another editor window edits this draft. Save it "
                        "under a new name to submit it from this window.")
                   : tr("Send the record to the chosen environment"));
    m_reviewAction->setEnabled(m_session);
    m_cancelAction->setEnabled(isRunning());
    m_historyAction->setEnabled(m_session);
    m_rejectionAction->setEnabled(m_session && !m_session->document()->rejection().isNull());
}

HistoryDialog *SubmitController::showHistory()
{
    if (!m_session)
        return nullptr;
    QHash<QString, QString> names;
    for (const net::Environment &environment : m_environments->environments())
        names.insert(environment.id, environment.displayName);
    return openDialog(new HistoryDialog(m_session->document(), names, m_dialogParent));
}

RejectionDialog *SubmitController::showRejectionDetails()
{
    if (!m_session || m_session->document()->rejection().isNull())
        return nullptr;
    return openDialog(new RejectionDialog(m_session->document()->rejection(), m_dialogParent));
}

SettingsDialog *SubmitController::showSettings()
{
    return openDialog(new SettingsDialog(m_environments, m_credentials, m_dialogParent));
}

} // namespace leadopp::ui
