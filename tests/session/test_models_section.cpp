#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"

#include "strictmodeltester.h"
#include "testsupport.h"

#include <QBrush>
#include <QIcon>
#include <QJsonArray>
#include <QSignalSpy>
#include <QUndoStack>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leadopp;
using core::FieldPath;
using core::Section;
using Model = ui::SectionTableModel;

namespace {

QJsonObject offerLine(const QString &offer, const QJsonValue &amount)
{
    return { { QStringLiteral("offerNameId"), offer }, { QStringLiteral("amount"), amount } };
}

core::Draft sampleDraft()
{
    core::Draft draft;
    draft.record = QJsonObject {
        { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("LO-1") },
        { QStringLiteral("leadOpportunity"),
          QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1") } } },
        { QStringLiteral("offerLines"),
          QJsonArray { offerLine(QStringLiteral("A"), 10), offerLine(QStringLiteral("B"), 20),
                       offerLine(QStringLiteral("C"), 30) } },
    };
    return draft;
}

class SectionModelTest : public ::testing::Test
{
protected:
    QModelIndex cell(int row, const char *member)
    {
        return model.index(row, model.columnOf(QString::fromLatin1(member)));
    }

    core::Document document { sampleDraft() };
    ui::EditSession session { &document };
    Model model { &session, Section::OfferLines };
    test::StrictModelTester tester { &model };
};

} // namespace

TEST_F(SectionModelTest, columns_areTheEditableCatalogueFields)
{
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), core::FieldCatalogue::fieldsOf(Section::OfferLines).size());
    EXPECT_EQ(model.headerData(model.columnOf(QStringLiteral("amount")), Qt::Horizontal).toString(),
              QStringLiteral("Amount"));
    Model contacts(&session, Section::CustomerContacts);
    EXPECT_EQ(contacts.columnCount(), 6);
    EXPECT_EQ(contacts.rowCount(), 0);
}

TEST_F(SectionModelTest, data_showsValuesAndSetDataGoesThroughTheUndoStack)
{
    EXPECT_EQ(cell(1, "offerNameId").data().toString(), QStringLiteral("B"));
    EXPECT_EQ(cell(1, "amount").data().toDouble(), 20.0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.setData(cell(1, "amount"), QStringLiteral("25")));
    EXPECT_EQ(document.value(FieldPath::parse(u"offerLines[1].amount")), QJsonValue(25));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    EXPECT_EQ(cell(1, "amount").data().toDouble(), 20.0);
}

TEST_F(SectionModelTest, setData_emptyOnMissingMember_changesNothing)
{
    EXPECT_TRUE(model.setData(cell(0, "revenueType"), QString()));
    EXPECT_EQ(session.undoStack()->count(), 0);
}

TEST_F(SectionModelTest, rowCommands_signalTheModelAndPassTheTester)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    session.insertRow(Section::OfferLines, 1, offerLine(QStringLiteral("N"), 1));
    session.duplicateRow(Section::OfferLines, 0);
    session.moveRow(Section::OfferLines, 0, 4);
    session.moveRow(Section::OfferLines, 3, 1);
    session.removeRow(Section::OfferLines, 2);
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(moved.count(), 2);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.rowCount(), 4);
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(0, "offerNameId").data().toString(), QStringLiteral("A"));
    EXPECT_EQ(cell(2, "offerNameId").data().toString(), QStringLiteral("C"));
}

TEST_F(SectionModelTest, moveRow_persistentIndexesFollowTheRow)
{
    const QPersistentModelIndex first(cell(0, "offerNameId"));
    const QPersistentModelIndex last(cell(2, "offerNameId"));
    session.moveRow(Section::OfferLines, 0, 2);
    EXPECT_EQ(first.row(), 2);
    EXPECT_EQ(first.data().toString(), QStringLiteral("A"));
    EXPECT_EQ(last.row(), 1);
    session.moveRow(Section::OfferLines, 2, 0);
    EXPECT_EQ(first.row(), 0);
    EXPECT_EQ(last.row(), 2);
}

