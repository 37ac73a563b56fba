#pragma once

#include "net/apirequest.h"
#include "net/delivery.h"
#include "net/httpexchange.h"

#include <QObject>
#include <QPointer>

namespace leadopp::net {

/// Finds out whether a create or update whose answer went missing reached the server,
/// without sending it again: a create is searched by its partnerLeadOpportunityId and the
/// lead found is fetched (GET); an update's lead is fetched and compared with what was sent.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    /// `base` carries the headers (key included) and limits every question is sent with.
    Reconciler(const ApiRequest &request, const ExchangeRequest &base, QObject *parent = nullptr);

    void start();
    void abort();

    static QString partnerIdOf(const ApiRequest &request);

Q_SIGNALS:
    void done(const leadopp::net::Reconciliation &reconciliation);

private:
    void ask(const QByteArray &method, const QUrl &url, const QByteArray &body,
             void (Reconciler::*onAnswer)(const ExchangeOutcome &));
    void onSearched(const ExchangeOutcome &outcome);
    void onFetched(const ExchangeOutcome &outcome);
    void finish(Reconciliation::State state, const QString &detail = {});

    ApiRequest m_request;
    ExchangeRequest m_base;
    Reconciliation m_result;
    QPointer<HttpExchange> m_exchange;
    bool m_searched = false;
};

} // namespace leadopp::net
