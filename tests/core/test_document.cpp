#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

Draft draftWith(const char *json)
{
    Draft draft;
    draft.record = leadopp::test::parseObject(json);
    return draft;
}

FieldPath path(const char *text)
{
    return FieldPath::parse(QString::fromLatin1(text));
}

} // namespace

TEST(Document, setValue_emitsOnlyOnRealChange)
{
    Document document(draftWith(R"({"leadOpportunity":{"name":"A"}})"));
    QSignalSpy changed(&document, &Document::valueChanged);
    EXPECT_TRUE(document.setValue(path("leadOpportunity.name"), QStringLiteral("A")));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(document.setValue(path("leadOpportunity.name"), QStringLiteral("B")));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<FieldPath>(), path("leadOpportunity.name"));
    EXPECT_EQ(document.value(path("leadOpportunity.name")), QJsonValue(QStringLiteral("B")));
}

// A refresh replaces the base without resetting the draft (which would clear its undo).
TEST(Document, setBase_replacesOnlyTheBaseAndSignalsOnRealChange)
{
    Document document(draftWith(R"({"leadOpportunity":{"name":"Mine"}})"));
    QSignalSpy baseChanged(&document, &Document::baseChanged);
    QSignalSpy reset(&document, &Document::documentReset);
    ServerBase server;
    server.record = leadopp::test::parseObject(R"({"leadOpportunity":{"name":"Theirs"}})");
    server.fetchedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());
    document.setBase(server);
    EXPECT_EQ(document.draft().base, server);
    EXPECT_EQ(document.value(path("leadOpportunity.name")).toString(), QStringLiteral("Mine"));
    EXPECT_EQ(baseChanged.count(), 1);
    document.setBase(server);
    EXPECT_EQ(baseChanged.count(), 1);
    EXPECT_EQ(reset.count(), 0);
}

TEST(Document, rowOperations_keepUnknownMembersAndSignal)
{
    Document document(
        draftWith(R"({"offerLines":[{"offerNameId":"A","x-extra":1},{"offerNameId":"B"}]})"));
    QSignalSpy inserted(&document, &Document::rowsInserted);
    QSignalSpy removed(&document, &Document::rowsRemoved);
    QSignalSpy moved(&document, &Document::rowMoved);
    ASSERT_TRUE(document.insertRow(Section::OfferLines, 2,
                                   leadopp::test::parseObject(R"({"offerNameId":"C"})")));
    ASSERT_TRUE(document.moveRow(Section::OfferLines, 0, 2));
    EXPECT_EQ(document.row(Section::OfferLines, 2),
              leadopp::test::parseObject(R"({"offerNameId":"A","x-extra":1})"));
    ASSERT_TRUE(document.removeRow(Section::OfferLines, 0));
    EXPECT_EQ(document.rowCount(Section::OfferLines), 2);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_FALSE(document.removeRow(Section::OfferLines, 9));
    EXPECT_FALSE(document.insertRow(Section::Opportunity, 0));
}

TEST(Document, editedServerError_turnsAddressed)
{
    Document document(draftWith(R"({"leadOpportunity":{"closeDate":"date","name":"x"}})"));
    const FieldError dateError { QStringLiteral("leadOpportunity.closeDate"), MatchKind::Exact,
                                 QStringLiteral("bad date"), QStringLiteral("ERR805"), QString() };
    const FieldError recordError { QString(), MatchKind::Record, QStringLiteral("rejected"),
                                   QString(), QString() };
    document.setRejection(
        Rejection { 400, QString(), QDateTime(), QString(), QByteArrayLiteral("{}") },
        { dateError, recordError });
    EXPECT_EQ(document.unaddressedErrors().size(), 2);
    QSignalSpy addressed(&document, &Document::addressedChanged);
    document.setValue(path("leadOpportunity.name"), QStringLiteral("y"));
    EXPECT_FALSE(document.isAddressed(dateError));
    document.setValue(path("leadOpportunity.closeDate"),
                      QStringLiteral("2025-06-01T00:00:00.000Z"));
    EXPECT_TRUE(document.isAddressed(dateError));
    EXPECT_FALSE(document.isAddressed(recordError));
    EXPECT_GE(addressed.count(), 1);
    document.setRejection(document.draft().rejection, document.serverErrors());
    EXPECT_FALSE(document.isAddressed(dateError)) << "a new rejection clears the marks";
}

