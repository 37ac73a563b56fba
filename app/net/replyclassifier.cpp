#include "net/replyclassifier.h"

#include "core/errors/errormapper.h"
#include "core/errors/errormaptrace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace leadopp::net {

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1..199 are socket, TLS and proxy failures; 200 and up are derived from the HTTP status.
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

ErrorKind statusKind(int status, const QByteArray &body)
{
    switch (status) {
    case 400:
    case 422: // Unprocessable Content: validation refused the record, as a 400 does
        return ErrorKind::Rejected;
    case 401:
        return ErrorKind::MissingKey;
    case 403:
        return ErrorKind::KeyNotAllowed;
    case 406:
        return ErrorKind::DateFormat;
    case 429:
        return ErrorKind::RateLimited;
    case 500:
        return body.contains("ERROR_048") ? ErrorKind::UnknownId : ErrorKind::ServerError;
    case 503:
        return ErrorKind::Maintenance;
    default:
        return ErrorKind::ServerError;
    }
}

// Gateways answer these with their own bodies (often not JSON); the status alone says it all.
bool statusSpeaksForItself(ErrorKind kind)
{
    return kind == ErrorKind::MissingKey || kind == ErrorKind::KeyNotAllowed
        || kind == ErrorKind::RateLimited || kind == ErrorKind::Maintenance;
}

bool parseJson(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    if (document.isObject())
        *object = document.object();
    return true;
}

QString stringMember(const QJsonObject &object, QLatin1String name)
{
    return object.value(name).toString();
}

Classification classifySuccess(const ReplyFacts &facts)
{
    Classification result;
    QJsonObject object;
    if (!facts.body.trimmed().isEmpty() && !parseJson(facts.body, &object)) {
        result.kind = ErrorKind::NonJsonBody;
        return result;
    }
    if (facts.listDue && !object.value(QLatin1String("data")).isArray()) {
        result.kind = ErrorKind::UnexpectedShape;
        return result;
    }
    result.kind = ErrorKind::Accepted;
    const QLatin1String idKey("dsLeadOpportunityId");
    const QJsonObject data = object.value(QLatin1String("data")).toObject();
    result.dsLeadOpportunityId
        = data.contains(idKey) ? stringMember(data, idKey) : stringMember(object, idKey);
    result.traceId
        = stringMember(object.value(QLatin1String("info")).toObject(), QLatin1String("traceId"));
    return result;
}

Classification classifyError(const ReplyFacts &facts, const QJsonObject &record)
{
    Classification result;
    result.kind = statusKind(facts.status, facts.body);
    QJsonObject object;
    const bool json = facts.body.trimmed().isEmpty() || parseJson(facts.body, &object);
    if (!json) {
        if (!statusSpeaksForItself(result.kind))
            result.kind = ErrorKind::NonJsonBody;
        return result;
    }
    const core::MappedErrors mapped = core::mapErrors(facts.body, facts.status, record);
    result.traceId = mapped.traceId;
    if (isRejection(result.kind))
        result.fieldErrors = mapped.errors;
    // A refusal whose messages all stay record-level named no field: say so, do not count
    // its words as "1 field error to fix".
    if (result.kind == ErrorKind::Rejected && fieldErrorCount(result.fieldErrors) == 0)
        result.kind = ErrorKind::RejectedNoField;
    return result;
}

Classification classifyFacts(const ReplyFacts &facts, const QJsonObject &record)
{
    Classification result;
    if (facts.tooLarge || (facts.maxBodyBytes > 0 && facts.body.size() > facts.maxBodyBytes)) {
        result.kind = ErrorKind::BodyTooLarge;
        return result;
    }
    // A redirect status that ends the exchange is one we did not follow.
    if (facts.status >= 300 && facts.status < 400) {
        result.kind = ErrorKind::RedirectRefused;
        return result;
    }
    if (facts.status == 0 || isTransportError(facts.error)) {
        result.kind = transportErrorKind(facts.error);
        return result;
    }
    if (facts.status >= 200 && facts.status < 300)
        return classifySuccess(facts);
    return classifyError(facts, record);
}

} // namespace

ErrorKind transportErrorKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ErrorKind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ErrorKind::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout; a user cancel never gets
                                                // here
        return ErrorKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorKind::TlsFailure;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return ErrorKind::RedirectRefused;
    default:
        return ErrorKind::NetworkError;
    }
}

Classification classifyReply(const ReplyFacts &facts, const QJsonObject &record)
{
    Classification result = classifyFacts(facts, record);
    if (result.traceId.isEmpty())
        result.traceId = traceIdFromHeaders(facts.headers);
    return result;
}

QString traceIdFromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const char *name : { "x-request-id", "x-correlation-id", "request-id", "x-trace-id" }) {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0
                && !header.second.trimmed().isEmpty())
                return QString::fromLatin1(header.second.trimmed());
        }
    }
    return QString();
}

int retryAfterSeconds(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP-date (RFC 9110 IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid())
        date.setTimeSpec(Qt::UTC);
    else
        date = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!date.isValid())
        return -1;
    return int(qMax<qint64>(0, now.secsTo(date)));
}

} // namespace leadopp::net
