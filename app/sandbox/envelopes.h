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
/// 400 in the partner API's 3dx list shape, one error at a JSON pointer ("#/data").
ApiReply invalidRequest(const QString &detail, const QString &pointer);
ApiReply notFound(); ///< 404 for a path the contract does not know

ApiReply updated(const QString &partnerId, const QString &dsId); ///< 200 PATCH
ApiReply created(const QString &partnerId, const QString &dsId); ///< 201 POST
ApiReply fetched(const QJsonObject &leadOpportunity);            ///< 200 GET
ApiReply searched(const QStringList &dsIds);                     ///< 200 search

} // namespace leadopp::sandbox::envelopes
