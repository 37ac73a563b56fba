// The Problems list keeps its entries by row: a row command renumbers, removes and moves
// the entries of the rows it shifts and reads again only the rows whose issues changed,
// and the texts that name row numbers are written anew when read. Whatever the commands,
// the list reads exactly as one built afresh on the same session.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "strictmodeltester.h"
#include "ui/models/errorlistmodel.h"
#include "ui/session/editsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leadopp;
using core::FieldPath;
using core::Section;
using Model = ui::ErrorListModel;

namespace {

constexpr int kLines = 60;
constexpr int kContacts = 20;

core::FieldError serverError(const QString &path, core::MatchKind match)
{
    return { path, match, QStringLiteral("refused at ") + path, QStringLiteral("E1"), path };
}

// Every row as the list shows it: each column's text and tool tip, and the roles.
QStringList rowsOf(const Model &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < Model::ColumnCount; ++column)
            cells.append(model.index(row, column).data().toString());
        const QModelIndex first = model.index(row, 0);
        cells << first.data(Qt::ToolTipRole).toString() << first.data(Model::PathRole).toString()
              << QString::number(first.data(Model::AddressedRole).toBool())
              << QString::number(first.data(Model::SeverityRole).toInt())
              << QString::number(first.data(Model::SourceRole).toInt())
              << QString::number(first.data(Model::IssueKindRole).toInt())
              << model.pathAt(row).toString() << model.issueAt(row).message
              << model.issueAt(row).rawPath << QString::number(model.openOrdinal(row));
        rows.append(cells.join(u'|'));
    }
    return rows;
}

QList<int> countsOf(const Model &model)
{
    QList<int> counts { model.errorCount(), model.warningCount(), model.openCount() };
    for (int section = 0; section <= int(Section::PartnerContacts); ++section) {
        const Model::SectionCounts of = model.countsForSection(Section(section));
        counts << of.errors << of.warnings;
    }
    return counts;
}

class ErrorListRowsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.setRejection(
            core::Rejection { 400, {}, {}, {}, "{}" },
            { serverError({}, core::MatchKind::Record),
              serverError(QStringLiteral("offerLines[4].amount"), core::MatchKind::Exact),
              serverError(QStringLiteral("offerLines[30]"), core::MatchKind::Partial),
              serverError(QStringLiteral("customerContacts[7].email"), core::MatchKind::Exact),
              serverError(QStringLiteral("offerLines[50].amount"), core::MatchKind::Exact) });
    }

    // The list against one built afresh on the session as it is now.
    void expectAsBuiltAfresh(const char *after)
    {
        const Model fresh(&session);
        ASSERT_EQ(model.rowCount(), fresh.rowCount()) << after;
        const QStringList kept = rowsOf(model);
        const QStringList built = rowsOf(fresh);
        for (int row = 0; row < kept.size(); ++row)
            ASSERT_EQ(kept.at(row).toStdString(), built.at(row).toStdString()) << after;
        EXPECT_EQ(countsOf(model), countsOf(fresh)) << after;
    }

    QJsonObject rowOf(Section section, int row) { return document.row(section, row); }

    static QJsonObject record() { return test::bigDraftRecord({ kLines, kContacts, 5 }); }

    core::Document document { core::readDocument(QJsonDocument(record()).toJson()).draft };
    ui::EditSession session { &document };
    Model model { &session };
    test::StrictModelTester tester { &model };
};

} // namespace

// A duplicate names the number of the row it repeats: moving that row up past others
// changes the text of a duplicate below the move, whose own row keeps its number.
TEST_F(ErrorListRowsTest, aDuplicateBelowAMoveNamesTheRepeatedRowsNewNumber)
{
    const auto lines = Section::OfferLines;
    session.setValue(FieldPath::parse(u"offerLines[40]"), rowOf(lines, 20),
                     ui::EditSession::Edit::Choice);
    const QStringList before = rowsOf(model); // every text written for the numbers of now
    ASSERT_TRUE(before.join(u'\n').contains(QStringLiteral("Offer line 21")));
    session.moveRow(lines, 20, 10);
    expectAsBuiltAfresh("moving the repeated row up");
    EXPECT_TRUE(rowsOf(model).join(u'\n').contains(QStringLiteral("repeats Offer line 11")))
        << rowsOf(model).join(u'\n').toStdString();
    session.removeRow(lines, 0);
    expectAsBuiltAfresh("removing a row above both");
    session.undoStack()->undo();
    session.undoStack()->undo();
    expectAsBuiltAfresh("undoing both");
}

