#pragma once

#include "core/errors/fielderror.h"
#include "net/errorkind.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>

namespace leadopp::net {

/// What one finished QNetworkReply told us, reduced to plain values.
struct ReplyFacts {
    int status = 0; ///< 0 when no HTTP status line arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    bool tooLarge = false; ///< aborted by the body cap
    qint64 maxBodyBytes = 0;
    /// Response headers; a trace id in `X-Request-Id` / `X-Correlation-Id` is offered
    /// when the body names none.
    QList<QPair<QByteArray, QByteArray>> headers;
    /// A search: a success must carry its list of leads (`data` an array), or it tells
    /// nothing about which leads exist.
    bool listDue = false;
};

/// The kind and the facts read from the body.
struct Classification {
    ErrorKind kind = ErrorKind::NetworkError;
    QString traceId;
    QList<core::FieldError> fieldErrors;
    QString dsLeadOpportunityId;
};

/// The one place where HTTP statuses, transport errors and bodies become an ErrorKind.
/// Field errors of an error body are mapped onto `record` with core::mapErrors().
Classification classifyReply(const ReplyFacts &facts, const QJsonObject &record);

/// Transport error (no usable HTTP answer) to kind.
ErrorKind transportErrorKind(QNetworkReply::NetworkError error);

/// Retry-After as delta-seconds or HTTP-date, relative to `now`; -1 when absent or
/// unreadable, 0 for a date in the past.
int retryAfterSeconds(const QByteArray &header, const QDateTime &now);

/// The trace id a response's headers carry: `X-Request-Id`, `X-Correlation-Id`,
/// `Request-Id`, `X-Trace-Id` (names compared without regard to case). Empty when none.
QString traceIdFromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace leadopp::net