TEST(Document, removingARow_movesLaterRowErrorsUp)
{
    Document document(draftWith(R"({"offerLines":[{"amount":1},{"amount":2},{"amount":3}]})"));
    document.setRejection(
        Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") },
        { { QStringLiteral("offerLines[2].amount"), MatchKind::Exact, QStringLiteral("m"), {}, {} },
          { QStringLiteral("offerLines[0].amount"),
            MatchKind::Exact,
            QStringLiteral("n"),
            {},
            {} } });
    document.removeRow(Section::OfferLines, 0);
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[1].amount"));
    EXPECT_EQ(document.serverErrors().at(1).path, QStringLiteral("offerLines"));
    EXPECT_EQ(document.serverErrors().at(1).match, MatchKind::Partial);
}

namespace {

FieldError amountError(int row)
{
    return { QStringLiteral("offerLines[%1].amount").arg(row),
             MatchKind::Exact,
             QStringLiteral("amount must be a number"),
             {},
             {} };
}

} // namespace

TEST(DocumentRowIdentity, errorFollowsItsRowThroughInsertAndMove)
{
    Document document(draftWith(R"({"offerLines":[{"amount":1},{"amount":"x"},{"amount":3}]})"));
    document.setRejection(Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") },
                          { amountError(1) });
    document.insertRow(Section::OfferLines, 0);
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[2].amount"));
    EXPECT_FALSE(document.isAddressed(0)) << "the flagged value never changed";
    document.moveRow(Section::OfferLines, 2, 3);
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[3].amount"));
    EXPECT_FALSE(document.isAddressed(0));
    document.moveRow(Section::OfferLines, 0, 3);
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[2].amount"));
}

TEST(DocumentRowIdentity, removingAnotherRowLeavesTheErrorOpen)
{
    Document document(draftWith(R"({"offerLines":[{"amount":1},{"amount":"x"},{"amount":3}]})"));
    document.setRejection(Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") },
                          { amountError(1) });
    document.removeRow(Section::OfferLines, 2);
    document.removeRow(Section::OfferLines, 0);
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[0].amount"));
    EXPECT_FALSE(document.isAddressed(0));
}

TEST(DocumentRowIdentity, removingTheRowAddressesItAndReinsertingWithItsIdReopensIt)
{
    Document document(draftWith(R"({"offerLines":[{"amount":1},{"amount":"x"},{"amount":3}]})"));
    document.setRejection(Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") },
                          { amountError(1) });
    const quint64 id = document.rowId(Section::OfferLines, 1);
    const QJsonObject removed = document.row(Section::OfferLines, 1);
    document.removeRow(Section::OfferLines, 1);
    EXPECT_TRUE(document.isAddressed(0));
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines"));
    document.insertRow(Section::OfferLines, 1, removed, id);
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[1].amount"));
    EXPECT_EQ(document.serverErrors().at(0).match, MatchKind::Exact);
    EXPECT_FALSE(document.isAddressed(0));
}

