// The data directory: seeds written on first use, every change saved, a restart reloads.
#include "sandboxhttp.h"

#include <QFile>
#include <QTemporaryDir>

using namespace leadopp;
using namespace leadopp::test;

namespace {

class SandboxPersistenceTest : public SandboxHttpTest
{
};

TEST_F(SandboxPersistenceTest, changes_surviveARestart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(server.setDataDirectory(dir.path()));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("leads.json"))));
    EXPECT_EQ(
        send(
            "PATCH", kLeadsPath + QStringLiteral("/HCRQ-F1LLDE"),
            R"({"leadOpportunity": {"partnerLeadOpportunityId": "OPPY-12345", "status": "VALIDATED"}})")
            .status,
        200);
    sandbox::SandboxServer afterPatch; // the update alone is on disk
    ASSERT_TRUE(afterPatch.setDataDirectory(dir.path()));
    ASSERT_NE(afterPatch.listen(0), 0);
    EXPECT_EQ(sendTo(afterPatch.baseUrl(), "GET", kLeadsPath + QStringLiteral("/HCRQ-F1LLDE"))
                  .json()[u"data"][u"leadOpportunity"][u"status"]
                  .toString(),
              QStringLiteral("VALIDATED"));

    QJsonObject body = parseObject(readData(
        QStringLiteral("contract/createLeadsOpportunities-request-createOpportunityBasic.json")));
    const HttpResult created = send("POST", kLeadsPath, QJsonDocument(body).toJson());
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString newId = created.json()[u"dsLeadOpportunityId"].toString();

    sandbox::SandboxServer restarted;
    ASSERT_TRUE(restarted.setDataDirectory(dir.path()));
    ASSERT_NE(restarted.listen(0), 0);
    EXPECT_EQ(restarted.leadIds().size(), 5);
    const QJsonObject lead
        = sendTo(restarted.baseUrl(), "GET", kLeadsPath + QStringLiteral("/HCRQ-F1LLDE"))
              .json()[u"data"][u"leadOpportunity"]
              .toObject();
    EXPECT_EQ(lead[u"status"].toString(), QStringLiteral("VALIDATED"));
    EXPECT_EQ(sendTo(restarted.baseUrl(), "GET", kLeadsPath + u'/' + newId).status, 200);
}

TEST_F(SandboxPersistenceTest, withoutDirectory_restartForgetsChanges)
{
    send(
        "PATCH", kLeadsPath + QStringLiteral("/HCRQ-F1LLDE"),
        R"({"leadOpportunity": {"partnerLeadOpportunityId": "OPPY-12345", "status": "VALIDATED"}})");
    sandbox::SandboxServer fresh;
    ASSERT_NE(fresh.listen(0), 0);
    const QJsonObject lead
        = sendTo(fresh.baseUrl(), "GET", kLeadsPath + QStringLiteral("/HCRQ-F1LLDE"))
              .json()[u"data"][u"leadOpportunity"]
              .toObject();
    EXPECT_EQ(lead[u"status"].toString(), QStringLiteral("OPPY_OPEN"));
}

TEST_F(SandboxPersistenceTest, corruptStore_isRefusedWithAReason)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("leads.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[1, 2");
    file.close();
    EXPECT_FALSE(server.setDataDirectory(dir.path()));
    EXPECT_FALSE(server.dataError().isEmpty());
    EXPECT_EQ(server.leadIds().size(), 4);
}

} // namespace