TEST_F(SectionModelTest, documentReset_resetsTheModel)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    core::Draft other = sampleDraft();
    other.record.insert(QStringLiteral("offerLines"),
                        QJsonArray { offerLine(QStringLiteral("Z"), 1) });
    document.setDraft(other);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(SectionModelTest, invalidCell_carriesIconTooltipTintAndErrorRole)
{
    const QModelIndex amount = cell(2, "amount");
    EXPECT_FALSE(amount.data(Qt::DecorationRole).isValid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setData(amount, QStringLiteral("lots"));
    EXPECT_EQ(amount.data().toString(), QStringLiteral("lots"));
    EXPECT_FALSE(amount.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(amount.data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(amount.data(Qt::BackgroundRole).canConvert<QBrush>());
    EXPECT_FALSE(amount.data(Model::ErrorRole).toString().isEmpty());
    EXPECT_EQ(amount.data(Model::IssueKindRole).toInt(), int(ui::IssueKind::Error));
    EXPECT_EQ(amount.data(Model::PathRole).toString(), QStringLiteral("offerLines[2].amount"));
    EXPECT_FALSE(cell(1, "amount").data(Qt::DecorationRole).isValid());
    const bool decorationSignalled
        = std::any_of(changed.cbegin(), changed.cend(), [](const auto &args) {
              return args.at(2).template value<QList<int>>().contains(Qt::DecorationRole);
          });
    EXPECT_TRUE(decorationSignalled);
}

TEST_F(SectionModelTest, serverErrors_onCellAndRow_addressedAfterEdit)
{
    core::FieldError cellError { QStringLiteral("offerLines[0].amount"), core::MatchKind::Exact,
                                 QStringLiteral("too high"), QStringLiteral("E7"),
                                 QStringLiteral("offerLines[0].amount") };
    core::FieldError rowError { QStringLiteral("offerLines[1]"),
                                core::MatchKind::Partial,
                                QStringLiteral("row refused"),
                                {},
                                QStringLiteral("offerLine[1].x") };
    document.setRejection(core::Rejection { 400, {}, {}, {}, "{}" }, { cellError, rowError });
    EXPECT_EQ(cell(0, "amount").data(Model::IssueKindRole).toInt(), int(ui::IssueKind::Server));
    EXPECT_TRUE(
        cell(0, "amount").data(Qt::ToolTipRole).toString().contains(QStringLiteral("too high")));
    EXPECT_FALSE(model.headerData(1, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(model.headerData(0, Qt::Vertical, Qt::DecorationRole).isValid());
    model.setData(cell(0, "amount"), 5);
    EXPECT_EQ(cell(0, "amount").data(Model::IssueKindRole).toInt(),
              int(ui::IssueKind::AddressedServer));
    EXPECT_TRUE(
        cell(0, "amount").data(Qt::ToolTipRole).toString().contains(QStringLiteral("addressed")));
}

TEST_F(SectionModelTest, pathForIndex_andIndexForPath_roundTrip)
{
    const QModelIndex index = cell(2, "offerNameId");
    EXPECT_EQ(model.pathForIndex(index).toString(), QStringLiteral("offerLines[2].offerNameId"));
    EXPECT_EQ(model.indexForPath(model.pathForIndex(index)), index);
    EXPECT_EQ(model.indexForPath(FieldPath::parse(u"offerLines[1]")), model.index(1, 0));
    EXPECT_FALSE(model.indexForPath(FieldPath::parse(u"offerLines[7].amount")).isValid());
    EXPECT_FALSE(model.indexForPath(FieldPath::parse(u"leadOpportunity.name")).isValid());
}

TEST_F(SectionModelTest, totalAmount_followsEditsAndRows)
{
    EXPECT_DOUBLE_EQ(model.totalAmount(), 60.0);
    QSignalSpy spy(&model, &Model::totalAmountChanged);
    model.setData(cell(0, "amount"), 15);
    EXPECT_DOUBLE_EQ(model.totalAmount(), 65.0);
    session.removeRow(Section::OfferLines, 2);
    EXPECT_DOUBLE_EQ(model.totalAmount(), 35.0);
    model.setData(cell(1, "amount"), QStringLiteral("n/a"));
    EXPECT_DOUBLE_EQ(model.totalAmount(), 15.0);
    EXPECT_EQ(spy.count(), 3);
}

// The model keeps no copy of the rows: it reads the document, which announces each row
// change before making it. Views are told of a change while the rows are still as they
// knew them, and the issue updates the session sends during a change reach them after it,
// never between its begin and end.
TEST_F(SectionModelTest, rowCommands_viewsHearOfThemBeforeTheDocumentChanges)
{
    bool changing = false;
    int checks = 0;
    const auto before = [&](const char *offer) {
        return [&, offer](const QModelIndex &, int first, int) {
            EXPECT_EQ(cell(first, "offerNameId").data().toString(), QString::fromLatin1(offer));
            changing = true;
            ++checks;
        };
    };
    const auto after = [&] { changing = false; };
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, &model, before("B"));
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
                     [&](const QModelIndex &, int first) {
                         EXPECT_EQ(model.rowCount(), 2); // after the removal, before the insert
                         EXPECT_EQ(cell(first, "offerNameId").data().toString(),
                                   QStringLiteral("C"));
                         changing = true;
                     });
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeMoved, &model, before("A"));
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &model, after);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, after);
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, &model, after);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                     [&](const QModelIndex &, const QModelIndex &bottomRight) {
                         EXPECT_FALSE(changing);
                         EXPECT_LT(bottomRight.row(), model.rowCount());
                         ++checks;
                     });
    QObject::connect(&model, &QAbstractItemModel::headerDataChanged, &model,
                     [&] { EXPECT_FALSE(changing); });
    QJsonObject inserted = offerLine(QStringLiteral("N"), 1);
    inserted.insert(QStringLiteral("revenueType"), QStringLiteral("upfront")); // not a code
    session.removeRow(Section::OfferLines, 1);
    session.insertRow(Section::OfferLines, 1, inserted);
    session.moveRow(Section::OfferLines, 0, 2);
    // Two announcements, and the new row's issue: rows that only move keep theirs unsaid.
    EXPECT_GE(checks, 3);
    EXPECT_EQ(cell(0, "offerNameId").data().toString(), QStringLiteral("N"));
    EXPECT_EQ(cell(1, "offerNameId").data().toString(), QStringLiteral("C"));
    EXPECT_EQ(cell(2, "offerNameId").data().toString(), QStringLiteral("A"));
    EXPECT_DOUBLE_EQ(model.totalAmount(), 41.0);
}

// A value set on a whole row moves the total by that row's old and new amounts.
TEST_F(SectionModelTest, totalAmount_followsAWholeRowSetAndItsUndo)
{
    session.setValue(FieldPath::parse(QStringLiteral("offerLines[1]")),
                     offerLine(QStringLiteral("B"), 200));
    EXPECT_DOUBLE_EQ(model.totalAmount(), 240.0);
    EXPECT_EQ(cell(1, "amount").data(Model::JsonValueRole).value<QJsonValue>(), QJsonValue(200));
    session.undoStack()->undo();
    EXPECT_DOUBLE_EQ(model.totalAmount(), 60.0);
    session.setValue(FieldPath::parse(QStringLiteral("offerLines[2].offerNameId")),
                     QStringLiteral("D"));
    EXPECT_DOUBLE_EQ(model.totalAmount(), 60.0);
}
