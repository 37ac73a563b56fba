#include "core/catalogue/fieldpath.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using leadopp::core::FieldPath;

TEST(FieldPath, parseMemberAndIndex_roundTrips)
{
    for (const char *text :
         { "offerLines[1].amount", "leadOpportunity.reasonLost[3]", "customerLegalEntity",
           "partnerContacts[2].salesRepEmail", "partnerId", "" }) {
        const FieldPath path = FieldPath::parse(QString::fromLatin1(text));
        EXPECT_TRUE(path.isValid()) << text;
        EXPECT_EQ(path.toString(), QString::fromLatin1(text));
    }
}

TEST(FieldPath, emptyText_isTheRecord)
{
    EXPECT_TRUE(FieldPath::parse(u"").isRecord());
    EXPECT_FALSE(FieldPath::parse(u"offerLines").isRecord());
}

TEST(FieldPath, malformedText_isInvalid)
{
    for (const char *text : { "offerLines[", "offerLines[x]", "[1].amount", "a..b", "a.", ".a",
                              "offerLines[-1]", "a b", "offerLines[1]amount" }) {
        EXPECT_FALSE(FieldPath::parse(QString::fromLatin1(text)).isValid()) << text;
    }
}

TEST(FieldPath, invalid_isNeitherValidNorTheRecordNorADefaultPath)
{
    const FieldPath nothing = FieldPath::invalid();
    EXPECT_FALSE(nothing.isValid());
    EXPECT_FALSE(nothing.isRecord());
    EXPECT_NE(nothing, FieldPath());
    EXPECT_NE(nothing, FieldPath::parse(u""));
    EXPECT_EQ(nothing, FieldPath::invalid());
    EXPECT_EQ(nothing.size(), 0);
}

TEST(FieldPath, pattern_emptiesIndexes)
{
    EXPECT_EQ(FieldPath::parse(u"offerLines[12].amount").pattern(),
              QStringLiteral("offerLines[].amount"));
    EXPECT_EQ(FieldPath::parse(u"leadOpportunity.closeDate").pattern(),
              QStringLiteral("leadOpportunity.closeDate"));
}

TEST(FieldPath, rowIndexAndParent)
{
    const FieldPath path = FieldPath::parse(u"customerContacts[4].email");
    EXPECT_EQ(path.rowIndex(), 4);
    EXPECT_EQ(path.parent().toString(), QStringLiteral("customerContacts[4]"));
    EXPECT_EQ(path.left(1).toString(), QStringLiteral("customerContacts"));
    EXPECT_TRUE(path.startsWith(path.parent()));
    EXPECT_FALSE(path.parent().startsWith(path));
    EXPECT_EQ(FieldPath::parse(u"leadOpportunity.name").rowIndex(), -1);
}

TEST(FieldPath, builders_composeCanonicalText)
{
    const FieldPath path = FieldPath()
                               .member(QStringLiteral("offerLines"))
                               .index(0)
                               .member(QStringLiteral("amount"));
    EXPECT_EQ(path.toString(), QStringLiteral("offerLines[0].amount"));
    EXPECT_EQ(path, FieldPath::parse(u"offerLines[0].amount"));
}
