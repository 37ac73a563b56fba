// Credential stores: the in-memory fake, and the keychain store's session-only fallback.
#include "testsupport.h"

#include "net/keychaincredentialstore.h"
#include "net/memorycredentialstore.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace leadopp::net;

namespace {

TEST(MemoryCredentialStore, writeReadDelete_answerAsynchronously)
{
    MemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    QSignalSpy read(&store, &CredentialStore::keyRead);
    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    store.writeKey(QStringLiteral("ppt"), QStringLiteral("k-1"));
    EXPECT_EQ(written.size(), 0); // never synchronously
    ASSERT_TRUE(written.wait(2000));
    EXPECT_EQ(written.first(), QVariantList({ QStringLiteral("ppt"), true, false }));
    store.readKey(QStringLiteral("ppt"));
    ASSERT_TRUE(read.wait(2000));
    EXPECT_EQ(read.first(), QVariantList({ QStringLiteral("ppt"), QStringLiteral("k-1"), true }));
    store.deleteKey(QStringLiteral("ppt"));
    ASSERT_TRUE(deleted.wait(2000));
    store.readKey(QStringLiteral("ppt"));
    ASSERT_TRUE(read.wait(2000));
    EXPECT_EQ(read.at(1), QVariantList({ QStringLiteral("ppt"), QString(), false }));
}

TEST(MemoryCredentialStore, canSimulateSessionOnly)
{
    MemoryCredentialStore store;
    store.setReportSessionOnly(true);
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    store.writeKey(QStringLiteral("prd"), QStringLiteral("k"));
    ASSERT_TRUE(written.wait(2000));
    EXPECT_TRUE(written.first().at(2).toBool());
}

// Without a reachable keychain (no D-Bus session in the test environment) the key must
// still work for this session and the caller must learn that it is session-only.
TEST(KeychainCredentialStore, withoutBackend_keepsKeyForSessionAndSaysSo)
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        GTEST_SKIP()
            << "a D-Bus session is present: a real keychain might answer and keep the test key";
    KeychainCredentialStore store(QStringLiteral("leadopp-test"));
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    store.writeKey(QStringLiteral("ppt"), QStringLiteral("session-key"));
    ASSERT_TRUE(written.wait(15000));
    EXPECT_TRUE(written.first().at(1).toBool());
    EXPECT_TRUE(written.first().at(2).toBool());
    EXPECT_TRUE(store.isSessionOnly(QStringLiteral("ppt")));
    QSignalSpy read(&store, &CredentialStore::keyRead);
    store.readKey(QStringLiteral("ppt"));
    ASSERT_TRUE(read.wait(2000));
    EXPECT_EQ(read.first(),
              QVariantList({ QStringLiteral("ppt"), QStringLiteral("session-key"), true }));
    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    store.deleteKey(QStringLiteral("ppt"));
    ASSERT_TRUE(deleted.wait(15000));
    EXPECT_TRUE(deleted.first().at(1).toBool());
    EXPECT_FALSE(store.isSessionOnly(QStringLiteral("ppt")));
}

} // namespace
