// What a section table hears when issues change: the cells and row headers whose painted
// issue changed, every one of them, and not the rest. A view repaints one cell for a
// one-cell change but all it shows for a larger range, a header change lays the whole view
// out again, and the sort proxy looks at every row of a range: announcing every row made
// each edit that raised or cleared a problem cost milliseconds, growing with the rows.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"
#include "ui/session/fieldissue.h"
#include "ui/session/rowfindings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QUndoStack>
#include <functional>
#include <gtest/gtest.h>

using namespace leadopp;
using core::FieldPath;
using core::Section;
using Model = ui::SectionTableModel;

namespace {

constexpr int kRows = 30;

// The issue kind the table paints in each cell and row header (-1: none).
struct Painted {
    QList<QList<int>> cells;
    QList<int> headers;
};

int kindOf(const QVariant &kind)
{
    return kind.isValid() ? kind.toInt() : -1;
}

Painted paintedIssues(const Model &model)
{
    Painted painted;
    for (int row = 0; row < model.rowCount(); ++row) {
        QList<int> cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(kindOf(model.index(row, column).data(Model::IssueKindRole)));
        painted.cells.append(cells);
        painted.headers.append(kindOf(model.headerData(row, Qt::Vertical, Model::IssueKindRole)));
    }
    return painted;
}

// The cells and row headers announced while `change` ran.
struct Announced {
    QSet<std::pair<int, int>> cells;
    QSet<int> headers;
};

Announced announcedDuring(Model &model, const std::function<void()> &change)
{
    Announced announced;
    const auto cells = QObject::connect(
        &model, &QAbstractItemModel::dataChanged, &model,
        [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                    announced.cells.insert({ row, column });
            }
        });
    const auto headers = QObject::connect(&model, &QAbstractItemModel::headerDataChanged, &model,
                                          [&](Qt::Orientation, int first, int last) {
                                              for (int row = first; row <= last; ++row)
                                                  announced.headers.insert(row);
                                          });
    change();
    QObject::disconnect(cells);
    QObject::disconnect(headers);
    return announced;
}

QJsonObject offerLineRecord()
{
    QJsonObject record = test::bigDraftRecord({ kRows, 0, 0 });
    record.remove(QStringLiteral("customerContacts"));
    record.remove(QStringLiteral("partnerContacts"));
    return record;
}

class IssueNewsTest : public ::testing::Test
{
protected:
    QModelIndex cell(int row, const char *member)
    {
        return model.index(row, model.columnOf(QString::fromLatin1(member)));
    }

    // Runs `change`, then checks that every cell and header whose painted issue changed was
    // announced, and that nothing was announced outside `rows` (the rows the change may
    // touch: its own, and those whose issues changed).
    void expectAnnounced(const std::function<void()> &change, const QSet<int> &rows)
    {
        const Painted before = paintedIssues(model);
        const Announced announced = announcedDuring(model, change);
        const Painted after = paintedIssues(model);
        ASSERT_EQ(before.cells.size(), after.cells.size());
        int changed = 0;
        for (int row = 0; row < after.cells.size(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                if (before.cells.at(row).at(column) == after.cells.at(row).at(column))
                    continue;
                ++changed;
                EXPECT_TRUE(announced.cells.contains({ row, column }))
                    << "cell " << row << "," << column << " changed unannounced";
            }
            if (before.headers.at(row) != after.headers.at(row)) {
                ++changed;
                EXPECT_TRUE(announced.headers.contains(row))
                    << "row header " << row << " changed unannounced";
            }
        }
        EXPECT_GT(changed, 0) << "the change changed nothing";
        for (const auto &[row, column] : announced.cells)
            EXPECT_TRUE(rows.contains(row)) << "cell " << row << "," << column << " announced";
        for (const int row : announced.headers)
            EXPECT_TRUE(rows.contains(row)) << "row header " << row << " announced";
    }

