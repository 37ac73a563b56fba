#include "ui/session/editsession.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leadopp;
using core::FieldPath;
using core::Section;

namespace {

QJsonObject offerLine(const QString &offer)
{
    return { { QStringLiteral("offerNameId"), offer }, { QStringLiteral("amount"), 1 } };
}

core::Draft sampleDraft()
{
    core::Draft draft;
    QJsonObject odd = offerLine(QStringLiteral("B"));
    odd.insert(QStringLiteral("x-unknown"), QJsonObject { { QStringLiteral("kept"), true } });
    draft.record = QJsonObject {
        { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("LO-1") },
        { QStringLiteral("leadOpportunity"),
          QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1") } } },
        { QStringLiteral("offerLines"),
          QJsonArray { offerLine(QStringLiteral("A")), odd, offerLine(QStringLiteral("C")) } },
    };
    return draft;
}

class SessionRowsTest : public ::testing::Test
{
protected:
    core::Document document { sampleDraft() };
    ui::EditSession session { &document };
    QUndoStack *stack() { return session.undoStack(); }
    QString offers()
    {
        QString text;
        for (int row = 0; row < document.rowCount(Section::OfferLines); ++row)
            text += document.row(Section::OfferLines, row)
                        .value(QStringLiteral("offerNameId"))
                        .toString();
        return text;
    }
};

} // namespace

TEST_F(SessionRowsTest, removeRow_undo_restoresTheExactRowObject)
{
    const QJsonObject before = document.row(Section::OfferLines, 1);
    ASSERT_TRUE(session.removeRow(Section::OfferLines, 1));
    EXPECT_EQ(offers(), QStringLiteral("AC"));
    stack()->undo();
    EXPECT_EQ(offers(), QStringLiteral("ABC"));
    EXPECT_EQ(document.row(Section::OfferLines, 1), before);
    stack()->redo();
    EXPECT_EQ(offers(), QStringLiteral("AC"));
}

TEST_F(SessionRowsTest, insertRow_undoRemovesIt)
{
    ASSERT_TRUE(session.insertRow(Section::OfferLines, 0, offerLine(QStringLiteral("Z"))));
    EXPECT_EQ(offers(), QStringLiteral("ZABC"));
    stack()->undo();
    EXPECT_EQ(offers(), QStringLiteral("ABC"));
}

TEST_F(SessionRowsTest, duplicateRow_insertsCopyBelowWithUnknownMembers)
{
    ASSERT_TRUE(session.duplicateRow(Section::OfferLines, 1));
    EXPECT_EQ(offers(), QStringLiteral("ABBC"));
    EXPECT_EQ(document.row(Section::OfferLines, 2), document.row(Section::OfferLines, 1));
    stack()->undo();
    EXPECT_EQ(offers(), QStringLiteral("ABC"));
}

TEST_F(SessionRowsTest, moveRow_downAndUp_undoRestoresOrder)
{
    ASSERT_TRUE(session.moveRow(Section::OfferLines, 0, 2));
    EXPECT_EQ(offers(), QStringLiteral("BCA"));
    ASSERT_TRUE(session.moveRow(Section::OfferLines, 2, 1));
    EXPECT_EQ(offers(), QStringLiteral("BAC"));
    stack()->undo();
    EXPECT_EQ(offers(), QStringLiteral("BCA"));
    stack()->undo();
    EXPECT_EQ(offers(), QStringLiteral("ABC"));
}

TEST_F(SessionRowsTest, rowCommands_outOfRangeOrObjectSection_failAndPushNothing)
{
    EXPECT_FALSE(session.removeRow(Section::OfferLines, 3));
    EXPECT_FALSE(session.insertRow(Section::OfferLines, 4));
    EXPECT_FALSE(session.moveRow(Section::OfferLines, 0, 3));
    EXPECT_FALSE(session.duplicateRow(Section::OfferLines, -1));
    EXPECT_FALSE(session.insertRow(Section::Opportunity, 0));
    EXPECT_EQ(stack()->count(), 0);
}

TEST_F(SessionRowsTest, modified_followsTheCleanState)
{
    QSignalSpy spy(&session, &ui::EditSession::modifiedChanged);
    EXPECT_FALSE(session.isModified());
    session.removeRow(Section::OfferLines, 0);
    EXPECT_TRUE(session.isModified());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).toBool());
    session.markSaved();
    EXPECT_FALSE(session.isModified());
    stack()->undo();
    EXPECT_TRUE(session.isModified());
    stack()->redo();
    EXPECT_FALSE(session.isModified());
    EXPECT_EQ(spy.count(), 4);
}

TEST_F(SessionRowsTest, markSaved_thenTyping_startsANewStep)
{
    session.setValue(FieldPath::parse(u"offerLines[0].amount"), 2);
    session.markSaved();
    session.setValue(FieldPath::parse(u"offerLines[0].amount"), 3);
    EXPECT_EQ(stack()->count(), 2);
    stack()->undo();
    EXPECT_FALSE(session.isModified());
}

TEST_F(SessionRowsTest, documentReset_clearsHistoryAndModified)
{
    session.removeRow(Section::OfferLines, 0);
    document.setDraft(sampleDraft());
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_FALSE(session.isModified());
}

TEST_F(SessionRowsTest, recordedSubmission_marksModifiedUntilSaved)
{
    QSignalSpy modified(&session, &ui::EditSession::modifiedChanged);
    core::SubmissionAttempt attempt;
    attempt.environment = QStringLiteral("sandbox");
    attempt.status = 400;
    document.appendSubmission(attempt);
    EXPECT_TRUE(session.isModified()) << "an unsaved attempt must prompt before closing";
    ASSERT_EQ(modified.count(), 1);
    EXPECT_TRUE(modified.at(0).at(0).toBool());
    session.markSaved();
    EXPECT_FALSE(session.isModified());
    document.setDraft(document.draft());
    document.appendSubmission(attempt);
    document.setDraft(core::Draft());
    EXPECT_FALSE(session.isModified()) << "opening another draft starts clean";
}
