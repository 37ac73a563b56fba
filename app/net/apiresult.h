#pragma once

#include "core/fielderror.h"
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
    int attempts = 0;                    ///< requests actually sent (0: refused before any traffic)
    qint64 elapsedMs = 0;                ///< from start to finished, retries and waits included
    QDateTime sentAt;                    ///< UTC, when the first request was sent
    QUrl url;                            ///< request URL
    QString detail; ///< technical detail (Qt's error text), untranslated; no key

    bool isAccepted() const { return kind == ErrorKind::Accepted; }
};

} // namespace leadopp::net

Q_DECLARE_METATYPE(leadopp::net::ApiResult)
