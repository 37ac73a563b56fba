#include "sandbox/leadsapi.h"
#include "sandbox/leadkeys.h"

#include "core/codec/documentreader.h"
#include "core/codec/recordnormaliser.h"
#include "sandbox/envelopes.h"
#include "sandbox/leadsearch.h"
#include "sandbox/rejectionbody.h"
#include "sandbox/requestrules.h"
#include "sandbox/servershape.h"
#include "sandbox/storefailure.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <optional>

namespace leadopp::sandbox {

namespace {

// The body as a JSON object, or the parser's complaint.
std::optional<QJsonObject> parseBody(const QByteArray &body, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("The request body must be a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

QString partnerIdOf(const QJsonObject &record)
{
    return record.value(kLead).toObject().value(kPartnerId).toString();
}

} // namespace

ApiReply LeadsApi::handle(const ApiRequest &request)
{
    if (request.apiKey.trimmed().isEmpty())
        return envelopes::missingKey();
    if (request.apiKey == "forbidden")
        return envelopes::forbidden();
    switch (request.operation) {
    case Operation::Update:
        return update(request.id, request.body);
    case Operation::Create:
        return create(request.body);
    case Operation::Get:
        return get(request.id);
    case Operation::Search:
        return search(request.body);
    }
    return envelopes::notFound();
}

ApiReply LeadsApi::notJson(const QString &detail, bool create) const
{
    return rejectionReply(m_style, QJsonObject(), { { core::FieldPath(), detail } }, create);
}

ApiReply LeadsApi::update(const QString &id, const QByteArray &body)
{
    if (m_store.find(id).isEmpty())
        return envelopes::notInScope();
    QString error;
    const std::optional<QJsonObject> parsed = parseBody(body, &error);
    if (!parsed)
        return notJson(error);
    const QJsonObject record = core::normaliseRecord(*parsed);
    if (hasBadDate(record))
        return envelopes::badDateFormat();
    const QList<FieldProblem> problems = validateForServer(record, core::ExportMode::Update);
    if (!problems.isEmpty()) {
        QJsonObject echo = record;
        echo.insert(QStringLiteral("dsLeadOpportunityId"), id);
        return rejectionReply(m_style, echo, problems);
    }
    if (!m_store.merge(id, record))
        return storeFailureReply(m_store.lastWrite());
    return envelopes::updated(partnerIdOf(m_store.find(id)), id);
}

ApiReply LeadsApi::create(const QByteArray &body)
{
    QString error;
    const std::optional<QJsonObject> parsed = parseBody(body, &error);
    if (!parsed)
        return notJson(error, true);
    const QJsonObject record = core::normaliseRecord(*parsed);
    if (hasBadDate(record))
        return envelopes::badDateFormat();
    const QString partnerId = partnerIdOf(record);
    if (!partnerId.isEmpty() && !m_store.findByPartnerId(partnerId).isEmpty())
        return envelopes::duplicatePartnerId();
    const QList<FieldProblem> problems = validateForServer(record, core::ExportMode::Create);
    if (!problems.isEmpty())
        return rejectionReply(m_style, record, problems, true);
    const QString dsId = m_store.create(record);
    if (dsId.isEmpty())
        return storeFailureReply(m_store.lastWrite());
    return envelopes::created(partnerId, dsId);
}

ApiReply LeadsApi::get(const QString &id) const
{
    const QJsonObject record = m_store.find(id);
    if (record.isEmpty())
        return envelopes::notInScope();
    return envelopes::fetched(toGetShape(record));
}

ApiReply LeadsApi::search(const QByteArray &body) const
{
    QString error;
    const std::optional<QJsonObject> parsed = parseBody(body, &error);
    if (!parsed)
        return envelopes::invalidRequest(error, QStringLiteral("#"));
    return searchLeads(m_store.records(), *parsed);
}

} // namespace leadopp::sandbox
