// F8 / Shift+F8 walk the problems in list order and focus the right widget; activating a
// problem selects a table cell without opening an editor; undo/redo go through the window.
#include "core/catalogue/fieldcatalogue.h"
#include "testsupport.h"
#include "ui/models/errorlistmodel.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/documentview.h"
#include "ui/window/mainwindow.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");

class NavigationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        model = window.currentView()->errorModel();
        list = window.findChild<QTableView *>(QStringLiteral("errorList"));
    }

    // The widget that must hold the focus for a problem path, and whether it does.
    bool focusIsOn(const core::FieldPath &path)
    {
        QWidget *focus = QApplication::focusWidget();
        const core::FieldSpec *spec = core::FieldCatalogue::findByPath(path.toString());
        if (spec && core::FieldCatalogue::section(spec->section)->isArray) {
            auto *table = window.currentView()->table(spec->section);
            return focus == table->view()
                && table->view()->currentIndex()
                == table->sortModel()->mapFromSource(table->model()->indexForPath(path))
                && !table->view()->findChild<QWidget *>(QStringLiteral("cellEditor"));
        }
        QString name = path.toString();
        return focus && focus->objectName() == name.replace(u'.', u'_');
    }

    ui::MainWindow window;
    ui::ErrorListModel *model = nullptr;
    QTableView *list = nullptr;
};

} // namespace

TEST_F(NavigationTest, f8_visitsEveryProblemInListOrderAndWraps)
{
    const int rows = model->rowCount();
    ASSERT_GE(rows, 5);
    for (int step = 0; step <= rows; ++step) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        Qt::Key_F8);
        const int expected = step % rows;
        EXPECT_EQ(list->currentIndex().row(), expected) << "step " << step;
        EXPECT_TRUE(focusIsOn(model->pathAt(expected)))
            << "step " << step << " path " << model->pathAt(expected).toString().toStdString();
    }
}

TEST_F(NavigationTest, shiftF8_goesBackwardsAndWrapsToTheLastProblem)
{
    QTest::keyClick(&window, Qt::Key_F8);
    ASSERT_EQ(list->currentIndex().row(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8, Qt::ShiftModifier);
    const int last = model->rowCount() - 1;
    EXPECT_EQ(list->currentIndex().row(), last);
    EXPECT_TRUE(focusIsOn(model->pathAt(last)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(list->currentIndex().row(), last - 1);
    EXPECT_TRUE(focusIsOn(model->pathAt(last - 1)));
}

TEST_F(NavigationTest, activatingOfferLineProblem_selectsCellWithoutEditor)
{
    const core::FieldPath amount = core::FieldPath::parse(QStringLiteral("offerLines[1].amount"));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->pathAt(r) == amount)
            row = r;
    }
    ASSERT_GE(row, 0);
    Q_EMIT list->activated(model->index(row, 1));
    EXPECT_EQ(window.currentView()->sectionTabs()->currentIndex(), 1);
    EXPECT_TRUE(focusIsOn(amount));
}

TEST_F(NavigationTest, undoRedo_throughWindowActions)
{
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
    ASSERT_NE(name, nullptr);
    const QString original = name->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" v2"));
    EXPECT_EQ(name->text(), original + QStringLiteral(" v2"));
    EXPECT_TRUE(window.isWindowModified());

    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier); // one step: typing merges
    EXPECT_EQ(name->text(), original);
    EXPECT_FALSE(window.isWindowModified());

    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(name->text(), original + QStringLiteral(" v2"));
    window.action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(name->text(), original);
    window.action(QStringLiteral("actionRedo"))->trigger();
    EXPECT_EQ(name->text(), original + QStringLiteral(" v2"));
}

