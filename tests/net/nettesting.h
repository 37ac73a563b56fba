#pragma once

// Running ApiJobs synchronously in tests.

#include "net/apiclient.h"
#include "net/apijob.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace leadopp::test {

/// Starts `request` and waits for finished(); fails the test when it never comes.
inline net::ApiResult runJob(net::ApiClient &client, const net::ApiRequest &request,
                             int waitMs = 15000)
{
    net::ApiJob *job = client.start(request);
    QSignalSpy spy(job, &net::ApiJob::finished);
    EXPECT_TRUE(spy.wait(waitMs)) << "the job never finished";
    if (spy.isEmpty())
        return {};
    return spy.first().first().value<net::ApiResult>();
}

/// An Update request for `baseUrl` carrying `key`.
inline net::ApiRequest updateRequest(const QUrl &baseUrl,
                                     const QString &key = QStringLiteral("test-key-4711"))
{
    net::ApiRequest request;
    request.operation = net::ApiRequest::Update;
    request.environment.id = QStringLiteral("test");
    request.environment.baseUrl = baseUrl;
    request.environment.custom = true;
    request.dsLeadOpportunityId = QStringLiteral("XJSR-DZMFFT");
    request.body
        = QByteArrayLiteral("{\"leadOpportunity\":{\"partnerLeadOpportunityId\":\"P-1\"}}");
    request.apiKey = key;
    return request;
}

} // namespace leadopp::test
