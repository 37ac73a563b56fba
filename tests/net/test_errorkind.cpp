// Error kinds, their sentences and ids; URL safety rules; Retry-After parsing.
#include "testsupport.h"

#include "net/apirequest.h"
#include "net/errorkind.h"
#include "net/replyclassifier.h"
#include "net/urlsafety.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace leadopp::net;

namespace {

QList<ErrorKind> allKinds()
{
    QList<ErrorKind> kinds;
    for (int i = int(ErrorKind::Accepted); i <= int(ErrorKind::RedirectRefused); ++i)
        kinds.append(ErrorKind(i));
    return kinds;
}

TEST(ErrorKind, everyKind_hasOwnSentenceAndStableId)
{
    QSet<QString> sentences;
    QSet<QString> names;
    for (ErrorKind kind : allKinds()) {
        const QString sentence = describe(kind, 500, 1);
        EXPECT_FALSE(sentence.isEmpty()) << errorKindName(kind).toStdString();
        sentences.insert(sentence);
        names.insert(errorKindName(kind));
        bool ok = false;
        EXPECT_EQ(errorKindFromName(errorKindName(kind), &ok), kind);
        EXPECT_TRUE(ok);
    }
    EXPECT_EQ(sentences.size(), allKinds().size());
    EXPECT_EQ(names.size(), allKinds().size());
}

TEST(ErrorKind, storedIds_neverChange)
{
    EXPECT_EQ(errorKindName(ErrorKind::Accepted), QStringLiteral("accepted"));
    EXPECT_EQ(errorKindName(ErrorKind::Rejected), QStringLiteral("rejected"));
    EXPECT_EQ(errorKindName(ErrorKind::Timeout), QStringLiteral("timeout"));
    EXPECT_EQ(errorKindName(ErrorKind::InsecureKey), QStringLiteral("insecure-key"));
    bool ok = true;
    errorKindFromName(QStringLiteral("no-such-kind"), &ok);
    EXPECT_FALSE(ok);
}

TEST(ErrorKind, sentences_sayWhatToDo)
{
    EXPECT_TRUE(describe(ErrorKind::Rejected, 400, 3).contains(QLatin1String("3 field errors")));
    EXPECT_TRUE(describe(ErrorKind::MissingKey, 401).contains(QLatin1String("Settings")));
    EXPECT_TRUE(describe(ErrorKind::KeyNotAllowed, 403).contains(QLatin1String("partner")));
    EXPECT_TRUE(describe(ErrorKind::DateFormat, 406).contains(QLatin1String("ISO 8601")));
    EXPECT_TRUE(describe(ErrorKind::RateLimited, 429).contains(QLatin1String("slow down")));
    EXPECT_TRUE(describe(ErrorKind::UnknownId, 500).contains(QLatin1String("ERROR_048")));
    EXPECT_TRUE(describe(ErrorKind::Maintenance, 503).contains(QLatin1String("maintenance")));
    EXPECT_TRUE(describe(ErrorKind::ServerError, 502).contains(QLatin1String("502")));
    DescribeContext create;
    create.create = true;
    EXPECT_NE(describe(ErrorKind::Timeout, create), describe(ErrorKind::Timeout));
    EXPECT_TRUE(describe(ErrorKind::Timeout, create).contains(QLatin1String("search")));
}

TEST(UrlSafety, plainHttp_onlyToLoopback)
{
    EXPECT_TRUE(mayCarryKey(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
    EXPECT_TRUE(mayCarryKey(QUrl(QStringLiteral("http://127.3.4.5"))));
    EXPECT_TRUE(mayCarryKey(QUrl(QStringLiteral("http://[::1]:9000"))));
    EXPECT_TRUE(mayCarryKey(QUrl(QStringLiteral("http://LOCALHOST"))));
    EXPECT_TRUE(mayCarryKey(QUrl(QStringLiteral("https://apigw-prd.3ds.com"))));
    EXPECT_FALSE(mayCarryKey(QUrl(QStringLiteral("http://192.0.2.1"))));
    EXPECT_FALSE(mayCarryKey(QUrl(QStringLiteral("http://apigw-prd.3ds.com"))));
    EXPECT_FALSE(mayCarryKey(QUrl(QStringLiteral("http://localhost.example.com"))));
    EXPECT_FALSE(mayCarryKey(QUrl(QStringLiteral("http://128.0.0.1"))));
    EXPECT_FALSE(mayCarryKey(QUrl(QStringLiteral("ftp://127.0.0.1"))));
}

TEST(UrlSafety, sameOrigin_comparesSchemeHostAndPort)
{
    const QUrl base(QStringLiteral("https://apigw-ppt.3ds.com/sales"));
    EXPECT_TRUE(isSameOrigin(base, QUrl(QStringLiteral("https://APIGW-ppt.3ds.com:443/other"))));
    EXPECT_FALSE(isSameOrigin(base, QUrl(QStringLiteral("http://apigw-ppt.3ds.com/sales"))));
    EXPECT_FALSE(isSameOrigin(base, QUrl(QStringLiteral("https://apigw-ppt.3ds.com:8443/sales"))));
    EXPECT_FALSE(isSameOrigin(base, QUrl(QStringLiteral("https://evil.example/sales"))));
    EXPECT_FALSE(isUsableApiUrl(QUrl(QStringLiteral("https://user:pw@apigw-ppt.3ds.com"))));
}

TEST(RetryAfter, secondsAndHttpDate)
{
    const QDateTime now(QDate(2025, 6, 30), QTime(12, 0, 0), Qt::UTC);
    EXPECT_EQ(retryAfterSeconds("7", now), 7);
    EXPECT_EQ(retryAfterSeconds(" 0 ", now), 0);
    EXPECT_EQ(retryAfterSeconds("", now), -1);
    EXPECT_EQ(retryAfterSeconds("soon", now), -1);
    EXPECT_EQ(retryAfterSeconds("-3", now), -1);
    EXPECT_EQ(retryAfterSeconds("Mon, 30 Jun 2025 12:00:42 GMT", now), 42);
    EXPECT_EQ(retryAfterSeconds("Mon, 30 Jun 2025 11:00:00 GMT", now), 0);
}

TEST(ApiRequestUrl, pathsPerOperation)
{
    ApiRequest request;
    request.environment.baseUrl = QUrl(QStringLiteral("https://apigw-ppt.3ds.com/"));
    request.dsLeadOpportunityId = QStringLiteral("XJSR-DZMFFT");
    EXPECT_EQ(
        request.url().toString(),
        QStringLiteral(
            "https://apigw-ppt.3ds.com/sales/api4partners/v0/leads-opportunities/XJSR-DZMFFT"));
    request.operation = ApiRequest::Create;
    EXPECT_EQ(
        request.url().toString(),
        QStringLiteral("https://apigw-ppt.3ds.com/sales/api4partners/v0/leads-opportunities"));
    request.environment.createV1 = true;
    EXPECT_EQ(
        request.url().toString(),
        QStringLiteral("https://apigw-ppt.3ds.com/sales/api4partners/v1/leads-opportunities"));
    request.operation = ApiRequest::Get;
    request.dsLeadOpportunityId = QStringLiteral("A/../B?x");
    EXPECT_EQ(request.url().path(QUrl::FullyEncoded),
              QStringLiteral("/sales/api4partners/v0/leads-opportunities/A%2F..%2FB%3Fx"));
    EXPECT_EQ(request.operationName(), QStringLiteral("get"));
}

} // namespace
