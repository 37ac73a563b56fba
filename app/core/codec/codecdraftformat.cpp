#include "core/codec/codecdraftformat.h"

#include "core/codec/documentreader.h"
#include "core/codec/recordnormaliser.h"
#include "core/errors/previousanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace leadopp::core::draftformat {

namespace {

const QStringList &envelopeKeys()
{
    static const QStringList keys
        = { QStringLiteral("format"),    QStringLiteral("version"),     QStringLiteral("record"),
            QStringLiteral("rejection"), QStringLiteral("submissions"), QStringLiteral("base") };
    return keys;
}

// A raw body goes in as text when the text gives back the very same bytes (a BOM or
// invalid UTF-8 would not), otherwise as base64 under "<name>Base64".
void putBytes(QJsonObject &object, const QString &name, const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        object.insert(name, text);
    else
        object.insert(name + QStringLiteral("Base64"), QString::fromLatin1(bytes.toBase64()));
}

QByteArray takeBytes(const QJsonObject &object, const QString &name)
{
    const QJsonValue base64 = object.value(name + QStringLiteral("Base64"));
    if (base64.isString())
        return QByteArray::fromBase64(base64.toString().toLatin1());
    return object.value(name).toString().toUtf8();
}

void putTime(QJsonObject &object, const QString &name, const QDateTime &time)
{
    if (time.isValid())
        object.insert(name, time.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime takeTime(const QJsonObject &object, const QString &name)
{
    const QDateTime time = QDateTime::fromString(object.value(name).toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject rejectionToJson(const Rejection &rejection)
{
    QJsonObject object { { QStringLiteral("status"), rejection.status },
                         { QStringLiteral("traceId"), rejection.traceId },
                         { QStringLiteral("environment"), rejection.environment } };
    putTime(object, QStringLiteral("receivedAt"), rejection.receivedAt);
    putBytes(object, QStringLiteral("body"), rejection.body);
    if (!rejection.previousAnswerErrors.isEmpty())
        object.insert(QStringLiteral("previousAnswerErrors"),
                      previousAnswerErrorsToJson(rejection.previousAnswerErrors));
    return object;
}

Rejection rejectionFromJson(const QJsonObject &object)
{
    Rejection rejection;
    rejection.status = object.value(QLatin1String("status")).toInt();
    rejection.traceId = object.value(QLatin1String("traceId")).toString();
    rejection.receivedAt = takeTime(object, QStringLiteral("receivedAt"));
    rejection.environment = object.value(QLatin1String("environment")).toString();
    rejection.body = takeBytes(object, QStringLiteral("body"));
    rejection.previousAnswerErrors = previousAnswerErrorsFromJson(
        object.value(QLatin1String("previousAnswerErrors")).toArray());
    return rejection;
}

QJsonObject attemptToJson(const SubmissionAttempt &attempt)
{
    QJsonObject object { { QStringLiteral("environment"), attempt.environment },
                         { QStringLiteral("operation"), attempt.operation },
                         { QStringLiteral("url"), attempt.url },
                         { QStringLiteral("status"), attempt.status },
                         { QStringLiteral("outcome"), attempt.outcome },
                         { QStringLiteral("traceId"), attempt.traceId },
                         { QStringLiteral("elapsedMs"), attempt.elapsedMs } };
    putTime(object, QStringLiteral("time"), attempt.time);
    putBytes(object, QStringLiteral("requestBody"), attempt.requestBody);
    putBytes(object, QStringLiteral("responseBody"), attempt.responseBody);
    return object;
}

SubmissionAttempt attemptFromJson(const QJsonObject &object)
{
    SubmissionAttempt attempt;
    attempt.time = takeTime(object, QStringLiteral("time"));
    attempt.environment = object.value(QLatin1String("environment")).toString();
    attempt.operation = object.value(QLatin1String("operation")).toString();
    attempt.url = object.value(QLatin1String("url")).toString();
    attempt.requestBody = takeBytes(object, QStringLiteral("requestBody"));
    attempt.status = object.value(QLatin1String("status")).toInt();
    attempt.outcome = object.value(QLatin1String("outcome")).toString();
    attempt.traceId = object.value(QLatin1String("traceId")).toString();
    attempt.responseBody = takeBytes(object, QStringLiteral("responseBody"));
    attempt.elapsedMs = object.value(QLatin1String("elapsedMs")).toInteger();
    return attempt;
}

QJsonObject baseToJson(const ServerBase &base)
{
    QJsonObject object { { QStringLiteral("record"), base.record } };
    if (!base.environment.isEmpty())
        object.insert(QStringLiteral("environment"), base.environment);
    putTime(object, QStringLiteral("fetchedAt"), base.fetchedAt);
    return object;
}

ServerBase baseFromJson(const QJsonObject &object, bool namesNeedNoRenaming)
{
    ServerBase base;
    base.record
        = normaliseRecord(object.value(QLatin1String("record")).toObject(), namesNeedNoRenaming);
    base.fetchedAt = takeTime(object, QStringLiteral("fetchedAt"));
    base.environment = object.value(QLatin1String("environment")).toString();
    return base;
}

QString versionError(const QJsonValue &version)
{
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number != double(qint64(number)))
        return QCoreApplication::translate("DocumentReader",
                                           "The draft has no valid format version.");
    if (number > kDraftFormatVersion) {
        return QCoreApplication::translate(
                   "DocumentReader",
                   "This draft was saved in format version %1 by a newer release; this release "
                   "reads format version %2 at most, so please update the editor.")
            .arg(qint64(number))
            .arg(kDraftFormatVersion);
    }
    return QString();
}

} // namespace

bool isDraftEnvelope(const QJsonObject &object)
{
    return object.value(QLatin1String("format")).toString() == QLatin1String(kFormatName);
}

QJsonObject toJson(const Draft &draft)
{
    QJsonObject envelope = draft.unknownEnvelope;
    for (const QString &key : envelopeKeys())
        envelope.remove(key);
    envelope.insert(QStringLiteral("format"), QLatin1String(kFormatName));
    envelope.insert(QStringLiteral("version"), kDraftFormatVersion);
    envelope.insert(QStringLiteral("record"), draft.record);
    if (!(draft.rejection == Rejection()))
        envelope.insert(QStringLiteral("rejection"), rejectionToJson(draft.rejection));
    QJsonArray submissions;
    for (const SubmissionAttempt &attempt : draft.submissions)
        submissions.append(attemptToJson(attempt));
    if (!submissions.isEmpty())
        envelope.insert(QStringLiteral("submissions"), submissions);
    if (!draft.base.isNull())
        envelope.insert(QStringLiteral("base"), baseToJson(draft.base));
    return envelope;
}

QString fromJson(const QJsonObject &envelope, Draft &draft, bool namesNeedNoRenaming)
{
    const QString error = versionError(envelope.value(QLatin1String("version")));
    if (!error.isEmpty())
        return error;
    const QJsonValue record = envelope.value(QLatin1String("record"));
    if (!record.isObject() && !record.isUndefined())
        return QCoreApplication::translate("DocumentReader",
                                           "The record of this draft is not a JSON object.");
    // A hand-edited draft may use an alias; normalised, it shows in the form instead of
    // riding along unseen into the export. Records the editor wrote are unchanged.
    draft.record = normaliseRecord(record.toObject(), namesNeedNoRenaming);
    draft.rejection = rejectionFromJson(envelope.value(QLatin1String("rejection")).toObject());
    const QJsonArray submissions = envelope.value(QLatin1String("submissions")).toArray();
    for (const QJsonValue &attempt : submissions)
        draft.submissions.append(attemptFromJson(attempt.toObject()));
    draft.base
        = baseFromJson(envelope.value(QLatin1String("base")).toObject(), namesNeedNoRenaming);
    draft.unknownEnvelope = envelope;
    for (const QString &key : envelopeKeys())
        draft.unknownEnvelope.remove(key);
    return QString();
}

} // namespace leadopp::core::draftformat
