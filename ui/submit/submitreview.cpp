// The review half of SubmitController: what a submission would send, shown before it goes,
// the whole-record option and the question about an old base.
#include "core/document/document.h"
#include "net/environmentstore.h"
#include "net/submissionworkflow.h"
#include "ui/common/finishediting.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/submit/reviewdialog.h"
#include "ui/submit/submitcontroller.h"

#include <QAction>
#include <QDateTime>
#include <QWidget>

namespace leadopp::ui {

void SubmitController::createReviewActions()
{
    m_reviewAction = new QAction(tr("Re&view Changes…"), this);
    m_reviewAction->setObjectName(QStringLiteral("reviewChangesAction"));
    m_reviewAction->setToolTip(tr("Show the exact request and what it changes on the server"));
    connect(m_reviewAction, &QAction::triggered, this, &SubmitController::showReview);

    // Off by default: an update sends only what changed, as the partner API recommends.
    m_wholeRecordAction = new QAction(tr("Send the &Whole Record"), this);
    m_wholeRecordAction->setObjectName(QStringLiteral("sendWholeRecordAction"));
    m_wholeRecordAction->setCheckable(true);
    m_wholeRecordAction->setToolTip(
        tr("Send every field the draft holds instead of what changed against the server copy"));
}

core::PatchScope SubmitController::patchScope() const
{
    return m_wholeRecordAction->isChecked() ? core::PatchScope::Whole : core::PatchScope::Changes;
}

net::ApiRequest SubmitController::pendingRequest() const
{
    if (!m_session)
        return {};
    net::ApiRequest request = net::buildSubmitRequest(m_session->document()->draft(),
                                                      m_session->exportMode(), patchScope());
    request.environment = m_environments->current();
    return request;
}

ReviewDialog *SubmitController::showReview()
{
    if (!m_session)
        return nullptr;
    finishEditing(); // what is being typed is part of what would be sent
    auto *dialog = new ReviewDialog(pendingRequest(), m_session->document()->draft(),
                                    ReviewDialog::Purpose::Review, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// The submit flow's step: the same dialog with Send and Cancel; nothing is read or sent
// until the rep chooses Send.
void SubmitController::reviewThenSend()
{
    m_review = new ReviewDialog(pendingRequest(), m_session->document()->draft(),
                                ReviewDialog::Purpose::Send, m_dialogParent);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_review, &QDialog::finished, this, [this](int result) {
        m_review.clear(); // deleted later; the next Submit may start at once
        if (result != QDialog::Accepted)
            return withdraw(tr("Submission not sent."));
        if (m_session)
            startSending();
    });
    m_review->open();
}

// An update merges into the server copy as it is now; a base older than the setting may
// hide changes made since by someone else, so the rep may refresh first. Refresh is offered
// only where the window has it.
bool SubmitController::confirmFreshBase()
{
    const core::Draft &draft = m_session->document()->draft();
    if (draft.base.isNull() || !draft.base.fetchedAt.isValid()
        || pendingRequest().operation != net::ApiRequest::Update)
        return true;
    const qint64 ageSeconds = draft.base.fetchedAt.secsTo(QDateTime::currentDateTimeUtc());
    if (ageSeconds < qint64(m_environments->baseMaxAgeMinutes()) * 60)
        return true;
    QAction *refresh = m_dialogParent
        ? m_dialogParent->findChild<QAction *>(QStringLiteral("refreshFromServerAction"))
        : nullptr;
    QList<std::pair<QMessageBox::StandardButton, QString>> buttons;
    if (refresh && refresh->isEnabled())
        buttons.append({ QMessageBox::Retry, tr("&Refresh First") });
    buttons.append({ QMessageBox::Yes, tr("Send &Anyway") });
    buttons.append({ QMessageBox::Cancel, tr("Cancel") });
    const auto answer = Prompt::choose(
        m_dialogParent, tr("Submit"),
        tr("The server copy this draft is based on is %n minute(s) old; the lead may have "
           "changed on the server since. Refresh the draft from the server first?",
           "", int(ageSeconds / 60)),
        buttons, buttons.size() > 2 ? QMessageBox::Retry : QMessageBox::Cancel);
    if (answer == QMessageBox::Retry)
        refresh->trigger();
    return answer == QMessageBox::Yes;
}

} // namespace leadopp::ui