// A server error the rep addressed stays addressed when its row is removed, and waits on
// its section until an undo brings the row back: the news names no row for it, the list
// reads the section's own issues again after every row command.
TEST_F(ErrorListRowsTest, anAddressedServerErrorOfARemovedRowWaitsOnItsSection)
{
    const auto kindsAt = [this](const QString &path) {
        QList<int> kinds;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(Model::PathRole).toString() == path)
                kinds.append(model.index(row, 0).data(Model::IssueKindRole).toInt());
        }
        return kinds;
    };
    const int addressed = int(ui::IssueKind::AddressedServer);
    session.setValue(FieldPath::parse(u"offerLines[4].amount"), 7);
    ASSERT_TRUE(kindsAt(QStringLiteral("offerLines[4].amount")).contains(addressed));
    session.removeRow(Section::OfferLines, 4);
    EXPECT_TRUE(kindsAt(QStringLiteral("offerLines")).contains(addressed));
    expectAsBuiltAfresh("removing its row");
    session.undoStack()->undo();
    EXPECT_FALSE(kindsAt(QStringLiteral("offerLines")).contains(addressed));
    expectAsBuiltAfresh("bringing its row back");
}

// A row command is told as the rows it removes, moves or inserts and one ranged
// dataChanged for the renumbered ones after them: no reset, no row removed and inserted
// again for a renumbered problem.
TEST_F(ErrorListRowsTest, aRowCommandIsAnnouncedAsItsRowsNotAsAReset)
{
    const auto lines = Section::OfferLines;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int rows = model.rowCount();
    QPersistentModelIndex server;
    for (int row = 0; row < rows; ++row) {
        if (model.index(row, 0).data(Model::PathRole) == QStringLiteral("offerLines[50].amount"))
            server = model.index(row, 0);
    }
    ASSERT_TRUE(server.isValid());
    session.insertRow(lines, 2, QJsonObject { { QStringLiteral("amount"), QStringLiteral("x") } });
    EXPECT_GE(inserted.count(), 1);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_GT(model.rowCount(), rows);
    EXPECT_EQ(server.data(Model::PathRole).toString(), QStringLiteral("offerLines[51].amount"))
        << "a renumbered problem keeps its row";
    inserted.clear();
    changed.clear();
    session.removeRow(lines, 2);
    EXPECT_GE(removed.count(), 1);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(server.data(Model::PathRole).toString(), QStringLiteral("offerLines[50].amount"));
    removed.clear();
    changed.clear();
    session.moveRow(lines, 50, 3); // the row of a server error, past others flagged
    EXPECT_GE(moved.count(), 1);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(server.data(Model::PathRole).toString(), QStringLiteral("offerLines[3].amount"));
    expectAsBuiltAfresh("the three commands");
}

// Random inserts (copies make duplicates), removes, moves, edits, undo and redo in two
// sections, read now and then: the list always reads as one built afresh, and the model
// tester finds every announcement sound.
TEST_F(ErrorListRowsTest, randomCommandsKeepTheListAsBuiltAfresh)
{
    QRandomGenerator random(20261201);
    const Section sections[] = { Section::OfferLines, Section::CustomerContacts };
    for (int step = 0; step < 300; ++step) {
        const Section section = sections[random.bounded(2)];
        const int rows = document.rowCount(section);
        const int row = int(random.bounded(rows));
        const int other = int(random.bounded(rows));
        switch (random.bounded(7)) {
        case 0:
            session.insertRow(section, row, rowOf(section, other));
            break;
        case 1:
            session.insertRow(section, row, { { QStringLiteral("amount"), QStringLiteral("x") } });
            break;
        case 2:
            if (rows > 5)
                session.removeRow(section, row);
            break;
        case 3:
            session.moveRow(section, row, other);
            break;
        case 4:
            session.undoStack()->undo();
            break;
        case 5:
            session.undoStack()->redo();
            break;
        default:
            session.setValue(
                FieldPath().member(core::FieldCatalogue::section(section)->key).index(row),
                rowOf(section, other), ui::EditSession::Edit::Choice);
        }
        if (random.bounded(3) == 0)
            expectAsBuiltAfresh(qPrintable(QStringLiteral("step %1").arg(step)));
        if (HasFatalFailure())
            return;
    }
    session.settleValidation();
    expectAsBuiltAfresh("the end");
}
