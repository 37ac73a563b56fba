#include "sandbox/leadsearch.h"

#include "sandbox/envelopes.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <optional>

namespace leadopp::sandbox {

namespace {

constexpr qint64 kMaxWindowSeconds = 7 * 24 * 3600;

struct Criteria {
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    std::optional<QStringList> partnerIds;
};

QString pointer(int item, const QString &rest)
{
    return QStringLiteral("#/data/%1/").arg(item) + rest;
}

// Reads the window of one item; returns an error reply when it is unusable.
std::optional<ApiReply> readWindow(const QJsonObject &window, int item, Criteria &criteria)
{
    if (!window.contains(QStringLiteral("fromDate")) || !window.contains(QStringLiteral("toDate")))
        return envelopes::missingSearchDates();
    const QDateTime from = QDateTime::fromString(
        window.value(QStringLiteral("fromDate")).toString(), Qt::ISODateWithMs);
    const QDateTime to = QDateTime::fromString(window.value(QStringLiteral("toDate")).toString(),
                                               Qt::ISODateWithMs);
    if (!from.isValid() || !to.isValid()) {
        return envelopes::invalidRequest(
            QStringLiteral("fromDate and toDate must be ISO 8601 date-times in UTC."),
            pointer(item, QStringLiteral("modifiedDate")));
    }
    if (from > to) {
        return envelopes::invalidRequest(QStringLiteral("fromDate has to be anterior to toDate."),
                                         pointer(item, QStringLiteral("modifiedDate/fromDate")));
    }
    if (from.secsTo(to) > kMaxWindowSeconds) {
        return envelopes::invalidRequest(
            QStringLiteral("The maximum time window allowed for the search is 7 days."),
            pointer(item, QStringLiteral("modifiedDate/toDate")));
    }
    criteria.from = from;
    criteria.to = to;
    return std::nullopt;
}

QStringList readPartnerIds(const QJsonValue &value)
{
    if (!value.isArray())
        return { value.toString() };
    QStringList ids;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &id : list)
        ids.append(id.toString());
    return ids;
}

// The spec types the criterion as a string or an array (of ids): a number, an object or
// a list holding anything but strings is refused, never read as "".
bool isIdCriterion(const QJsonValue &value)
{
    if (value.isString())
        return true;
    const QJsonArray list = value.toArray();
    return value.isArray() && std::all_of(list.begin(), list.end(), [](const QJsonValue &id) {
               return id.isString();
           });
}

std::optional<ApiReply> readCriteria(const QJsonObject &body, Criteria &criteria)
{
    const QJsonArray items = body.value(QStringLiteral("data")).toArray();
    if (items.isEmpty()) {
        return envelopes::invalidRequest(
            QStringLiteral("The request must include modifiedDate or partnerLeadOpportunityId."),
            QStringLiteral("#/data"));
    }
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue partnerIds = item.value(QStringLiteral("partnerLeadOpportunityId"));
        if (!item.contains(QStringLiteral("modifiedDate")) && partnerIds.isUndefined()) {
            return envelopes::invalidRequest(QStringLiteral("Unknown search criterion."),
                                             QStringLiteral("#/data/%1").arg(i));
        }
        if (!partnerIds.isUndefined() && !isIdCriterion(partnerIds)) {
            return envelopes::invalidRequest(
                QStringLiteral("partnerLeadOpportunityId must be a string or a list of strings."),
                pointer(i, QStringLiteral("partnerLeadOpportunityId")));
        }
        if (!partnerIds.isUndefined())
            criteria.partnerIds = readPartnerIds(partnerIds);
        if (item.contains(QStringLiteral("modifiedDate"))) {
            if (auto error
                = readWindow(item.value(QStringLiteral("modifiedDate")).toObject(), i, criteria))
                return error;
        }
    }
    return std::nullopt;
}

bool matches(const QJsonObject &record, const Criteria &criteria)
{
    const QJsonObject lead = record.value(QStringLiteral("leadOpportunity")).toObject();
    if (criteria.partnerIds
        && !criteria.partnerIds->contains(
            lead.value(QStringLiteral("partnerLeadOpportunityId")).toString()))
        return false;
    if (criteria.from) {
        const QDateTime modified = QDateTime::fromString(
            lead.value(QStringLiteral("modifiedDate")).toString(), Qt::ISODateWithMs);
        if (!modified.isValid() || modified < *criteria.from || modified > *criteria.to)
            return false;
    }
    return true;
}

} // namespace

ApiReply searchLeads(const QList<QJsonObject> &records, const QJsonObject &body)
{
    Criteria criteria;
    if (auto error = readCriteria(body, criteria))
        return *error;
    QStringList ids;
    for (const QJsonObject &record : records) {
        if (matches(record, criteria))
            ids.append(record.value(QStringLiteral("dsLeadOpportunityId")).toString());
    }
    return envelopes::searched(ids);
}

} // namespace leadopp::sandbox
