#include "core/codec/readershapes.h"

#include "core/codec/codecdraftformat.h"
#include "core/codec/recordnormaliser.h"

#include <QCoreApplication>

namespace leadopp::core {

namespace {

ReadResult success(InputShape shape, const QJsonObject &record, bool namesNeedNoRenaming)
{
    ReadResult result;
    result.ok = true;
    result.shape = shape;
    result.draft.record = normaliseRecord(record, namesNeedNoRenaming);
    return result;
}

int statusOf(const QJsonObject &object)
{
    return object.value(QLatin1String("info"))
        .toObject()
        .value(QLatin1String("statusCode"))
        .toInt();
}

// Both spellings occur: 400 and 503 bodies say "timeStamp", 201 says "timestamp".
QDateTime timeOf(const QJsonObject &info)
{
    QString text = info.value(QLatin1String("timeStamp")).toString();
    if (text.isEmpty())
        text = info.value(QLatin1String("timestamp")).toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool isRejection(const QJsonObject &object)
{
    const int status = statusOf(object);
    return status == 400 || (status == 0 && object.contains(QLatin1String("errors")));
}

ReadResult readRejected(const QJsonObject &object, const QByteArray &raw, bool namesNeedNoRenaming)
{
    ReadResult result
        = success(InputShape::RejectedResponse, object.value(QLatin1String("data")).toObject(),
                  namesNeedNoRenaming);
    const QJsonObject info = object.value(QLatin1String("info")).toObject();
    result.draft.rejection.status = 400;
    result.draft.rejection.traceId = info.value(QLatin1String("traceId")).toString();
    result.draft.rejection.receivedAt = timeOf(info);
    result.draft.rejection.body = raw;
    return result;
}

ReadResult readDraft(const QJsonObject &object, bool namesNeedNoRenaming)
{
    ReadResult result;
    result.error = draftformat::fromJson(object, result.draft, namesNeedNoRenaming);
    result.ok = result.error.isEmpty();
    return result;
}

// Responses and gateway messages that carry no record: accepted updates and creations,
// errors such as 401, 406, 500 and 503.
bool isResponse(const QJsonObject &object)
{
    return object.contains(QLatin1String("info")) || object.contains(QLatin1String("error"))
        || (object.size() == 1 && object.value(QLatin1String("message")).isString());
}

QString withoutRecord(const QJsonObject &object)
{
    const int status = statusOf(object);
    if (status > 0)
        return QCoreApplication::translate(
                   "DocumentReader", "This is a response without a lead record (HTTP status %1).")
            .arg(status);
    return QCoreApplication::translate("DocumentReader",
                                       "This is a response without a lead record.");
}

// A GET answer is the server copy itself: the draft opened from it is based on it.
ReadResult readGetResponse(const QJsonObject &object, bool namesNeedNoRenaming)
{
    ReadResult result
        = success(InputShape::GetResponse, object.value(QLatin1String("data")).toObject(),
                  namesNeedNoRenaming);
    result.draft.base.record = result.draft.record;
    result.draft.base.fetchedAt = timeOf(object.value(QLatin1String("info")).toObject());
    return result;
}

} // namespace

ReadResult readShape(const QJsonObject &object, const QByteArray &raw, bool namesNeedNoRenaming)
{
    if (draftformat::isDraftEnvelope(object))
        return readDraft(object, namesNeedNoRenaming);
    if (object.contains(QLatin1String("leadOpportunity")))
        return success(InputShape::RequestBody, object, namesNeedNoRenaming);
    const QJsonValue data = object.value(QLatin1String("data"));
    if (data.toObject().contains(QLatin1String("leadOpportunity")))
        return isRejection(object) ? readRejected(object, raw, namesNeedNoRenaming)
                                   : readGetResponse(object, namesNeedNoRenaming);
    if (isResponse(object))
        return readFailure(withoutRecord(object));
    return readFailure(QCoreApplication::translate(
        "DocumentReader",
        "This file is not a lead opportunity: it is neither a draft, nor a request "
        "body with “leadOpportunity”, nor an API response."));
}

ReadResult readFailure(const QString &error)
{
    ReadResult result;
    result.error = error;
    return result;
}

} // namespace leadopp::core
