#pragma once
// Shared by the sandbox suites: a running SandboxServer on an ephemeral loopback port and
// a QNetworkAccessManager that talks to it over real HTTP.

#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace leadopp::test {

inline const QString kLeadsPath = QStringLiteral("/sales/api4partners/v0/leads-opportunities");

struct HttpResult {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QByteArray contentType;
    QByteArray allow;
    bool finished = false;

    QJsonObject json() const { return parseObject(body); }
};

/// "a", "a.b", ... for every member down to `depth` levels (arrays are not entered).
inline QStringList keyPaths(const QJsonObject &object, int depth, const QString &prefix = {})
{
    QStringList paths;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        paths.append(path);
        if (depth > 1 && it.value().isObject())
            paths += keyPaths(it.value().toObject(), depth - 1, path);
    }
    paths.sort();
    return paths;
}

inline QStringList exampleKeyPaths(const QString &example, int depth)
{
    return keyPaths(parseObject(readData(QStringLiteral("contract/") + example)), depth);
}

inline bool isTraceId(const QJsonValue &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(value.toString()).hasMatch();
}

class SandboxHttpTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_NE(server.listen(0), 0); }

    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                    const QByteArray &key = QByteArrayLiteral("sandbox-test-key"))
    {
        return sendTo(server.baseUrl(), verb, path, body, key);
    }

    HttpResult sendTo(const QUrl &base, const QByteArray &verb, const QString &path,
                      const QByteArray &body = {},
                      const QByteArray &key = QByteArrayLiteral("sandbox-test-key"))
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!key.isNull())
            request.setRawHeader("X-API-Key", key);
        std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, verb, body));
        HttpResult result;
        result.finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 20000);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.retryAfter = reply->rawHeader("Retry-After");
        result.allow = reply->rawHeader("Allow");
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        return result;
    }

    HttpResult sendFile(const QByteArray &verb, const QString &path, const QString &example)
    {
        return send(verb, path, readData(QStringLiteral("contract/") + example));
    }

    sandbox::SandboxServer server;
    QNetworkAccessManager manager;
};

} // namespace leadopp::test
