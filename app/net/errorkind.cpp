#include "net/errorkind.h"

#include <QCoreApplication>
#include <algorithm>

namespace leadopp::net {

namespace {

struct KindName {
    ErrorKind kind;
    const char *name;
};

// The ids are stored in draft histories and printed by `leadopp submit --json`: never rename.
const KindName kKindNames[] = {
    { ErrorKind::Accepted, "accepted" },
    { ErrorKind::Rejected, "rejected" },
    { ErrorKind::RejectedNoField, "rejected-no-field" },
    { ErrorKind::MissingKey, "missing-key" },
    { ErrorKind::KeyNotAllowed, "key-not-allowed" },
    { ErrorKind::DateFormat, "date-format" },
    { ErrorKind::RateLimited, "rate-limited" },
    { ErrorKind::UnknownId, "unknown-id" },
    { ErrorKind::ServerError, "server-error" },
    { ErrorKind::Maintenance, "maintenance" },
    { ErrorKind::ConnectionRefused, "connection-refused" },
    { ErrorKind::Timeout, "timeout" },
    { ErrorKind::TlsFailure, "tls-failure" },
    { ErrorKind::HostNotFound, "host-not-found" },
    { ErrorKind::NonJsonBody, "non-json-body" },
    { ErrorKind::BodyTooLarge, "body-too-large" },
    { ErrorKind::InsecureKey, "insecure-key" },
    { ErrorKind::NoKey, "no-key" },
    { ErrorKind::Cancelled, "cancelled" },
    { ErrorKind::NetworkError, "network-error" },
    { ErrorKind::RedirectRefused, "redirect-refused" },
    { ErrorKind::UnexpectedShape, "unexpected-shape" },
};

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ApiClient", text, disambiguation, n);
}

QString retryHint(const DescribeContext &context)
{
    if (context.retryAfterSeconds < 0)
        return {};
    if (context.retryAfterSeconds == 1)
        return u' ' + tr("The server asked to wait 1 second.");
    return u' ' + tr("The server asked to wait %n seconds.", nullptr, context.retryAfterSeconds);
}

QString describeHttp(ErrorKind kind, const DescribeContext &context)
{
    switch (kind) {
    case ErrorKind::Accepted:
        return tr("The partner API accepted the lead opportunity.");
    case ErrorKind::RejectedNoField:
        return tr("The partner API rejected the lead opportunity (HTTP %1) without naming a "
                  "field; its own words are listed below.")
            .arg(context.httpStatus > 0 ? context.httpStatus : 400);
    case ErrorKind::Rejected:
        if (context.fieldErrorCount <= 0)
            return tr(
                "The partner API rejected the lead opportunity (HTTP 400) without naming a field.");
        if (context.fieldErrorCount == 1)
            return tr("The partner API rejected the lead opportunity: 1 field error to fix.");
        return tr("The partner API rejected the lead opportunity: %n field errors to fix.", nullptr,
                  context.fieldErrorCount);
    case ErrorKind::MissingKey:
        return tr(
            "The partner API did not receive an API key (HTTP 401). Enter the key for this "
            "environment in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.");
    case ErrorKind::KeyNotAllowed:
        return tr("The API key is not allowed for this partner or operation (HTTP 403). Check that "
                  "the key belongs to the partner legal entity of this lead opportunity.");
    case ErrorKind::DateFormat:
        return tr("The partner API refused a date (HTTP 406, ERR805): close date and next "
                  "milestone date must be ISO 8601 date-times in UTC, such as "
                  "2025-06-01T18:46:51.326Z.");
    default:
        return {};
    }
}

// The server could not take the request now (load, maintenance, its own failure).
QString describeServerTrouble(ErrorKind kind, const DescribeContext &context)
{
    switch (kind) {
    case ErrorKind::RateLimited:
        return tr("The partner API asks to slow down (HTTP 429, too many requests). Wait a "
                  "moment and try again.")
            + retryHint(context);
    case ErrorKind::UnknownId:
        return tr("The partner API does not know this 3DS id or it belongs to another partner "
                  "(HTTP 500, ERROR_048).");
    case ErrorKind::Maintenance:
        return tr("The partner API is under maintenance (HTTP 503). Try again later.")
            + retryHint(context);
    case ErrorKind::ServerError:
        return tr("The partner API failed with HTTP %1. Try again later; if it persists, give "
                  "3DS support the trace id.")
            .arg(context.httpStatus);
    default:
        return {};
    }
}

QString describeUnsent(ErrorKind kind, const DescribeContext &context);

// The connection failed or took too long.
QString describeTransport(ErrorKind kind, const DescribeContext &context)
{
    switch (kind) {
    case ErrorKind::ConnectionRefused:
        return tr("The server refused the connection. Check the environment's address and "
                  "that the server is running.");
    case ErrorKind::Timeout:
        if (context.create)
            return tr("The server did not answer in time. The create was not sent again: the "
                      "partner lead opportunity id prevents duplicates, so search for it or "
                      "fetch the lead before creating it once more.");
        return tr("The server did not answer in time. Check the connection and try again.");
    default:
        return describeUnsent(kind, context);
    }
}

// The request failed on the way, or was never sent.
QString describeUnsent(ErrorKind kind, const DescribeContext &context)
{
    switch (kind) {
    case ErrorKind::TlsFailure:
        return tr("The secure connection failed (TLS): the server's certificate or handshake "
                  "was not accepted. Nothing was sent.");
    case ErrorKind::HostNotFound:
        return tr("The server name could not be resolved (DNS). Check the environment's "
                  "address and the network connection.");
    case ErrorKind::NonJsonBody:
        return tr("The server answered with something that is not JSON (HTTP %1), probably a "
                  "proxy or gateway page.")
            .arg(context.httpStatus);
    case ErrorKind::UnexpectedShape:
        return tr("The server answered HTTP %1 without the list of leads a search answer "
                  "holds; nothing was read from it, so no lead counts as found or not found.")
            .arg(context.httpStatus);
    case ErrorKind::BodyTooLarge:
        return tr("The server's answer was larger than the client accepts and was cut off.");
    case ErrorKind::InsecureKey:
        return tr("The API key was not sent: plain HTTP is only allowed to this computer "
                  "(loopback). Use an https address.");
    case ErrorKind::NoKey:
        return tr("No API key is configured for this environment, so nothing was sent. Enter it "
                  "in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.");
    case ErrorKind::Cancelled:
        return tr("The submission was cancelled.");
    case ErrorKind::NetworkError:
        return tr("The network request failed. Check the connection and try again.");
    case ErrorKind::RedirectRefused:
        return tr("The server redirected the request to another host or too many times; the "
                  "redirect was not followed, so the API key did not leave for another host.");
    default:
        return {};
    }
}

} // namespace