    // The same for a row command shifting rows as `shift` says: every cell and header whose
    // painted issue changed, other than by moving with its row, was announced after it.
    void expectRowCommandAnnounced(const std::function<void()> &command, const ui::RowShift &shift)
    {
        const Painted before = paintedIssues(model);
        const Announced announced = announcedDuring(model, command);
        const Painted after = paintedIssues(model);
        int checked = 0;
        for (int row = 0; row < before.cells.size(); ++row) {
            const int now = shift.newRow(row);
            if (now < 0)
                continue;
            ++checked;
            for (int column = 0; column < model.columnCount(); ++column) {
                if (before.cells.at(row).at(column) != after.cells.at(now).at(column)) {
                    EXPECT_TRUE(announced.cells.contains({ now, column }))
                        << "cell " << now << "," << column << " changed unannounced";
                }
            }
            if (before.headers.at(row) != after.headers.at(now)) {
                EXPECT_TRUE(announced.headers.contains(now))
                    << "row header " << now << " changed unannounced";
            }
        }
        EXPECT_GT(checked, 0);
    }

    core::Document document { core::readDocument(QJsonDocument(offerLineRecord()).toJson()).draft };
    ui::EditSession session { &document };
    Model model { &session, Section::OfferLines };
};

} // namespace

TEST_F(IssueNewsTest, anEditRaisingOrClearingAnErrorAnnouncesItsCellsOnly)
{
    ASSERT_TRUE(session.findings().isEmpty());
    const Announced raised = announcedDuring(
        model, [&] { model.setData(cell(12, "amount"), QStringLiteral("12.400,00")); });
    EXPECT_EQ(kindOf(cell(12, "amount").data(Model::IssueKindRole)), int(ui::IssueKind::Error));
    ASSERT_TRUE(raised.cells.contains({ 12, model.columnOf(QStringLiteral("amount")) }));
    for (const auto &[row, column] : raised.cells)
        EXPECT_EQ(row, 12);
    EXPECT_TRUE(raised.headers.isEmpty()); // the row itself has no issue of its own
    expectAnnounced([&] { model.setData(cell(12, "amount"), 12400); }, { 12 });
    expectAnnounced([&] { model.setData(cell(3, "revenueType"), QStringLiteral("upfront")); },
                    { 3 });
}

// A repeated offer line is a finding on the row: its header shows it.
TEST_F(IssueNewsTest, aDuplicateRowAnnouncesTheRowHeadersItConcerns)
{
    const QJsonObject second = document.row(Section::OfferLines, 2);
    expectAnnounced(
        [&] {
            session.setValue(FieldPath::parse(QStringLiteral("offerLines[7]")), second,
                             ui::EditSession::Edit::Choice);
        },
        { 2, 7 });
    EXPECT_NE(kindOf(model.headerData(7, Qt::Vertical, Model::IssueKindRole)), -1);
    expectAnnounced([&] { session.undoStack()->undo(); }, { 2, 7 });
}

TEST_F(IssueNewsTest, serverErrorsTheirAddressingAndTheirClearingAreAnnounced)
{
    const core::FieldError cellError { QStringLiteral("offerLines[4].amount"),
                                       core::MatchKind::Exact, QStringLiteral("too high"),
                                       QStringLiteral("E7"),
                                       QStringLiteral("offerLines[4].amount") };
    const core::FieldError rowError { QStringLiteral("offerLines[9]"),
                                      core::MatchKind::Exact,
                                      QStringLiteral("row refused"),
                                      {},
                                      QStringLiteral("offerLines[9]") };
    expectAnnounced(
        [&] {
            document.setRejection(core::Rejection { 400, {}, {}, {}, "{}" },
                                  { cellError, rowError });
        },
        { 4, 9 });
    expectAnnounced([&] { model.setData(cell(4, "amount"), 5); }, { 4 });
    EXPECT_EQ(kindOf(cell(4, "amount").data(Model::IssueKindRole)),
              int(ui::IssueKind::AddressedServer));
    expectAnnounced([&] { document.clearRejection(); }, { 4, 9 });
}

