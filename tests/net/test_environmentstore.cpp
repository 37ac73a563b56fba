// EnvironmentStore: built-ins, custom URLs persisted, --env resolution, settings migration.
#include "testsupport.h"

#include "net/environmentstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp::net;

namespace {

class EnvironmentStoreTest : public ::testing::Test
{
protected:
    QString iniFile() const { return dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir dir;
};

TEST_F(EnvironmentStoreTest, emptySettings_listBuiltInsWithSandboxCurrent)
{
    EnvironmentStore store(iniFile());
    const QList<Environment> list = store.environments();
    ASSERT_EQ(list.size(), 6);
    QStringList ids;
    for (const Environment &e : list)
        ids << e.id;
    EXPECT_EQ(ids,
              QStringList({ QStringLiteral("sandbox"), QStringLiteral("ppt"), QStringLiteral("qal"),
                            QStringLiteral("ptd"), QStringLiteral("ppd"), QStringLiteral("prd") }));
    EXPECT_EQ(store.currentId(), QStringLiteral("sandbox"));
    EXPECT_TRUE(store.current().sandbox);
    EXPECT_TRUE(store.current().baseUrl.isEmpty());
    EXPECT_TRUE(store.environment(QStringLiteral("prd")).production);
    EXPECT_FALSE(store.environment(QStringLiteral("ppt")).production);
    EXPECT_EQ(store.environment(QStringLiteral("qal")).baseUrl,
              QUrl(QStringLiteral("https://apigw-qal.3ds.com")));
    EXPECT_EQ(store.timeoutMs(), 30000);
}

TEST_F(EnvironmentStoreTest, sandboxUrl_isFilledInAtRunTimeOnly)
{
    {
        EnvironmentStore store(iniFile());
        QSignalSpy changed(&store, &EnvironmentStore::environmentsChanged);
        store.setSandboxUrl(QUrl(QStringLiteral("http://127.0.0.1:4711")));
        EXPECT_EQ(changed.size(), 1);
        EXPECT_EQ(store.environment(QStringLiteral("sandbox")).baseUrl,
                  QUrl(QStringLiteral("http://127.0.0.1:4711")));
    }
    EnvironmentStore again(iniFile());
    EXPECT_TRUE(again.environment(QStringLiteral("sandbox")).baseUrl.isEmpty());
}

TEST_F(EnvironmentStoreTest, customUrls_persistAndRemove)
{
    QString id;
    {
        EnvironmentStore store(iniFile());
        const Environment added = store.addCustom(QUrl(QStringLiteral("https://gw.example.com/")),
                                                  QStringLiteral("Mine"));
        ASSERT_TRUE(added.isValid());
        id = added.id;
        EXPECT_EQ(added.baseUrl, QUrl(QStringLiteral("https://gw.example.com")));
        EXPECT_EQ(store.addCustom(QUrl(QStringLiteral("https://gw.example.com"))).id,
                  id); // no duplicate
        EXPECT_FALSE(store.addCustom(QUrl(QStringLiteral("ftp://gw.example.com"))).isValid());
        EXPECT_TRUE(store.setCurrentId(id));
    }
    EnvironmentStore store(iniFile());
    ASSERT_EQ(store.environments().size(), 7);
    EXPECT_EQ(store.environment(id).displayName, QStringLiteral("Mine"));
    EXPECT_TRUE(store.environment(id).custom);
    EXPECT_EQ(store.currentId(), id);
    EXPECT_TRUE(store.removeCustom(id));
    EXPECT_FALSE(store.removeCustom(id));
    EXPECT_EQ(store.currentId(), QStringLiteral("sandbox"));
    EXPECT_EQ(store.environments().size(), 6);
}

TEST_F(EnvironmentStoreTest, setCurrentId_refusesUnknown)
{
    EnvironmentStore store(iniFile());
    QSignalSpy changed(&store, &EnvironmentStore::currentChanged);
    EXPECT_FALSE(store.setCurrentId(QStringLiteral("nowhere")));
    EXPECT_TRUE(store.setCurrentId(QStringLiteral("prd")));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(store.currentId(), QStringLiteral("prd"));
}

TEST_F(EnvironmentStoreTest, resolve_namesAliasesAndUrls)
{
    EnvironmentStore store(iniFile());
    store.setSandboxUrl(QUrl(QStringLiteral("http://127.0.0.1:4711")));
    EXPECT_EQ(store.resolve(QStringLiteral("sandbox")).id, QStringLiteral("sandbox"));
    EXPECT_EQ(store.resolve(QStringLiteral("PRODUCTION")).id, QStringLiteral("prd"));
    EXPECT_EQ(store.resolve(QStringLiteral("qa")).id, QStringLiteral("qal"));
    EXPECT_EQ(store.resolve(QStringLiteral("preprod")).id, QStringLiteral("ptd"));
    EXPECT_EQ(store.resolve(QStringLiteral("https://apigw-ppd.3ds.com/")).id,
              QStringLiteral("ppd"));
    EXPECT_EQ(store.resolve(QStringLiteral("http://127.0.0.1:4711")).id, QStringLiteral("sandbox"));
    const Environment transient = store.resolve(QStringLiteral("http://127.0.0.1:9999"));
    ASSERT_TRUE(transient.isValid());
    EXPECT_TRUE(transient.custom);
    EXPECT_EQ(transient.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9999")));
    EXPECT_EQ(store.environments().size(), 6); // not persisted
    EXPECT_FALSE(store.resolve(QStringLiteral("atlantis")).isValid());
    EXPECT_FALSE(store.resolve(QStringLiteral("mailto://x")).isValid());
}

TEST_F(EnvironmentStoreTest, migrate_versionZeroMovesLegacyCurrent)
{
    {
        QSettings legacy(iniFile(), QSettings::IniFormat);
        legacy.setValue(QStringLiteral("environment"), QStringLiteral("ppt"));
    }
    EnvironmentStore store(iniFile());
    EXPECT_EQ(store.currentId(), QStringLiteral("ppt"));
    QSettings after(iniFile(), QSettings::IniFormat);
    EXPECT_EQ(after.value(QStringLiteral("net/settingsVersion")).toInt(),
              EnvironmentStore::kSettingsVersion);
    EXPECT_FALSE(after.contains(QStringLiteral("environment")));
}

TEST_F(EnvironmentStoreTest, migrate_leavesNewerLayoutAlone)
{
    {
        QSettings newer(iniFile(), QSettings::IniFormat);
        newer.setValue(QStringLiteral("net/settingsVersion"), 99);
        newer.setValue(QStringLiteral("environment"), QStringLiteral("ppt"));
    }
    EnvironmentStore store(iniFile());
    QSettings after(iniFile(), QSettings::IniFormat);
    EXPECT_EQ(after.value(QStringLiteral("net/settingsVersion")).toInt(), 99);
    EXPECT_TRUE(after.contains(QStringLiteral("environment")));
}

TEST_F(EnvironmentStoreTest, timeout_persists)
{
    {
        EnvironmentStore store(iniFile());
        store.setTimeoutMs(1234);
    }
    EXPECT_EQ(EnvironmentStore(iniFile()).timeoutMs(), 1234);
}

} // namespace
