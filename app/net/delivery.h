#pragma once

#include "net/httpexchange.h"

#include <QString>

namespace leadopp::net {

/// Whether a create or update reached the server.
enum class Delivery {
    NotSent,  ///< nothing left this computer (refused, no key, TLS failure, ...)
    Answered, ///< the server's complete answer says what happened
    Unknown,  ///< it may have arrived and been acted on: the answer is missing or cut
};

/// Why a delivery is unknown.
enum class UnknownCause {
    None,
    ClosedAfterSending,  ///< the connection ended after the request went out, before any answer
    ResetAfterStatus,    ///< the connection broke after the status line of a non-2xx answer
                         ///< or inside its headers
    TruncatedBody,       ///< a 2xx answer whose body was cut off
    TimeoutAfterSending, ///< inactivity or the overall deadline, after the request went out
};

/// The cause of an unknown outcome (None when the exchange was answered or never sent).
UnknownCause unknownCause(const ExchangeOutcome &outcome);
/// Stable id ("closed-after-sending", ...); empty for None.
QString unknownCauseName(UnknownCause cause);

/// What asking the server after an unknown outcome found.
struct Reconciliation {
    enum State {
        NotChecked, ///< the outcome was known, or asking was not enabled
        Landed,     ///< the server has the create (or already holds the update's values)
        NotLanded,  ///< it does not: sending once more creates or changes it once
        Failed,     ///< the question got no usable answer either
    };
    State state = NotChecked;
    QString dsLeadOpportunityId; ///< the lead found (Landed)
    QString via;                 ///< "search", "search+get" or "get"
    int requests = 0;            ///< search and GET requests made to find out
    QString detail;              ///< untranslated, no key
};

/// Stable id of a state ("landed", "not-landed", "check-failed", "not-checked").
QString reconciliationName(Reconciliation::State state);

/// One translated sentence for an unknown outcome and what reconciling found; empty for a
/// known outcome. `create` chooses the words for a create or an update.
QString describeDelivery(UnknownCause cause, const Reconciliation &reconciliation, bool create,
                         const QString &partnerId);
/// The sentence for an exchange ended by the overall deadline.
QString describeDeadline(int deadlineMs);

} // namespace leadopp::net
