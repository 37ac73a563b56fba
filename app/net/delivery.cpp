#include "net/delivery.h"

#include <QCoreApplication>

namespace leadopp::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiClient", text);
}

QString causeSentence(UnknownCause cause, bool create)
{
    const QString what = create ? tr("The create") : tr("The update");
    switch (cause) {
    case UnknownCause::ClosedAfterSending:
        return tr("%1 was sent, but the server closed the connection without answering.").arg(what);
    case UnknownCause::ResetAfterStatus:
        return tr("%1 was sent and the server began to answer, but the connection broke "
                  "before the answer was complete.")
            .arg(what);
    case UnknownCause::TruncatedBody:
        return tr("%1 was sent and the server answered with success, but its answer was cut "
                  "off.")
            .arg(what);
    case UnknownCause::TimeoutAfterSending:
        return tr("%1 was sent, but no complete answer came in time.").arg(what);
    case UnknownCause::None:
        break;
    }
    return {};
}

QString reconciliationSentence(const Reconciliation &r, bool create, const QString &partnerId)
{
    switch (r.state) {
    case Reconciliation::Landed:
        return create ? tr("The server was asked: it has the lead (partner id %1, 3DS id %2), "
                           "so the create landed and was not sent again.")
                            .arg(partnerId, r.dsLeadOpportunityId)
                      : tr("The server was asked: the lead holds the sent values, so the "
                           "update landed and was not sent again.");
    case Reconciliation::NotLanded:
        return create ? tr("The server was asked: no lead has partner id %1, so the create did "
                           "not land. It was not sent again; submit once more to create it.")
                            .arg(partnerId)
                      : tr("The server was asked: the lead does not hold the sent values, so "
                           "the update did not land. It was not sent again; submit once more.");
    case Reconciliation::Failed:
        return tr("Asking the server whether it landed failed too. Nothing was sent again: "
                  "search for partner id %1 or fetch the lead before sending it once more.")
            .arg(partnerId.isEmpty() ? QStringLiteral("-") : partnerId);
    case Reconciliation::NotChecked:
        break;
    }
    return tr("Nothing was sent again: search for partner id %1 or fetch the lead before "
              "sending it once more.")
        .arg(partnerId.isEmpty() ? QStringLiteral("-") : partnerId);
}

} // namespace

UnknownCause unknownCause(const ExchangeOutcome &outcome)
{
    if (outcome.stage == ExchangeStage::Connecting || outcome.stage == ExchangeStage::Answered)
        return UnknownCause::None;
    if (outcome.tooLarge)
        return UnknownCause::None; // a complete status line said what happened
    const bool timedOut = outcome.error == QNetworkReply::OperationCanceledError
        || outcome.error == QNetworkReply::TimeoutError;
    if (timedOut)
        return UnknownCause::TimeoutAfterSending;
    if (outcome.stage != ExchangeStage::Answering)
        return UnknownCause::ClosedAfterSending;
    const bool success = outcome.status >= 200 && outcome.status < 300;
    return success && outcome.headersComplete ? UnknownCause::TruncatedBody
                                              : UnknownCause::ResetAfterStatus;
}

QString unknownCauseName(UnknownCause cause)
{
    switch (cause) {
    case UnknownCause::ClosedAfterSending:
        return QStringLiteral("closed-after-sending");
    case UnknownCause::ResetAfterStatus:
        return QStringLiteral("reset-after-status");
    case UnknownCause::TruncatedBody:
        return QStringLiteral("truncated-body");
    case UnknownCause::TimeoutAfterSending:
        return QStringLiteral("timeout-after-sending");
    case UnknownCause::None:
        break;
    }
    return {};
}

QString reconciliationName(Reconciliation::State state)
{
    switch (state) {
    case Reconciliation::Landed:
        return QStringLiteral("landed");
    case Reconciliation::NotLanded:
        return QStringLiteral("not-landed");
    case Reconciliation::Failed:
        return QStringLiteral("check-failed");
    case Reconciliation::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

QString describeDelivery(UnknownCause cause, const Reconciliation &reconciliation, bool create,
                         const QString &partnerId)
{
    if (cause == UnknownCause::None)
        return {};
    return causeSentence(cause, create) + u' '
        + reconciliationSentence(reconciliation, create, partnerId);
}

QString describeDeadline(int deadlineMs)
{
    return tr("The server kept the connection open without finishing its answer within the "
              "overall deadline of %1 s, so the request was ended.")
        .arg(deadlineMs / 1000.0, 0, 'g', 3);
}

} // namespace leadopp::net
