#pragma once

#include "sandbox/apireply.h"
#include "sandbox/leadstore.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QString>

namespace leadopp::sandbox {

enum class Operation { Update, Create, Get, Search };

/// One request as the API logic sees it, free of sockets.
struct ApiRequest {
    Operation operation = Operation::Get;
    QString id;        ///< the {id} of the URL (update, get)
    QByteArray apiKey; ///< X-API-Key; never logged, never echoed
    QByteArray body;
};

/// The four leads-opportunities operations over a LeadStore: gateway checks, validation
/// (406 dates first, then the field rules), store changes and the contract's envelopes.
class LeadsApi final
{
public:
    explicit LeadsApi(LeadStore &store) : m_store(store) { }

    void setErrorStyle(ErrorStyle style) { m_style = style; }
    ErrorStyle errorStyle() const { return m_style; }

    ApiReply handle(const ApiRequest &request);

private:
    ApiReply update(const QString &id, const QByteArray &body);
    ApiReply create(const QByteArray &body);
    ApiReply get(const QString &id) const;
    ApiReply search(const QByteArray &body) const;
    ApiReply notJson(const QString &detail, bool create = false) const;

    LeadStore &m_store;
    ErrorStyle m_style = ErrorStyle::PointerList;
};

} // namespace leadopp::sandbox
