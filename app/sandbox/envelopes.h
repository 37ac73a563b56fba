#pragma once

#include "sandbox/apireply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace leadopp::sandbox::envelopes {

/// A fresh trace id: 32 lower-case hex characters, random per request.
QString newTraceId();
/// Now as ISO 8601 UTC with milliseconds ("2025-08-07T07:22:41.357Z").
QString nowIso();

/// `info` of the sales backend. `timestampKey` is "timeStamp", or "timestamp" where the
/// contract's 201 and 503 examples spell it so.
QJsonObject info(int status, const QString &timestampKey = QStringLiteral("timeStamp"));
/// `data` with the three ids set to null, as every error example of the contract has it.
QJsonObject nullIds();

/// Gateway answers: a bare {"message": ...}.
ApiReply missingKey();         ///< 401
ApiReply forbidden();          ///< 403
ApiReply tooManyRequests();    ///< 429, no Retry-After
ApiReply maintenance();        ///< 503 ERR899
ApiReply badDateFormat();      ///< 406 ERR805
ApiReply notInScope();         ///< 500 ERROR_048
ApiReply duplicatePartnerId(); ///< 400 ERR801
ApiReply missingSearchDates(); ///< 400 ERROR_043
/// `error` of a 400 the spec types as {code, message}, carrying the partner API's 3dx
/// problem members (`type`, `title`, `errors: [{detail, pointer}]`) as extra members.
QJsonObject invalidRequestError(const QString &message, const QJsonArray &items);
/// 400 of search: that `error` with one item at a JSON pointer ("#/data"), `data` null.
ApiReply invalidRequest(const QString &detail, const QString &pointer);
ApiReply notFound(); ///< 404 for a path the contract does not know
/// 405 with `Allow` for a method the API does not have on a path it knows.
ApiReply methodNotAllowed(const QByteArray &allowed);
/// "POST" or "GET, PATCH" for the paths of the contract; empty for any other path.
QByteArray allowedMethods(const QString &path);

ApiReply updated(const QString &partnerId, const QString &dsId); ///< 200 PATCH
ApiReply created(const QString &partnerId, const QString &dsId); ///< 201 POST
ApiReply fetched(const QJsonObject &leadOpportunity);            ///< 200 GET
ApiReply searched(const QStringList &dsIds);                     ///< 200 search

} // namespace leadopp::sandbox::envelopes
