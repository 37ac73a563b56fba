#include "core/document/jsonaccess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {
FieldPath path(const char *text)
{
    return FieldPath::parse(QString::fromLatin1(text));
}
} // namespace

TEST(JsonAccess, valueAt_readsNestedMembersAndRows)
{
    const QJsonObject root = leadopp::test::parseObject(
        R"({"offerLines":[{"amount":1},{"amount":"double"}],"leadOpportunity":{"name":"A"}})");
    EXPECT_EQ(valueAt(root, path("offerLines[1].amount")), QJsonValue(QStringLiteral("double")));
    EXPECT_EQ(valueAt(root, path("leadOpportunity.name")), QJsonValue(QStringLiteral("A")));
    EXPECT_TRUE(valueAt(root, path("offerLines[5].amount")).isUndefined());
    EXPECT_TRUE(valueAt(root, path("leadOpportunity.name.x")).isUndefined());
}

TEST(JsonAccess, setValueAt_createsMissingContainers)
{
    QJsonObject root;
    ASSERT_TRUE(setValueAt(root, path("customerLegalEntity.city"), QStringLiteral("Paris")));
    ASSERT_TRUE(setValueAt(root, path("offerLines[0].amount"), 5));
    EXPECT_EQ(
        root.value(QStringLiteral("customerLegalEntity")).toObject().value(QStringLiteral("city")),
        QJsonValue(QStringLiteral("Paris")));
    EXPECT_EQ(root.value(QStringLiteral("offerLines")).toArray().size(), 1);
}

TEST(JsonAccess, setValueAt_refusesTypeClashesAndGaps)
{
    QJsonObject root
        = leadopp::test::parseObject(R"({"offerLines":5,"leadOpportunity":{"name":"A"}})");
    const QJsonObject before = root;
    EXPECT_FALSE(setValueAt(root, path("offerLines[0].amount"), 1));
    EXPECT_FALSE(setValueAt(root, path("leadOpportunity.name.first"), 1));
    EXPECT_FALSE(setValueAt(root, path("customerContacts[3].email"), 1));
    EXPECT_FALSE(setValueAt(root, path(""), 1));
    EXPECT_EQ(root, before);
}

TEST(JsonAccess, setUndefined_removesTheMemberOnly)
{
    QJsonObject root = leadopp::test::parseObject(R"({"leadOpportunity":{"name":"A","x":1}})");
    ASSERT_TRUE(setValueAt(root, path("leadOpportunity.name"), QJsonValue(QJsonValue::Undefined)));
    EXPECT_EQ(root, leadopp::test::parseObject(R"({"leadOpportunity":{"x":1}})"));
}

TEST(JsonAccess, moveArrayItem_movesAsTakingOutAndPuttingBackWould)
{
    const QJsonArray start { 0, QStringLiteral("one"), QJsonObject { { QStringLiteral("n"), 2 } },
                             3, QJsonArray { 4 },      5 };
    for (int from = 0; from < start.size(); ++from) {
        for (int to = 0; to < start.size(); ++to) {
            QJsonArray expected = start;
            expected.insert(to, expected.takeAt(from));
            QJsonArray moved = start;
            moveArrayItem(moved, from, to);
            EXPECT_EQ(moved, expected) << from << " to " << to;
        }
    }
}
