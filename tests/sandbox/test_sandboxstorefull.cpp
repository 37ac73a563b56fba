// A store that cannot be written: the sandbox answers 507 (disk full) or 500, never 201 or
// 200 for a change it did not keep, and a restart starts on the last good store.
#include "diskfull.h"
#include "sandboxhttp.h"

#include <QFile>
#include <QTemporaryDir>

using namespace leadopp;
using namespace leadopp::test;

namespace {

class SandboxStoreFullTest : public SandboxHttpTest
{
protected:
    QByteArray createBody()
    {
        return readData(QStringLiteral(
            "contract/createLeadsOpportunities-request-createOpportunityBasic.json"));
    }
    QStringList idsAfterRestart(const QString &directory)
    {
        sandbox::SandboxServer restarted;
        EXPECT_TRUE(restarted.setDataDirectory(directory)) << restarted.dataError().toStdString();
        return restarted.leadIds();
    }
};

TEST_F(SandboxStoreFullTest, createThatCannotBeWrittenIs507AndIsNotKept)
{
    QTemporaryDir dir;
    ASSERT_TRUE(server.setDataDirectory(dir.path()));
    const QStringList before = server.leadIds();
    HttpResult created;
    {
        const FileSizeLimit limit(1024); // the store is larger: the write comes up short
        created = send("POST", kLeadsPath, createBody());
    }
    EXPECT_EQ(created.status, 507) << created.body.toStdString();
    EXPECT_TRUE(created.body.contains("File too large")) << created.body.toStdString();
    EXPECT_FALSE(created.body.contains(dir.path().toUtf8()));
    EXPECT_EQ(server.leadIds(), before);
    EXPECT_EQ(idsAfterRestart(dir.path()), before);
    // With room again the same create is kept.
    EXPECT_EQ(send("POST", kLeadsPath, createBody()).status, 201);
    EXPECT_EQ(idsAfterRestart(dir.path()).size(), before.size() + 1);
}

TEST_F(SandboxStoreFullTest, updateOnAFullDiskIs507AndTheLeadIsUnchanged)
{
    const SmallTmpfs disk(64 * 1024);
    if (!disk.mounted())
        GTEST_SKIP() << disk.skipReason();
    const QString directory = disk.filePath(QStringLiteral("store"));
    ASSERT_TRUE(server.setDataDirectory(directory));
    disk.fill();
    const HttpResult patched = send(
        "PATCH", kLeadsPath + QStringLiteral("/HCRQ-F1LLDE"),
        R"({"leadOpportunity": {"partnerLeadOpportunityId": "OPPY-12345", "status": "VALIDATED"}})");
    EXPECT_EQ(patched.status, 507) << patched.body.toStdString();
    EXPECT_TRUE(patched.body.contains("No space left on device")) << patched.body.toStdString();
    const QString status = send("GET", kLeadsPath + QStringLiteral("/HCRQ-F1LLDE"))
                               .json()[u"data"][u"leadOpportunity"][u"status"]
                               .toString();
    EXPECT_NE(status, QStringLiteral("VALIDATED"));
    EXPECT_EQ(send("POST", kLeadsPath, createBody()).status, 507);
    EXPECT_EQ(idsAfterRestart(directory), server.leadIds());
}

} // namespace
