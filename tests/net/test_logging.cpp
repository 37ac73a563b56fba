// One logging category per library, quiet by default: with the rules on, an exchange and
// the sandbox's answer are logged, and the API key never is.
#include "nettesting.h"
#include "testsupport.h"

#include "net/apiclient.h"
#include "net/logging.h"
#include "sandbox/logging.h"
#include "sandbox/sandboxserver.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kKey = QStringLiteral("SECRET-KEY-1b9e44c0a7");

QStringList g_lines;

void collect(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    g_lines.append(QString::fromLatin1(context.category) + u' ' + text);
}

class Logging : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_lines.clear();
        ASSERT_NE(server.listen(0), 0);
        m_previous = qInstallMessageHandler(collect);
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    net::ApiResult get()
    {
        net::ApiRequest request;
        request.operation = net::ApiRequest::Get;
        request.environment.id = QStringLiteral("sandbox");
        request.environment.sandbox = true;
        request.environment.baseUrl = server.baseUrl();
        request.dsLeadOpportunityId = QStringLiteral("XJSR-DZMFFT");
        request.apiKey = kKey;
        return test::runJob(client, request);
    }

    sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    net::ApiClient client { &nam };
    QtMessageHandler m_previous = nullptr;
};

} // namespace

TEST_F(Logging, quietByDefault_warningsOnly)
{
    EXPECT_FALSE(net::lcNet().isDebugEnabled());
    EXPECT_FALSE(net::lcNet().isInfoEnabled());
    EXPECT_TRUE(net::lcNet().isWarningEnabled());
    EXPECT_FALSE(sandbox::lcSandbox().isDebugEnabled());
    get();
    EXPECT_EQ(g_lines, QStringList());
}

TEST_F(Logging, rulesTurnTheDetailsOn_neverTheKey)
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadopp.*.debug=true"));
    ASSERT_TRUE(net::lcNet().isDebugEnabled());
    EXPECT_EQ(get().kind, net::ErrorKind::Accepted);
    const QStringList net = g_lines.filter(QStringLiteral("leadopp.net GET "));
    ASSERT_EQ(net.size(), 1) << g_lines.join(u'\n').toStdString();
    EXPECT_TRUE(net.first().contains(QStringLiteral("/XJSR-DZMFFT")));
    EXPECT_TRUE(net.first().contains(QStringLiteral("status 200")));
    EXPECT_EQ(g_lines.filter(QStringLiteral("leadopp.sandbox GET ")).size(), 1);
    EXPECT_EQ(g_lines.filter(kKey).size(), 0);
}
