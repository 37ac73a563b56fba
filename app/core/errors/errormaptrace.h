#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

namespace leadopp::core {

/// The id support asks for, under any of its common names: the partner API's
/// `info.traceId` first, then `traceId`, `requestId` / `request-id` / `request_id`,
/// `correlationId`, `debug_id` (PayPal), `transactionid` (SAP `innererror`) anywhere in
/// the body, in body order. Empty when the body names none.
QString findTraceId(const QJsonDocument &document);

} // namespace leadopp::core
