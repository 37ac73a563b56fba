#include "net/searchcriteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace leadopp::net {

namespace {

QString isoSeconds(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray criteriaBody(const QJsonObject &criterion)
{
    const QJsonObject body { { QStringLiteral("data"), QJsonArray { criterion } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

QList<SearchWindow> splitSearchWindow(const QDateTime &from, const QDateTime &to)
{
    QList<SearchWindow> windows;
    if (!from.isValid() || !to.isValid() || to < from)
        return windows;
    QDateTime start = from.toUTC();
    const QDateTime end = to.toUTC();
    do {
        const QDateTime stop = std::min(start.addSecs(kMaxSearchWindowSecs), end);
        windows.append({ start, stop });
        start = stop;
    } while (start < end);
    return windows;
}

QByteArray searchBodyForWindow(const SearchWindow &window)
{
    const QJsonObject dates { { QStringLiteral("fromDate"), isoSeconds(window.from) },
                              { QStringLiteral("toDate"), isoSeconds(window.to) } };
    return criteriaBody({ { QStringLiteral("modifiedDate"), dates } });
}

QByteArray searchBodyForPartnerIds(const QStringList &partnerIds)
{
    return criteriaBody(
        { { QStringLiteral("partnerLeadOpportunityId"), QJsonArray::fromStringList(partnerIds) } });
}

bool isSearchAnswer(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("data")).isArray();
}

QStringList idsFromSearchAnswer(const QByteArray &body)
{
    QStringList ids;
    const QJsonArray data
        = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &entry : data) {
        const QJsonValue found = entry.toObject().value(QLatin1String("dsLeadOpportunityId"));
        const QJsonArray list = found.isArray() ? found.toArray() : QJsonArray { found };
        for (const QJsonValue &id : list) {
            if (id.isString() && !id.toString().isEmpty() && !ids.contains(id.toString()))
                ids.append(id.toString());
        }
    }
    return ids;
}

} // namespace leadopp::net
