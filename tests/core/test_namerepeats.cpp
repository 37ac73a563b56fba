// The scan's word on repeated member names: "none" only when every object of the text was
// seen to name each member once, so that the reader may skip counting the parsed members.
// Any doubt says "may repeat", and the count decides as before.
#include "bigdraft.h"
#include "core/codec/readerparse.h"
#include "core/codec/readerscan.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::core;

namespace {

bool mayRepeat(const QByteArray &text)
{
    return scanText(text).namesMayRepeat;
}

// An object with `count` members named m0, m1, ...
QByteArray objectOf(int count)
{
    QByteArray text = "{";
    for (int i = 0; i < count; ++i)
        text += (i ? ",\"m" : "\"m") + QByteArray::number(i) + "\":1";
    return text + "}";
}

} // namespace

TEST(NameRepeatWatch, aNameInSeveralObjectsIsNoRepeat)
{
    EXPECT_FALSE(mayRepeat(R"({"a":1,"b":{"a":2,"b":[]},"c":[{"a":1},{"a":2,"c":{}}]})"));
    EXPECT_FALSE(mayRepeat(R"([{"a":1},{"a":1}])"));
}

TEST(NameRepeatWatch, aNameTwiceInOneObjectIsARepeatAtAnyDepth)
{
    EXPECT_TRUE(mayRepeat(R"({"a":1,"b":2,"a":3})"));
    EXPECT_TRUE(mayRepeat(R"({"a":{"x":1},"a":2})")) << "after a nested object closed";
    EXPECT_TRUE(mayRepeat(R"({"r":[{"x":1},{"x":1,"y":2,"x":3}]})"));
    EXPECT_TRUE(mayRepeat(R"({"r":[{"x":{"y":{"z":1,"z":2}}}]})"));
}

TEST(NameRepeatWatch, bracketsAndColonsInsideStringsAreText)
{
    EXPECT_FALSE(mayRepeat(R"({"a":"}{","b":"][:","c":"\"}"})"));
    EXPECT_TRUE(mayRepeat(R"({"a":"}{","a":"]"})"));
    EXPECT_FALSE(mayRepeat(R"({"a}":1,"a]":2,"a":3})"));
}

TEST(NameRepeatWatch, whatBytesCannotTellMayRepeat)
{
    EXPECT_TRUE(mayRepeat(R"({"a":1,"\u0062":2})")) << "an escaped name";
    EXPECT_TRUE(mayRepeat(R"({"a":1,"b":{"c":2})")) << "an object left open";
    EXPECT_TRUE(mayRepeat(R"({"a":1}})")) << "a container closed twice";
    EXPECT_TRUE(mayRepeat(R"([1:2])")) << "a colon in an array";
    EXPECT_TRUE(mayRepeat("{\"a\":\"\xC3\"}")) << "the scan stopped at a byte not UTF-8";
    EXPECT_FALSE(mayRepeat(objectOf(100)));
    EXPECT_TRUE(mayRepeat(objectOf(1000))) << "too many members to compare each pair";
}

TEST(NameRepeatWatch, theBigDraftIsKnownToKeepEveryMemberWithoutCounting)
{
    const QByteArray text = QJsonDocument(test::bigDraftRecord({ 5000, 500, 250 })).toJson();
    EXPECT_FALSE(mayRepeat(text));
    EXPECT_TRUE(parseObjectText(text, ParseSplit::Whole).keepsEveryMember);
    QByteArray repeated = text;
    repeated.insert(repeated.lastIndexOf("\"amount\""), "\"amount\": 1,");
    EXPECT_TRUE(mayRepeat(repeated));
    EXPECT_FALSE(parseObjectText(repeated, ParseSplit::Whole).keepsEveryMember);
}
