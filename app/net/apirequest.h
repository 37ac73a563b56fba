#pragma once

#include "net/environment.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace leadopp::net {

/// One call to the partner API, as a value.
struct ApiRequest {
    enum Operation {
        Update, ///< PATCH /sales/api4partners/v0/leads-opportunities/{id}
        Create, ///< POST  /sales/api4partners/v0|v1/leads-opportunities
        Get,    ///< GET   /sales/api4partners/v0/leads-opportunities/{id}
        Search, ///< POST  /sales/api4partners/v0/leads-opportunities/search
    };

    Operation operation = Update;
    Environment environment;
    QString dsLeadOpportunityId; ///< the {id} of Update and Get
    QByteArray body; ///< exactly what is sent (core::requestBody, search criteria); empty for Get
    QString apiKey;  ///< X-API-Key; never logged, recorded or echoed
    QJsonObject record; ///< the draft record, to map field errors onto
    /// What the server holds once it accepts this request, when that is not `record`: a
    /// partial update leaves whatever its body does not carry as the server copy had it.
    QJsonObject acceptedRecord;

    /// The full request URL (environment base URL + path; the id percent-encoded).
    QUrl url() const;
    /// "update", "create", "get" or "search" (stable, for history).
    QString operationName() const;
    /// "PATCH", "POST" or "GET".
    QByteArray method() const;
    /// The headers every attempt carries, in the order sent, with `keyValue` as X-API-Key:
    /// the key itself when sending, a placeholder where the request is shown to the rep.
    QList<QPair<QByteArray, QByteArray>> headers(const QByteArray &keyValue) const;
};

} // namespace leadopp::net
