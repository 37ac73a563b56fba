#include "net/apirequest.h"

namespace leadopp::net {

QUrl ApiRequest::url() const
{
    QUrl url = environment.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const bool v1 = operation == Create && environment.createV1;
    QString path = base
        + (v1 ? QLatin1String("/sales/api4partners/v1/leads-opportunities")
              : QLatin1String("/sales/api4partners/v0/leads-opportunities"));
    if (operation == Search)
        path += QLatin1String("/search");
    else if (operation != Create)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(dsLeadOpportunityId));
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString ApiRequest::operationName() const
{
    switch (operation) {
    case Update:
        return QStringLiteral("update");
    case Create:
        return QStringLiteral("create");
    case Get:
        return QStringLiteral("get");
    case Search:
        return QStringLiteral("search");
    }
    return QStringLiteral("update");
}

QByteArray ApiRequest::method() const
{
    switch (operation) {
    case Update:
        return QByteArrayLiteral("PATCH");
    case Create:
    case Search:
        return QByteArrayLiteral("POST");
    case Get:
        break;
    }
    return QByteArrayLiteral("GET");
}

QList<QPair<QByteArray, QByteArray>> ApiRequest::headers(const QByteArray &keyValue) const
{
    return { { "X-API-Key", keyValue },
             { "Accept", "application/json" },
             { "Content-Type", "application/json" },
             { "User-Agent", "leadopp/" LEADOPP_VERSION } };
}

} // namespace leadopp::net
