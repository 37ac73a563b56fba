// The Problems list names every problem by label and place ("Reasons lost · 1", "Offer
// line 2 · Amount"), never by path, in form order; a click or F8 lands on the field.
#include "ui/errors/errordock.h"
#include "ui/models/errorlistmodel.h"
#include "windowdriver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace leadopp;
using test::press;

namespace {

// Unknown reason codes (items 1 and 3), a placeholder competitor, a bad close date and a
// text amount: problems on list items, on fields and on a row.
QJsonObject draftWithListProblems()
{
    const QJsonObject opportunity {
        { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("CRM-1") },
        { QStringLiteral("name"), QStringLiteral("Press line") },
        { QStringLiteral("closeDate"), QStringLiteral("soon") },
        { QStringLiteral("reasonLost"),
          QJsonArray { QStringLiteral("PRICE"), QStringLiteral("FUNC_GAP"),
                       QStringLiteral("TOO_LATE") } },
        { QStringLiteral("competitors"), QJsonArray { QStringLiteral("string") } },
    };
    const QJsonArray offerLines { QJsonObject {
        { QStringLiteral("offerNameId"), QStringLiteral("3DEXPERIENCE_Platform") },
        { QStringLiteral("amount"), QStringLiteral("twelve") } } };
    return { { QStringLiteral("format"), QStringLiteral("leadopp-draft") },
             { QStringLiteral("version"), 1 },
             { QStringLiteral("record"),
               QJsonObject {
                   { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("XJSR-DZMFFT") },
                   { QStringLiteral("leadOpportunity"), opportunity },
                   { QStringLiteral("offerLines"), offerLines } } } };
}

class EditorProblemNames : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::openAndShowDraft(window, dir, "lists.leadopp.json", draftWithListProblems());
        list = window.findChild<QTableView *>(QStringLiteral("errorList"));
        ASSERT_NE(list, nullptr);
    }

    QStringList names() const
    {
        QStringList shown;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            shown.append(
                list->model()->index(row, ui::ErrorListModel::FieldColumn).data().toString());
        return shown;
    }

    void clickRow(const QString &name)
    {
        const int row = int(names().indexOf(name));
        ASSERT_GE(row, 0) << name.toStdString();
        const QModelIndex index = list->model()->index(row, ui::ErrorListModel::FieldColumn);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }

    QTemporaryDir dir;
    ui::MainWindow window;
    QTableView *list = nullptr;
};

} // namespace

TEST_F(EditorProblemNames, listItemsAreNamedByLabelAndPlaceInFormOrder)
{
    const QStringList shown = names();
    const QStringList expected { QStringLiteral("Close date"), QStringLiteral("Reasons lost · 1"),
                                 QStringLiteral("Reasons lost · 3"),
                                 QStringLiteral("Competitors · 1"),
                                 QStringLiteral("Offer line 1 · Amount") };
    QStringList inOrder;
    for (const QString &name : shown) {
        if (expected.contains(name))
            inOrder.append(name);
        EXPECT_FALSE(name.contains(u'[')) << "a path shown as a name: " << name.toStdString();
    }
    EXPECT_EQ(inOrder, expected) << shown.join(QStringLiteral(" | ")).toStdString();
}

TEST_F(EditorProblemNames, clickingAListItemProblemAndF8LandOnTheFields)
{
    clickRow(QStringLiteral("Reasons lost · 3"));
    QWidget *reasons
        = window.findChild<QListWidget *>(QStringLiteral("leadOpportunity_reasonLost"));
    EXPECT_EQ(QApplication::focusWidget(), reasons);
    press(&window, Qt::Key_F8);
    EXPECT_EQ(QApplication::focusWidget(),
              window.findChild<QPlainTextEdit *>(QStringLiteral("leadOpportunity_competitors")))
        << "the next problem after the reasons is the competitor";
    press(&window, Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), reasons);
    press(&window, Qt::Key_F8);
    press(&window, Qt::Key_F8);
    auto *table = window.currentView()->table(core::Section::OfferLines);
    EXPECT_EQ(QApplication::focusWidget(), table->view());
    EXPECT_EQ(table->view()->currentIndex().data(ui::SectionTableModel::PathRole).toString(),
              QStringLiteral("offerLines[0].amount"));
}

// A problem the rep's typing solves leaves the list. The list then says so, instead of
// passing off the problem that took its row as the one the rep is on, and F8 goes on from
// the field the rep is in.
TEST_F(EditorProblemNames, aSolvedProblemIsSaidSolvedAndF8GoesOnFromTheField)
{
    auto *summary = window.findChild<QLabel *>(QStringLiteral("errorSummary"));
    ASSERT_NE(summary, nullptr);
    ASSERT_TRUE(test::f8To(window, "offerLines[0].amount"));
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Problem ")))
        << summary->text().toStdString();
    test::type(&window, QStringLiteral("12"));
    press(&window, Qt::Key_Return);
    ASSERT_EQ(test::valueAt(window, "offerLines[0].amount"), QJsonValue(12));
    EXPECT_FALSE(names().contains(QStringLiteral("Offer line 1 · Amount")));
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("This problem is solved · ")))
        << summary->text().toStdString();
    EXPECT_FALSE(list->currentIndex().isValid()) << "no other problem passed off as this one";
    // The amount was the last problem in form order: F8 wraps to the first one.
    press(&window, Qt::Key_F8);
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Problem 1 of ")))
        << summary->text().toStdString();
}

// A row inserted above a server error moves it: the Path column says where it is now, as
// the Field column does, and its tooltip how the server wrote it.
TEST(EditorProblemPaths, pathColumnFollowsARowInsertAndTheTooltipKeepsTheServersPath)
{
    ui::MainWindow window;
    test::openAndShow(window, test::kRejectedDraft);
    ASSERT_TRUE(test::f8To(window, "offerLines[1].amount"));
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_Insert, Qt::ControlModifier);
    const QAbstractItemModel *problems
        = window.findChild<QTableView *>(QStringLiteral("errorList"))->model();
    int moved = -1;
    int unmoved = -1;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const QModelIndex path = problems->index(row, ui::ErrorListModel::PathColumn);
        if (path.data(ui::ErrorListModel::SourceRole).toInt()
            != int(ui::ErrorListModel::Source::Server))
            continue;
        if (path.data().toString() == QStringLiteral("offerLines[2].amount"))
            moved = row;
        if (path.data().toString() == QStringLiteral("leadOpportunity.closeDate"))
            unmoved = row;
    }
    ASSERT_GE(moved, 0) << "the server's offerLines[1].amount, now on offer line 3";
    ASSERT_GE(unmoved, 0);
    EXPECT_EQ(problems->index(moved, ui::ErrorListModel::FieldColumn).data().toString(),
              QStringLiteral("Offer line 3 · Amount"));
    const QString tip
        = problems->index(moved, ui::ErrorListModel::PathColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("“offerLines[1].amount”"))) << tip.toStdString();
    EXPECT_FALSE(problems->index(unmoved, ui::ErrorListModel::PathColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("server wrote")));
}
