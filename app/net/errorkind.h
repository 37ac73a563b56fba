#pragma once

#include "core/errors/fielderror.h"

#include <QList>
#include <QString>

namespace leadopp::net {

/// What became of one API call. Every kind has its own translated sentence (describe())
/// and a stable id (errorKindName()) for history and JSON output.
enum class ErrorKind {
    Accepted,        ///< 200 / 201
    Rejected,        ///< 400 or 422 naming at least one field
    RejectedNoField, ///< 400 or 422 naming no field (its messages are record-level)
    MissingKey,      ///< 401
    KeyNotAllowed,   ///< 403
    DateFormat,      ///< 406 ERR805
    RateLimited,     ///< 429
    UnknownId,       ///< 500 ERROR_048
    ServerError,     ///< any other 5xx (or unexpected status)
    Maintenance,     ///< 503
    ConnectionRefused,
    Timeout,
    TlsFailure,
    HostNotFound,
    NonJsonBody,     ///< a body that is not JSON where JSON was due
    BodyTooLarge,    ///< the answer exceeded the client's body cap
    InsecureKey,     ///< refused to send a key over plain HTTP to a non-loopback host
    NoKey,           ///< no key configured for the environment
    Cancelled,       ///< cancelled by the user
    NetworkError,    ///< any other transport failure
    RedirectRefused, ///< redirected to another host (key withheld) or too many redirects
    UnexpectedShape, ///< JSON, but not the answer the operation has (a search without its list)
};

/// Stable lower-case id ("accepted", "rejected", "missing-key", ...). Never translated.
QString errorKindName(ErrorKind kind);
/// Inverse of errorKindName(); `ok` false (and NetworkError) for an unknown id.
ErrorKind errorKindFromName(const QString &name, bool *ok = nullptr);

/// Facts a sentence may mention besides the kind itself.
struct DescribeContext {
    int httpStatus = 0;
    int fieldErrorCount = 0;    ///< Rejected: how many errors landed on a field
    bool create = false;        ///< the call was a create (POST): Timeout explains no re-post
    int retryAfterSeconds = -1; ///< RateLimited / Maintenance: server hint, -1 when none
};

/// The one translated sentence for a kind (context "ApiClient"). Never contains a key.
QString describe(ErrorKind kind, const DescribeContext &context = {});
/// Convenience overload: describe(kind, {httpStatus, fieldErrorCount}).
QString describe(ErrorKind kind, int httpStatus, int fieldErrorCount = 0);

/// True for the kinds a caller may retry later without changing the request.
bool isTransient(ErrorKind kind);

/// True for the answers that refuse the record itself (Rejected, RejectedNoField,
/// DateFormat): the rejection is attached to the draft and the CLI exits 1.
bool isRejection(ErrorKind kind);

/// How many of `errors` landed on a field, row or section (record-level ones do not count).
int fieldErrorCount(const QList<core::FieldError> &errors);

} // namespace leadopp::net
