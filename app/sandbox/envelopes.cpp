#include "sandbox/envelopes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace leadopp::sandbox {

ApiReply ApiReply::json(int status, const QJsonObject &object)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

namespace envelopes {

namespace {

QJsonObject message(const QString &text)
{
    return { { QStringLiteral("message"), text } };
}

// The sales backend's error envelope: info + error {code, message} + data.
ApiReply codeError(int status, const QString &code, const QString &text, const QJsonValue &data,
                   const QString &timestampKey = QStringLiteral("timeStamp"))
{
    const QJsonObject error { { QStringLiteral("code"), code },
                              { QStringLiteral("message"), text } };
    return ApiReply::json(status,
                          { { QStringLiteral("info"), info(status, timestampKey) },
                            { QStringLiteral("error"), error },
                            { QStringLiteral("data"), data } });
}

QJsonObject ids(const QString &partnerId, const QString &dsId, const QString &action)
{
    return { { QStringLiteral("partnerLeadOpportunityId"), partnerId },
             { QStringLiteral("dsLeadOpportunityId"), dsId },
             { QStringLiteral("action"), action } };
}

} // namespace

QString newTraceId()
{
    QString id;
    id.reserve(32);
    for (int i = 0; i < 4; ++i)
        id += QStringLiteral("%1").arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16,
                                       QChar(u'0'));
    return id;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject info(int status, const QString &timestampKey)
{
    return { { QStringLiteral("success"), status >= 200 && status < 300 },
             { QStringLiteral("statusCode"), status },
             { timestampKey, nowIso() },
             { QStringLiteral("traceId"), newTraceId() } };
}

QJsonObject nullIds()
{
    return { { QStringLiteral("partnerLeadOpportunityId"), QJsonValue::Null },
             { QStringLiteral("dsLeadOpportunityId"), QJsonValue::Null },
             { QStringLiteral("action"), QJsonValue::Null } };
}

ApiReply missingKey()
{
    return ApiReply::json(401, message(QStringLiteral("Missing API key in request")));
}

ApiReply forbidden()
{
    return ApiReply::json(403, message(QStringLiteral("API Consumer Not allowed")));
}

ApiReply tooManyRequests()
{
    return ApiReply::json(429,
                          message(QStringLiteral("Too many requests, please try again later")));
}

ApiReply maintenance()
{
    return codeError(503, QStringLiteral("ERR899"),
                     QStringLiteral("Service currently unavailable, please try again later."),
                     nullIds(), QStringLiteral("timestamp"));
}

ApiReply badDateFormat()
{
    return codeError(406, QStringLiteral("ERR805"),
                     QStringLiteral("Incorrect Close Date/next milestone date Format. Provide "
                                    "date in ISO8601 format."),
                     nullIds());
}

ApiReply notInScope()
{
    return codeError(500, QStringLiteral("ERROR_048"),
                     QStringLiteral("Leverage Id not in scope of requestor"), QJsonValue::Null);
}

ApiReply duplicatePartnerId()
{
    return codeError(400, QStringLiteral("ERR801"),
                     QStringLiteral("Leverage with this Partner External ID DSLeadOpportunityID "
                                    "already exists."),
                     nullIds());
}

ApiReply missingSearchDates()
{
    return codeError(400, QStringLiteral("ERROR_043"),
                     QStringLiteral("Both startDateTime and endDateTime must be passed as "
                                    "parameters"),
                     QJsonValue::Null);
}

QJsonObject invalidRequestError(const QString &message, const QJsonArray &items)
{
    return { { QStringLiteral("code"), QStringLiteral("INVALID_REQUEST") },
             { QStringLiteral("message"), message },
             { QStringLiteral("type"), QStringLiteral("errors:3dx:invalidRequest") },
             { QStringLiteral("title"), QStringLiteral("Bad Request") },
             { QStringLiteral("errors"), items } };
}

// The spec's 400 for search and create: `error` an object {code, message}, `data` null;
// the pointer goes along in the error's extra `errors` member.
ApiReply invalidRequest(const QString &detail, const QString &pointer)
{
    const QJsonObject item { { QStringLiteral("detail"), detail },
                             { QStringLiteral("pointer"), pointer } };
    return ApiReply::json(400,
                          { { QStringLiteral("info"), info(400) },
                            { QStringLiteral("error"), invalidRequestError(detail, { item }) },
                            { QStringLiteral("data"), QJsonValue::Null } });
}

ApiReply methodNotAllowed(const QByteArray &allowed)
{
    ApiReply reply = ApiReply::json(405,
                                    message(QStringLiteral("Method not allowed; this path allows ")
                                            + QString::fromLatin1(allowed) + u'.'));
    reply.headers.append({ QByteArrayLiteral("Allow"), allowed });
    return reply;
}

QByteArray allowedMethods(const QString &path)
{
    const QString v0 = QStringLiteral("/sales/api4partners/v0/leads-opportunities");
    const QString v1 = QStringLiteral("/sales/api4partners/v1/leads-opportunities");
    if (path == v0 || path == v1 || path == v0 + QStringLiteral("/search"))
        return QByteArrayLiteral("POST");
    const QString item = path.startsWith(v0 + u'/') ? path.mid(v0.size() + 1) : QString();
    return !item.isEmpty() && !item.contains(u'/') ? QByteArrayLiteral("GET, PATCH") : QByteArray();
}

ApiReply notFound()
{
    return ApiReply::json(404, message(QStringLiteral("Resource not found")));
}

ApiReply updated(const QString &partnerId, const QString &dsId)
{
    return ApiReply::json(
        200,
        { { QStringLiteral("info"), info(200) },
          { QStringLiteral("error"), QJsonValue::Null },
          { QStringLiteral("data"), ids(partnerId, dsId, QStringLiteral("update")) } });
}

ApiReply created(const QString &partnerId, const QString &dsId)
{
    QJsonObject body = ids(partnerId, dsId, QStringLiteral("create"));
    body.insert(QStringLiteral("info"), info(201, QStringLiteral("timestamp")));
    body.insert(QStringLiteral("error"), QJsonValue::Null);
    return ApiReply::json(201, body);
}

ApiReply fetched(const QJsonObject &leadOpportunity)
{
    const QJsonObject data { { QStringLiteral("leadOpportunity"), leadOpportunity } };
    return ApiReply::json(200,
                          { { QStringLiteral("info"), info(200) },
                            { QStringLiteral("error"), QJsonValue::Null },
                            { QStringLiteral("data"), data } });
}

ApiReply searched(const QStringList &dsIds)
{
    const QJsonObject item { { QStringLiteral("dsLeadOpportunityId"),
                               QJsonArray::fromStringList(dsIds) } };
    return ApiReply::json(200,
                          { { QStringLiteral("info"), info(200) },
                            { QStringLiteral("error"), QJsonValue::Null },
                            { QStringLiteral("data"), QJsonArray { item } } });
}

} // namespace envelopes
} // namespace leadopp::sandbox