QString errorKindName(ErrorKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("network-error");
}

ErrorKind errorKindFromName(const QString &name, bool *ok)
{
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.kind;
        }
    }
    if (ok)
        *ok = false;
    return ErrorKind::NetworkError;
}

QString describe(ErrorKind kind, const DescribeContext &context)
{
    for (const auto part : { describeHttp, describeServerTrouble, describeTransport }) {
        if (const QString text = part(kind, context); !text.isEmpty())
            return text;
    }
    return {};
}

QString describe(ErrorKind kind, int httpStatus, int fieldErrorCount)
{
    DescribeContext context;
    context.httpStatus = httpStatus;
    context.fieldErrorCount = fieldErrorCount;
    return describe(kind, context);
}

bool isTransient(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::RateLimited:
    case ErrorKind::Maintenance:
    case ErrorKind::ServerError:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Timeout:
    case ErrorKind::HostNotFound:
    case ErrorKind::NetworkError:
        return true;
    default:
        return false;
    }
}

bool isRejection(ErrorKind kind)
{
    return kind == ErrorKind::Rejected || kind == ErrorKind::RejectedNoField
        || kind == ErrorKind::DateFormat;
}

int fieldErrorCount(const QList<core::FieldError> &errors)
{
    return int(std::count_if(errors.cbegin(), errors.cend(), [](const core::FieldError &error) {
        return error.match != core::MatchKind::Record;
    }));
}

} // namespace leadopp::net