TEST(DocumentAddressed, meansTheValueDiffersFromTheRefusedOne)
{
    Document document(draftWith(R"({"leadOpportunity":{"currency":"EURO"}})"));
    const FieldError currency {
        QStringLiteral("leadOpportunity.currency"), MatchKind::Exact, QStringLiteral("bad"), {}, {}
    };
    document.setRejection(Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") }, { currency });
    QSignalSpy addressed(&document, &Document::addressedChanged);
    document.setValue(path("leadOpportunity.currency"), QStringLiteral("EUR"));
    EXPECT_TRUE(document.isAddressed(0));
    document.setValue(path("leadOpportunity.currency"), QStringLiteral("EURO"));
    EXPECT_FALSE(document.isAddressed(0)) << "back to the refused value: open again";
    EXPECT_EQ(addressed.count(), 2);
    EXPECT_EQ(document.unaddressedErrors().size(), 1);
}

TEST(DocumentAddressed, anEditMadeWhileSendingCountsAgainstWhatWasSent)
{
    Document document(draftWith(R"({"leadOpportunity":{"currency":"EURO"}})"));
    const Document::Snapshot sent = document.snapshot();
    document.setValue(path("leadOpportunity.currency"), QStringLiteral("EUR"));
    const FieldError currency {
        QStringLiteral("leadOpportunity.currency"), MatchKind::Exact, QStringLiteral("bad"), {}, {}
    };
    document.setRejection(Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") }, { currency },
                          &sent);
    EXPECT_TRUE(document.isAddressed(0));
}

TEST(DocumentRowIdentity, rowsInsertedAndRemovedTogetherAreOneChangeAndKeepIdentities)
{
    Document document(draftWith(R"({"offerLines":[{"amount":1},{"amount":"x"},{"amount":3}]})"));
    document.setRejection(Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") },
                          { amountError(1) });
    QSignalSpy inserted(&document, &Document::rowsInserted);
    QSignalSpy removed(&document, &Document::rowsRemoved);
    const QList<QJsonObject> added = { leadopp::test::parseObject(R"({"amount":10})"),
                                       leadopp::test::parseObject(R"({"amount":11})") };
    ASSERT_TRUE(document.insertRows(Section::OfferLines, 1, added));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 1);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 2);
    EXPECT_EQ(document.row(Section::OfferLines, 2), added.at(1));
    EXPECT_EQ(document.row(Section::OfferLines, 3),
              leadopp::test::parseObject(R"({"amount":"x"})"));
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[3].amount"));
    const QList<quint64> ids
        = { document.rowId(Section::OfferLines, 1), document.rowId(Section::OfferLines, 2) };
    EXPECT_NE(ids.at(0), ids.at(1));

    ASSERT_TRUE(document.removeRows(Section::OfferLines, 1, 2));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(2).toInt(), 2);
    EXPECT_EQ(document.serverErrors().at(0).path, QStringLiteral("offerLines[1].amount"));
    ASSERT_TRUE(document.insertRows(Section::OfferLines, 1, added, ids));
    EXPECT_EQ(document.rowId(Section::OfferLines, 2), ids.at(1)) << "restored, as undo needs";

    EXPECT_FALSE(document.removeRows(Section::OfferLines, 4, 2)) << "past the last row";
    EXPECT_FALSE(document.insertRows(Section::OfferLines, 6, added));
    EXPECT_FALSE(document.insertRows(Section::OfferLines, 0, {}));
    EXPECT_EQ(document.rowCount(Section::OfferLines), 5);
}

// A server error fixed before the draft was saved stays addressed when it is opened again
// (and when it is restored after a crash, which reads the same draft): the value the server
// refused is the one it was sent, kept in the submission the rejection answered, not the
// value the draft holds now.
TEST(Document, anErrorFixedBeforeSavingStaysAddressedOnceOpenedAgain)
{
    const ReadResult read = readDocument(
        leadopp::test::readData(QStringLiteral("drafts/rejected-submission.leadopp.json")));
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    Document opened(read.draft);
    const FieldPath amount = path("offerLines[1].amount");
    const auto errorAt = [](const Document &document, const FieldPath &at) {
        for (const FieldError &error : document.serverErrors()) {
            if (error.path == at.toString())
                return error;
        }
        return FieldError();
    };
    ASSERT_FALSE(errorAt(opened, amount).path.isEmpty());
    ASSERT_FALSE(opened.isAddressed(errorAt(opened, amount)));
    ASSERT_TRUE(opened.setValue(amount, 12400));
    ASSERT_TRUE(opened.isAddressed(errorAt(opened, amount)));

    const ReadResult saved = readDocument(writeDraft(opened.draft()));
    ASSERT_TRUE(saved.ok);
    const Document reopened(saved.draft);
    EXPECT_TRUE(reopened.isAddressed(errorAt(reopened, amount)));
    EXPECT_EQ(reopened.unaddressedErrors().size(), opened.unaddressedErrors().size());
}
