#include "ui/session/editsession.h"

#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leadopp;
using core::FieldPath;
using core::Section;

namespace {

FieldPath path(const char *text)
{
    return FieldPath::parse(QString::fromLatin1(text));
}

QJsonObject offerLine(const QString &offer, double amount)
{
    return { { QStringLiteral("offerNameId"), offer }, { QStringLiteral("amount"), amount } };
}

core::Draft sampleDraft()
{
    core::Draft draft;
    draft.record = QJsonObject {
        { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("LO-1") },
        { QStringLiteral("leadOpportunity"),
          QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1") },
                        { QStringLiteral("name"), QStringLiteral("Plant") } } },
        { QStringLiteral("offerLines"),
          QJsonArray { offerLine(QStringLiteral("A"), 10), offerLine(QStringLiteral("B"), 20),
                       offerLine(QStringLiteral("C"), 30) } },
    };
    return draft;
}

class SessionTest : public ::testing::Test
{
protected:
    core::Document document { sampleDraft() };
    ui::EditSession session { &document };
    QUndoStack *stack() { return session.undoStack(); }
    QString name() { return document.value(path("leadOpportunity.name")).toString(); }
    QString offerAt(int row)
    {
        return document.row(Section::OfferLines, row)
            .value(QStringLiteral("offerNameId"))
            .toString();
    }
};

} // namespace

TEST_F(SessionTest, setValue_undoRestoresOldValue_redoReappliesIt)
{
    EXPECT_TRUE(session.setValue(path("leadOpportunity.name"), QStringLiteral("Mill")));
    EXPECT_EQ(name(), QStringLiteral("Mill"));
    ASSERT_EQ(stack()->count(), 1);
    stack()->undo();
    EXPECT_EQ(name(), QStringLiteral("Plant"));
    stack()->redo();
    EXPECT_EQ(name(), QStringLiteral("Mill"));
}

TEST_F(SessionTest, setValue_samePathConsecutively_mergesIntoOneStep)
{
    session.setValue(path("leadOpportunity.name"), QStringLiteral("M"));
    session.setValue(path("leadOpportunity.name"), QStringLiteral("Mi"));
    session.setValue(path("leadOpportunity.name"), QStringLiteral("Mill"));
    EXPECT_EQ(stack()->count(), 1);
    stack()->undo();
    EXPECT_EQ(name(), QStringLiteral("Plant"));
}

TEST_F(SessionTest, setValue_differentPath_breaksTheMerge)
{
    session.setValue(path("leadOpportunity.name"), QStringLiteral("Mill"));
    session.setValue(path("leadOpportunity.description"), QStringLiteral("x"));
    session.setValue(path("leadOpportunity.name"), QStringLiteral("Mill 2"));
    EXPECT_EQ(stack()->count(), 3);
    stack()->undo();
    EXPECT_EQ(name(), QStringLiteral("Mill"));
}

TEST_F(SessionTest, setValue_rowCommandInBetween_breaksTheMerge)
{
    session.setValue(path("offerLines[0].amount"), 11);
    session.insertRow(Section::OfferLines, 3);
    session.setValue(path("offerLines[0].amount"), 12);
    EXPECT_EQ(stack()->count(), 3);
    stack()->undo();
    EXPECT_EQ(document.value(path("offerLines[0].amount")).toDouble(), 11);
}

TEST_F(SessionTest, setValue_backToOriginal_dropsTheStep)
{
    session.setValue(path("leadOpportunity.name"), QStringLiteral("Mill"));
    session.setValue(path("leadOpportunity.name"), QStringLiteral("Plant"));
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_FALSE(session.isModified());
}

TEST_F(SessionTest, setValue_sameValue_pushesNothing)
{
    EXPECT_TRUE(session.setValue(path("leadOpportunity.name"), QStringLiteral("Plant")));
    EXPECT_EQ(stack()->count(), 0);
}

TEST_F(SessionTest, setValue_pathThroughAText_failsAndPushesNothing)
{
    EXPECT_FALSE(session.setValue(path("leadOpportunity.name.first"), QStringLiteral("x")));
    EXPECT_FALSE(session.setValue(FieldPath::parse(u"[bad"), QStringLiteral("x")));
    EXPECT_EQ(stack()->count(), 0);
}

TEST_F(SessionTest, setValue_undefined_removesMemberAndUndoBringsItBack)
{
    session.setValue(path("leadOpportunity.name"), QJsonValue(QJsonValue::Undefined));
    EXPECT_FALSE(document.record()
                     .value(QStringLiteral("leadOpportunity"))
                     .toObject()
                     .contains(QStringLiteral("name")));
    stack()->undo();
    EXPECT_EQ(name(), QStringLiteral("Plant"));
}

// What the server accepted becomes the draft's base outside the undo history: undoing an
// edit sent before changes the record, never the base (the server holds what it holds),
// and the new base makes the draft differ from its file.
TEST_F(SessionTest, setBase_isNoEdit_undoLeavesTheBase)
{
    EXPECT_TRUE(session.setValue(path("leadOpportunity.name"), QStringLiteral("Mill")));
    session.markSaved();
    const core::ServerBase base { document.record(), QDateTime(QDate(2026, 3, 2), QTime(10, 0)),
                                  QStringLiteral("sandbox") };
    session.setBase(base);
    EXPECT_EQ(document.draft().base, base);
    EXPECT_EQ(stack()->count(), 1);
    EXPECT_TRUE(session.isModified());

    stack()->undo();
    EXPECT_EQ(name(), QStringLiteral("Plant"));
    EXPECT_EQ(document.draft().base, base);
}
