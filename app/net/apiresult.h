#pragma once

#include "core/errors/fielderror.h"
#include "net/delivery.h"
#include "net/errorkind.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace leadopp::net {

/// What came back from one ApiJob (after any retries).
struct ApiResult {
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    ErrorKind kind = ErrorKind::NetworkError;
    QString message;                     ///< describe(kind, ...): one translated sentence, no key
    QString traceId;                     ///< info.traceId when the body had one
    QByteArray body;                     ///< raw response body of the last attempt
    QList<core::FieldError> fieldErrors; ///< core::mapErrors() on an error body
    QString dsLeadOpportunityId;         ///< from a 200 / 201 answer
    int attempts = 0;     ///< requests of the operation sent (0: refused before any traffic); the
                          ///< questions of a reconciliation are counted in `reconciliation`
    qint64 elapsedMs = 0; ///< from start to finished, retries and waits included
    QDateTime sentAt;     ///< UTC, when the first request was sent
    QUrl url;             ///< request URL
    QString detail;       ///< technical detail (Qt's error text), untranslated; no key
    /// Whether the last create or update reached the server; Unknown when it may have
    /// (then `unknownCause` says why and `reconciliation` what asking the server found).
    Delivery delivery = Delivery::NotSent;
    UnknownCause unknownCause = UnknownCause::None;
    Reconciliation reconciliation;
    bool deadlineExpired = false; ///< the overall deadline ended the last request

    bool isAccepted() const { return kind == ErrorKind::Accepted; }
};

} // namespace leadopp::net

Q_DECLARE_METATYPE(leadopp::net::ApiResult)