// Rows a command moves keep their issues without being announced again; the news after
// it, and after the next edit, names only what changed.
TEST_F(IssueNewsTest, rowCommandsMoveTheFlaggedRowsWithoutAnnouncingThem)
{
    const int amount = model.columnOf(QStringLiteral("amount"));
    model.setData(cell(20, "amount"), QStringLiteral("x"));
    model.setData(cell(25, "amount"), QStringLiteral("y"));
    const Announced removed
        = announcedDuring(model, [&] { session.removeRow(Section::OfferLines, 5); });
    EXPECT_TRUE(removed.cells.isEmpty());
    EXPECT_TRUE(removed.headers.isEmpty());
    EXPECT_EQ(kindOf(cell(19, "amount").data(Model::IssueKindRole)), int(ui::IssueKind::Error));
    EXPECT_EQ(kindOf(cell(24, "amount").data(Model::IssueKindRole)), int(ui::IssueKind::Error));
    expectAnnounced([&] { model.setData(cell(0, "amount"), QStringLiteral("z")); }, { 0 });
    const Announced moved
        = announcedDuring(model, [&] { session.moveRow(Section::OfferLines, 19, 2); });
    EXPECT_TRUE(moved.cells.isEmpty());
    EXPECT_EQ(kindOf(model.index(2, amount).data(Model::IssueKindRole)), int(ui::IssueKind::Error));
    session.undoStack()->undo(); // the move
    session.undoStack()->undo(); // the edit of row 0
    session.undoStack()->undo(); // the removal
    EXPECT_EQ(kindOf(cell(20, "amount").data(Model::IssueKindRole)), int(ui::IssueKind::Error));
    EXPECT_EQ(kindOf(cell(25, "amount").data(Model::IssueKindRole)), int(ui::IssueKind::Error));
    expectAnnounced([&] { model.setData(cell(25, "amount"), 3); }, { 25 });
}

// A flagged row moved past other flagged rows keeps its issues unannounced too: the rows'
// issues are kept in row order through the move.
TEST_F(IssueNewsTest, aFlaggedRowMovedPastOtherFlaggedRowsIsNotAnnounced)
{
    const int amount = model.columnOf(QStringLiteral("amount"));
    model.setData(cell(10, "amount"), QStringLiteral("x"));
    model.setData(cell(20, "amount"), QStringLiteral("y"));
    const Announced moved
        = announcedDuring(model, [&] { session.moveRow(Section::OfferLines, 20, 5); });
    EXPECT_TRUE(moved.cells.isEmpty());
    EXPECT_TRUE(moved.headers.isEmpty());
    EXPECT_EQ(kindOf(model.index(5, amount).data(Model::IssueKindRole)), int(ui::IssueKind::Error));
    EXPECT_EQ(kindOf(model.index(11, amount).data(Model::IssueKindRole)),
              int(ui::IssueKind::Error));
    expectAnnounced([&] { model.setData(cell(0, "amount"), QStringLiteral("z")); }, { 0 });
}

// A row command that makes or ends a duplicate changes the issues of rows it does not move:
// the session names them, and the table announces them.
TEST_F(IssueNewsTest, rowCommandsThatMakeOrEndADuplicateAnnounceTheRowsConcerned)
{
    using Kind = ui::RowShift::Kind;
    const auto lines = Section::OfferLines;
    const QJsonObject third = document.row(lines, 3);
    expectRowCommandAnnounced([&] { session.insertRow(lines, 10, third); },
                              { Kind::Insert, 10, 10 });
    const auto repeated = [&](int row) {
        return kindOf(model.headerData(row, Qt::Vertical, Model::IssueKindRole)) != -1;
    };
    ASSERT_TRUE(repeated(3) || repeated(10));
    expectRowCommandAnnounced([&] { session.moveRow(lines, 10, 1); }, { Kind::Move, 10, 1 });
    expectRowCommandAnnounced([&] { session.removeRow(lines, 1); }, { Kind::Remove, 1, 1 });
    EXPECT_FALSE(repeated(2)); // row 3, one up, repeats nothing any more
    expectRowCommandAnnounced([&] { session.undoStack()->undo(); }, { Kind::Insert, 1, 1 });
    EXPECT_TRUE(repeated(1) || repeated(4));
}