TEST_F(NavigationTest, offerLineRowCommands_areUndoable)
{
    ui::SectionTableWidget *table = window.currentView()->table(core::Section::OfferLines);
    const int rows = table->model()->rowCount();
    table->view()->setCurrentIndex(table->viewIndex(0, 0));
    window.findChild<QAbstractButton *>(QStringLiteral("offerLinesDownButton"))->click();
    EXPECT_EQ(table->view()->currentIndex().row(), 1);
    window.findChild<QAbstractButton *>(QStringLiteral("offerLinesDuplicateButton"))->click();
    EXPECT_EQ(table->model()->rowCount(), rows + 1);
    EXPECT_EQ(table->view()->currentIndex().row(), 2);
    window.action(QStringLiteral("actionUndo"))->trigger();
    window.action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(table->model()->rowCount(), rows);
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(NavigationTest, duplicateMoveAndUndo_keepEveryRowAndRestoreTheTable)
{
    ui::SectionTableWidget *table = window.currentView()->table(core::Section::OfferLines);
    const auto click = [this](const char *name) {
        window.findChild<QAbstractButton *>(QString::fromLatin1(name))->click();
    };
    const int rows = table->model()->rowCount();
    ASSERT_GE(rows, 2);
    for (int start = 0; start < rows; ++start) {
        table->view()->setCurrentIndex(table->viewIndex(start, 0));
        click("offerLinesDuplicateButton");
        click("offerLinesDownButton");
        click("offerLinesUpButton");
        click("offerLinesDownButton");
        ASSERT_EQ(table->model()->rowCount(), rows + 1);
        for (int step = 0; step < 4; ++step)
            window.action(QStringLiteral("actionUndo"))->trigger();
        ASSERT_EQ(table->model()->rowCount(), rows);
        for (int step = 0; step < 4; ++step)
            window.action(QStringLiteral("actionRedo"))->trigger();
        window.currentView()->session()->settleValidation();
        for (int step = 0; step < 4; ++step)
            window.action(QStringLiteral("actionUndo"))->trigger();
    }
    EXPECT_EQ(table->model()->rowCount(), rows);
    EXPECT_FALSE(window.isWindowModified());
}

namespace {

// A first offer line whose amount is text, then three that are the same offer, revenue type
// and amount: rows 3 and 4 repeat row 2, problems on whole rows, which F8 reaches at the
// row's first cell.
QJsonObject draftWithRepeatedRows()
{
    const QJsonObject repeated { { QStringLiteral("offerNameId"), QStringLiteral("CATIA_X") },
                                 { QStringLiteral("amount"), 100 },
                                 { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") } };
    const QJsonObject first { { QStringLiteral("offerNameId"), QStringLiteral("ENOVIA_Y") },
                              { QStringLiteral("amount"), QStringLiteral("twelve") },
                              { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") } };
    return { { QStringLiteral("format"), QStringLiteral("leadopp-draft") },
             { QStringLiteral("version"), 1 },
             { QStringLiteral("record"),
               QJsonObject { { QStringLiteral("offerLines"),
                               QJsonArray { first, repeated, repeated, repeated } } } } };
}

class RowProblemNavigation : public NavigationTest
{
protected:
    void SetUp() override
    {
        test::openAndShowDraft(window, dir, "rows.leadopp.json", draftWithRepeatedRows());
        model = window.currentView()->errorModel();
        list = window.findChild<QTableView *>(QStringLiteral("errorList"));
    }

    int rowProblems() const
    {
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            count += model->issueAt(row).path.endsWith(u']') ? 1 : 0;
        return count;
    }

    void press(Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        Qt::Key_F8, modifiers);
    }

    QTemporaryDir dir;
};

} // namespace

// Landing on a problem about a whole row puts the focus in the row's first cell; the next F8
// goes on from that problem, not from the cell, which would pass the other rows' problems.
TEST_F(RowProblemNavigation, f8AndShiftF8_visitEveryRowProblemInTurn)
{
    const int rows = model->rowCount();
    ASSERT_EQ(rowProblems(), 2) << "rows 3 and 4 repeat row 2";
    for (int step = 0; step <= rows; ++step) {
        press();
        EXPECT_EQ(list->currentIndex().row(), step % rows)
            << "step " << step << ": " << model->issueAt(step % rows).path.toStdString();
    }
    for (int step = 1; step <= rows; ++step) {
        press(Qt::ShiftModifier);
        EXPECT_EQ(list->currentIndex().row(), ((0 - step) % rows + rows) % rows) << "back " << step;
    }
}
