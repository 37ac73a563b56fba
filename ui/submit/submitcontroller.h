#pragma once

#include "net/apirequest.h"
#include "net/apiresult.h"

#include "core/codec/patchbody.h"
#include "core/document/document.h"
#include "ui/session/editsession.h"

#include <QObject>
#include <QPointer>

class QAction;
class QThread;
class QWidget;

namespace leadopp::net {
class ApiClient;
class ApiJob;
class CredentialStore;
class EnvironmentStore;
} // namespace leadopp::net

namespace leadopp::ui {

class EnvironmentCombo;
class HistoryDialog;
class RejectionDialog;
class ReviewDialog;
class SettingsDialog;
class SubmitStatusWidget;

/// Submits the current document to the chosen environment without blocking the UI:
/// update when the record has a 3DS id (create when it has none or create mode is on),
/// asks before the first production submit of the session and before resubmitting with
/// server-flagged fields left untouched, records every attempt in the document, attaches
/// rejections, and after an accepted create records the new 3DS id outside the undo history (undo
/// never takes back what the server assigned). An update sends what changed against the
/// draft's base unless "Send the whole record" is checked; before a PATCH on a base older
/// than the settings allow it offers to refresh first, and when the settings ask for it the
/// request is shown for review (Send / Cancel) before it goes.
class SubmitController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitController)

public:
    SubmitController(EditSession *session, net::ApiClient *client,
                     net::EnvironmentStore *environments, net::CredentialStore *credentials,
                     QWidget *dialogParent, QObject *parent = nullptr);
    ~SubmitController() override;

    /// The document submissions apply to (the active one when there are several).
    void setSession(EditSession *session);
    EditSession *session() const { return m_session; }
    /// A draft shown read-only (another window edits its file) is not sent from here: two
    /// windows sending one draft would register the lead twice. Saved under a name of its
    /// own, it can be.
    void setReadOnly(bool readOnly);

    QAction *submitAction() const { return m_submitAction; }           ///< Ctrl+Return
    QAction *cancelAction() const { return m_cancelAction; }           ///< Esc, while running
    QAction *historyAction() const { return m_historyAction; }         ///< history dialog
    QAction *rejectionAction() const { return m_rejectionAction; }     ///< last rejection
    QAction *settingsAction() const { return m_settingsAction; }       ///< keys and timeout
    QAction *reviewAction() const { return m_reviewAction; }           ///< request and changes
    QAction *wholeRecordAction() const { return m_wholeRecordAction; } ///< checkable

    /// What an update sends: the changes against the base, or everything with "Send the
    /// whole record" checked.
    core::PatchScope patchScope() const;
    /// The request Submit would send now for the current draft to the chosen environment
    /// (without the key).
    net::ApiRequest pendingRequest() const;

    /// Progress and last result ("submitProgress"); the caller may reparent it (status bar).
    SubmitStatusWidget *statusWidget() const;
    /// A new environment chooser bound to the same store.
    EnvironmentCombo *createEnvironmentCombo(QWidget *parent) const;

    bool isRunning() const { return m_state != State::Idle; }
    /// The session whose submission is in flight (null when none).
    EditSession *runningSession() const { return isRunning() ? m_runningSession : nullptr; }
    /// The last result in plain words (empty before the first submission).
    QString lastMessage() const { return m_lastMessage; }

    /// Non-modal dialogs over the current document; each is deleted when closed.
    HistoryDialog *showHistory();
    RejectionDialog *showRejectionDetails();
    SettingsDialog *showSettings();
    /// The request and the changes of the current draft (Close only); null without one.
    ReviewDialog *showReview();

public Q_SLOTS:
    /// Starts a submission (no-op while one runs or when the user declines a question).
    void submit();
    /// Cancels the running submission; the attempt is recorded as cancelled.
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    /// A request finished (after it was recorded in the document).
    void submitFinished(const leadopp::net::ApiResult &result);
    /// The submission ended without a request (declined, no environment, cancelled early).
    void submitAbandoned(const QString &reason);
    /// The outcome of a submission of `session`'s draft in plain words, for that draft's
    /// own banner (another draft may be current by then).
    void outcome(leadopp::ui::EditSession *session, const QString &message, bool accepted);

private:
    enum class State { Idle, ReadingKey, Sending };

    void createActions();
    void createReviewActions();
    bool confirmSubmit(const net::Environment &environment);
    bool confirmFreshBase();
    void reviewThenSend();
    void startSending();
    void onKeyRead(const QString &envId, const QString &key, bool ok);
    void send(const QString &key);
    void startJob(net::ApiRequest request, const QString &key);
    void onJobFinished(const net::ApiResult &result);
    void applyResult(const net::ApiResult &result);
    QString unsentEditsNote(const QJsonObject &now) const;
    QString describeOutcome(const net::ApiResult &result) const;
    QString missingKeyText(const net::ApiResult &result) const;
    void abandon(const QString &reason);
    /// The rep chose not to send (a confirmation or the review cancelled): said in the
    /// status bar, without the tone of a failure, and the draft's banner keeps its outcome.
    void withdraw(const QString &reason);
    /// Nothing was sent: said, the controller idle again; a failure is also the draft's outcome.
    void endUnsent(const QString &reason, bool failed);
    void setState(State state);
    void updateActions();

    QPointer<EditSession> m_session;
    QPointer<EditSession> m_runningSession; ///< the session being submitted
    net::ApiClient *m_client;
    net::EnvironmentStore *m_environments;
    net::CredentialStore *m_credentials;
    QPointer<QWidget> m_dialogParent;
    QAction *m_submitAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_rejectionAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_wholeRecordAction = nullptr;
    QPointer<ReviewDialog> m_review; ///< the review step of a submission, while it is open
    QPointer<SubmitStatusWidget> m_status;
    QPointer<QThread> m_builder; ///< builds the request body off the event loop
    QPointer<net::ApiJob> m_job;
    net::ApiRequest m_request;       ///< the request in flight, its key already wiped
    core::Document::Snapshot m_sent; ///< the record and row identities of that request
    State m_state = State::Idle;
    bool m_productionConfirmed = false;
    bool m_readOnly = false;
    QString m_lastMessage;
};

} // namespace leadopp::ui
