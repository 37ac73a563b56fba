#include "net/reconciler.h"

#include "core/codec/documentreader.h"
#include "core/codec/recordnormaliser.h"
#include "net/searchcriteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadopp::net {

namespace {

const QString kPartnerId = QStringLiteral("partnerLeadOpportunityId");

QUrl searchUrl(const Environment &environment)
{
    ApiRequest search;
    search.operation = ApiRequest::Get;
    search.environment = environment;
    // The search sits beside the ids: /v0/leads-opportunities/search.
    search.dsLeadOpportunityId = QStringLiteral("search");
    return search.url();
}

// Every member the update sent equals the lead's (sections compared member by member).
bool holdsSentValues(const QJsonObject &sent, const QJsonObject &held)
{
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (it.key() == QLatin1String("dsLeadOpportunityId"))
            continue;
        if (it.value().isObject() && held.value(it.key()).isObject()) {
            if (!holdsSentValues(it.value().toObject(), held.value(it.key()).toObject()))
                return false;
        } else if (it.value() != held.value(it.key())) {
            return false;
        }
    }
    return true;
}

} // namespace

Reconciler::Reconciler(const ApiRequest &request, const ExchangeRequest &base, QObject *parent)
    : QObject(parent), m_request(request), m_base(base)
{ }

QString Reconciler::partnerIdOf(const ApiRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString sent
        = body.value(QLatin1String("leadOpportunity")).toObject().value(kPartnerId).toString();
    if (!sent.isEmpty())
        return sent;
    return request.record.value(QLatin1String("leadOpportunity"))
        .toObject()
        .value(kPartnerId)
        .toString();
}

void Reconciler::start()
{
    if (m_request.operation == ApiRequest::Update) {
        ApiRequest get = m_request;
        get.operation = ApiRequest::Get;
        return ask("GET", get.url(), {}, &Reconciler::onFetched);
    }
    const QString partnerId = partnerIdOf(m_request);
    if (partnerId.isEmpty())
        return finish(Reconciliation::Failed, QStringLiteral("no partner id to search by"));
    const QJsonObject criteria { { kPartnerId, QJsonArray { partnerId } } };
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("data"), QJsonArray { criteria } } })
              .toJson(QJsonDocument::Compact);
    ask("POST", searchUrl(m_request.environment), body, &Reconciler::onSearched);
}

void Reconciler::ask(const QByteArray &method, const QUrl &url, const QByteArray &body,
                     void (Reconciler::*onAnswer)(const ExchangeOutcome &))
{
    ExchangeRequest question = m_base;
    question.method = method;
    question.url = url;
    question.body = body;
    ++m_result.requests;
    m_exchange = new HttpExchange(question, this);
    connect(m_exchange, &HttpExchange::finished, this, [this, onAnswer] {
        const ExchangeOutcome outcome = m_exchange->outcome();
        m_exchange->deleteLater();
        (this->*onAnswer)(outcome);
    });
    m_exchange->start();
}

void Reconciler::onSearched(const ExchangeOutcome &outcome)
{
    if (outcome.stage != ExchangeStage::Answered || outcome.status != 200)
        return finish(
            Reconciliation::Failed,
            QStringLiteral("search: HTTP %1 %2").arg(outcome.status).arg(outcome.errorString));
    // Only a list that came back empty says the create did not land; an answer without one
    // says nothing, and taking it for "not landed" would invite a second create.
    if (!isSearchAnswer(outcome.body))
        return finish(Reconciliation::Failed, QStringLiteral("search: no list of leads"));
    const QStringList ids = idsFromSearchAnswer(outcome.body);
    m_searched = true;
    if (ids.isEmpty()) {
        m_result.via = QStringLiteral("search");
        return finish(Reconciliation::NotLanded);
    }
    m_result.dsLeadOpportunityId = ids.first();
    ApiRequest get = m_request;
    get.operation = ApiRequest::Get;
    get.dsLeadOpportunityId = ids.first();
    ask("GET", get.url(), {}, &Reconciler::onFetched);
}

void Reconciler::onFetched(const ExchangeOutcome &outcome)
{
    m_result.via = m_searched ? QStringLiteral("search+get") : QStringLiteral("get");
    const core::ReadResult read = core::readDocument(outcome.body);
    if (outcome.stage != ExchangeStage::Answered || outcome.status != 200 || !read.ok) {
        // The search alone already said that the create landed.
        if (m_searched)
            return finish(Reconciliation::Landed, QStringLiteral("GET failed after the search"));
        return finish(Reconciliation::Failed, QStringLiteral("get: HTTP %1").arg(outcome.status));
    }
    if (m_searched) {
        const bool same = read.draft.record.value(QLatin1String("leadOpportunity"))
                              .toObject()
                              .value(kPartnerId)
                              .toString()
            == partnerIdOf(m_request);
        return finish(same ? Reconciliation::Landed : Reconciliation::Failed);
    }
    const QJsonObject sent
        = core::normaliseRecord(QJsonDocument::fromJson(m_request.body).object());
    m_result.dsLeadOpportunityId = m_request.dsLeadOpportunityId;
    finish(holdsSentValues(sent, read.draft.record) ? Reconciliation::Landed
                                                    : Reconciliation::NotLanded);
}

void Reconciler::finish(Reconciliation::State state, const QString &detail)
{
    m_result.state = state;
    m_result.detail = detail;
    Q_EMIT done(m_result);
}

void Reconciler::abort()
{
    if (m_exchange)
        m_exchange->abort();
}

} // namespace leadopp::net
