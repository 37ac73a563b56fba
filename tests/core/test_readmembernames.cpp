// The reader lists the member names a text spells while it scans the bytes; when none of
// them is an alias anywhere in the catalogue, normalising the record only looks for sections
// to lift instead of asking every row for its names. Whatever the reader takes that way, the
// record must be the one the full normalisation gives.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/codec/readerparse.h"
#include "core/codec/readerscan.h"
#include "core/codec/recordnormaliser.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::core;

namespace {

QStringList texts(std::initializer_list<const char *> latin1)
{
    QStringList list;
    for (const char *text : latin1)
        list.append(QString::fromLatin1(text));
    return list;
}

QStringList namesOf(const TextScan &scan)
{
    QStringList names;
    for (const QByteArrayView name : scan.memberNames)
        names.append(QString::fromUtf8(name));
    return names;
}

// The compact text of a generated draft with `extra` spliced in right after the opening
// brace of offer line `row`.
QByteArray withOfferLineMembers(int row, const QByteArray &extra)
{
    QByteArray text
        = QJsonDocument(test::bigDraftRecord({ 3000, 200, 97 })).toJson(QJsonDocument::Compact);
    qsizetype at = text.indexOf("\"offerLines\":[") + qsizetype(std::strlen("\"offerLines\":["));
    for (int i = 0; i < row; ++i)
        at = text.indexOf("},{", at) + 2;
    return text.insert(at + 1, extra);
}

// The record the full normalisation makes of the text's top-level object (for a request
// body, the object itself).
QJsonObject fullyNormalised(const QByteArray &text)
{
    return normaliseRecord(QJsonDocument::fromJson(text).object());
}

} // namespace

TEST(MemberNameScan, listsEachNameOnceAndTellsAnEscapedOne)
{
    const TextScan scan = scanText(R"({"a":{"b":1,"a":[{"b":2},{"c":"x:y"}]},"d":"\"e\":"})");
    EXPECT_EQ(namesOf(scan), texts({ "a", "b", "c", "d" }));
    EXPECT_FALSE(scan.memberNameEscaped);
    EXPECT_EQ(scan.memberColons, 6);

    const TextScan escaped = scanText(R"({"plain":"a\"b","na\u006De":1})");
    EXPECT_EQ(namesOf(escaped), texts({ "plain" }));
    EXPECT_TRUE(escaped.memberNameEscaped);
}

TEST(MemberNameScan, namesThatAreAnAliasAnywhereNeedRenaming)
{
    const auto needNone = [](std::initializer_list<const char *> names) {
        QList<QByteArrayView> views;
        for (const char *name : names)
            views.append(QByteArrayView(name));
        return namesNeedNoRenaming(views);
    };
    EXPECT_TRUE(needNone({ "offerNameId", "amount", "leadOpportunity", "somethingElse" }));
    EXPECT_FALSE(needNone({ "amount", "offer_name_id" }));
    EXPECT_FALSE(needNone({ "FIRST_NAME" }));
    EXPECT_FALSE(needNone({ "leadOportunityId" }));
    EXPECT_FALSE(needNone({ "partnerExternalId" }));
}

TEST(MemberNameScan, aGeneratedDraftIsReadWithoutAskingItsRowsTheirNames)
{
    const QByteArray text = QJsonDocument(test::bigDraftRecord({ 3000, 200, 97 })).toJson();
    ASSERT_GE(text.size(), kBytesWorthASecondThread); // scanned beside the parse
    EXPECT_TRUE(parseObjectText(text).namesNeedNoRenaming);
    const QByteArray small = R"({"leadOpportunity":{"name":"x"},"offerLines":[{"amount":1}]})";
    EXPECT_TRUE(parseObjectText(small).namesNeedNoRenaming);
    EXPECT_FALSE(
        parseObjectText(withOfferLineMembers(2900, R"("Amount_":1,)")).namesNeedNoRenaming);
    EXPECT_FALSE(
        parseObjectText(withOfferLineMembers(2900, R"("x\u0041":1,)")).namesNeedNoRenaming);
}

class ReadNormalises : public testing::TestWithParam<QByteArray>
{
};

// Each text holds something the normaliser must change (or must not): the record read is
// the fully normalised one.
TEST_P(ReadNormalises, asTheFullNormalisationDoes)
{
    const ReadResult read = readDocument(GetParam());
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    EXPECT_EQ(read.draft.record, fullyNormalised(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(
    Texts, ReadNormalises,
    testing::Values(
        // nothing to change
        QJsonDocument(test::bigDraftRecord({ 3000, 200, 97 })).toJson(),
        // an alias deep in a big text (row 2826 has no offer), plain and spelled with an
        // escape, and aliases beside the canonical member, which stay as they are
        withOfferLineMembers(2826, R"("OFFER_NAME_ID":"X",)"),
        withOfferLineMembers(2826, R"("offer\u005FName_Id":"X",)"),
        withOfferLineMembers(2900, R"("offer_name_id_":"X","AMOUNT":"1",)"),
        // a name unknown where it stands but an alias in another object
        withOfferLineMembers(10, R"("leadOportunityId":"A-1",)"),
        // sections nested in leadOpportunity (the GET shape) with canonical names only
        QByteArray(R"({"leadOpportunity":{"name":"x","offerLines":[{"amount":1}],)"
                   R"("partnerContacts":[{"salesRepEmail":"a@b.example"}]},"partnerId":"P"})"),
        // a nested section the root also holds: it stays where it is
        QByteArray(R"({"leadOpportunity":{"offerLines":[{"amount":1}]},)"
                   R"("offerLines":[{"amount":2}]})"),
        // a root alias in a small text
        QByteArray(R"({"leadOpportunity":{"name":"x"},"dsLeadOportunityId":"A-2"})")));

// A draft file: its record and its base are normalised on the same word, with the
// record's names all canonical and with an alias in it.
TEST(ReadNormalises, aDraftsRecordAndBaseAsTheFullNormalisationDoes)
{
    QJsonObject base = test::bigDraftRecord({ 400, 20, 0 });
    QJsonObject lead = base.value(QLatin1String("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("partnerContacts"), base.take(QLatin1String("partnerContacts")));
    base.insert(QStringLiteral("leadOpportunity"), lead);
    for (const bool alias : { false, true }) {
        QJsonObject record = test::bigDraftRecord({ 400, 20, 0 });
        if (alias)
            record.insert(QStringLiteral("leadOportunityId"), QStringLiteral("A-1"));
        const QJsonObject file { { QStringLiteral("format"), QStringLiteral("leadopp-draft") },
                                 { QStringLiteral("version"), 1 },
                                 { QStringLiteral("record"), record },
                                 { QStringLiteral("base"),
                                   QJsonObject { { QStringLiteral("record"), base } } } };
        const ReadResult read = readDocument(QJsonDocument(file).toJson());
        ASSERT_TRUE(read.ok) << read.error.toStdString();
        EXPECT_EQ(read.draft.record, normaliseRecord(record));
        EXPECT_EQ(read.draft.record == record, !alias);
        EXPECT_EQ(read.draft.base.record, normaliseRecord(base));
        EXPECT_NE(read.draft.base.record, base);
    }
}
