// A click on a table header sorts the view, never the record; row commands, typing, F8
// and the Problems list still land on the record row they mean.
#include "core/translators.h"
#include "ui/models/errorlistmodel.h"
#include "windowdriver.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QToolTip>
#include <QTranslator>

using namespace leadopp;
using test::f8To;
using test::press;
using test::type;
using test::valueAt;

namespace {

class EditorSorting : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::openAndShow(window, test::kRejectedDraft);
        table = window.currentView()->table(core::Section::OfferLines);
        QTabBar *tabs = window.currentView()->sectionTabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        ASSERT_EQ(window.currentView()->sectionTabs()->currentWidget(), table);
    }

    void clickHeader(const char *member, ui::SectionTableWidget *in = nullptr)
    {
        in = in ? in : table;
        QHeaderView *header = in->view()->horizontalHeader();
        const int column = in->model()->columnOf(QString::fromLatin1(member));
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    QString offerShownAt(int viewRow) const
    {
        return table->view()->model()->index(viewRow, 0).data().toString();
    }
    int recordRowOfCurrent() const
    {
        return table->sortModel()->mapToSource(table->view()->currentIndex()).row();
    }

    ui::MainWindow window;
    ui::SectionTableWidget *table = nullptr;
};

const QString kDesign = QStringLiteral("3DEXPERIENCE_Design/Engineering_On_Premise");
const QString kSimulation = QStringLiteral("3DEXPERIENCE_Simulation_Cloud");

} // namespace

TEST_F(EditorSorting, headerClicksSortTheViewOnlyAndAThirdClickRestoresRecordOrder)
{
    const QJsonValue before = valueAt(window, "offerLines");
    clickHeader("offerNameId");
    clickHeader("offerNameId"); // descending: Simulation first
    EXPECT_EQ(offerShownAt(0), kSimulation);
    EXPECT_EQ(table->view()->model()->headerData(0, Qt::Vertical).toInt(), 2)
        << "the row header keeps the record position";
    EXPECT_EQ(valueAt(window, "offerLines"), before) << "the record keeps its order";
    EXPECT_FALSE(window.isWindowModified());
    clickHeader("offerNameId");
    EXPECT_EQ(offerShownAt(0), kDesign);
    EXPECT_EQ(table->view()->horizontalHeader()->sortIndicatorSection(), -1);
}

TEST_F(EditorSorting, f8TypingAndRowCommandsLandOnTheRecordRowInASortedView)
{
    clickHeader("offerNameId");
    clickHeader("offerNameId"); // view row 0 is record row 1
    ASSERT_TRUE(f8To(window, "offerLines[1].amount"));
    EXPECT_EQ(table->view()->currentIndex().row(), 0) << "shown first, record row 2";
    EXPECT_EQ(recordRowOfCurrent(), 1);
    type(&window, QStringLiteral("12400"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(12400));
    EXPECT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(48500));

    press(&window, Qt::Key_D, Qt::ControlModifier); // duplicate record row 1
    ASSERT_EQ(table->model()->rowCount(), 3);
    EXPECT_EQ(valueAt(window, "offerLines[2].offerNameId").toString(), kSimulation);
    EXPECT_EQ(recordRowOfCurrent(), 2) << "the copy is the current row";
    press(&window, Qt::Key_Delete, Qt::ControlModifier); // removes the copy, not row 0
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId").toString(), kDesign);
    EXPECT_EQ(valueAt(window, "offerLines[1].offerNameId").toString(), kSimulation);
}

TEST_F(EditorSorting, moveUpAndDownAreRefusedWhileSortedAndSayHowToMoveRows)
{
    clickHeader("offerNameId");
    clickHeader("offerNameId"); // view row 0 is record row 1
    const QJsonValue before = valueAt(window, "offerLines");
    table->view()->setFocus();
    table->view()->setCurrentIndex(table->view()->model()->index(0, 0));
    QToolTip::hideText();
    press(&window, Qt::Key_Up, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
    EXPECT_TRUE(QToolTip::text().startsWith(QStringLiteral("The rows are shown sorted by Offer.")))
        << QToolTip::text().toStdString();
    press(&window, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(valueAt(window, "offerLines"), before) << "no move the rep could not see";
    EXPECT_EQ(recordRowOfCurrent(), 1) << "nor a move of the cursor";
    EXPECT_FALSE(window.isWindowModified());
    QToolTip::hideText();

    clickHeader("offerNameId"); // the record's order again
    table->view()->setFocus();
    table->view()->setCurrentIndex(table->viewIndex(1, 0));
    press(&window, Qt::Key_Up, Qt::AltModifier); // record row 1 becomes row 0
    EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId").toString(), kSimulation);
    EXPECT_EQ(recordRowOfCurrent(), 0);
    EXPECT_EQ(offerShownAt(0), kSimulation);
}

TEST_F(EditorSorting, problemsListAndCellIssuesFollowTheSortedRows)
{
    clickHeader("offerNameId");
    clickHeader("offerNameId");
    const int revenue = table->model()->columnOf(QStringLiteral("revenueType"));
    // The record's row 2 has the unknown revenue type; shown first, it carries the issue.
    EXPECT_TRUE(table->view()
                    ->model()
                    ->index(0, revenue)
                    .data(ui::SectionTableModel::IssueKindRole)
                    .isValid());
    EXPECT_FALSE(table->view()
                     ->model()
                     ->index(1, revenue)
                     .data(ui::SectionTableModel::IssueKindRole)
                     .isValid());
    auto *list = window.findChild<QTableView *>(QStringLiteral("errorList"));
    auto *problems = qobject_cast<ui::ErrorListModel *>(list->model());
    int row = 0;
    while (row < problems->rowCount()
           && problems->pathAt(row).toString() != QStringLiteral("offerLines[1].revenueType"))
        ++row;
    ASSERT_LT(row, problems->rowCount());
    const QModelIndex problem = problems->index(row, ui::ErrorListModel::FieldColumn);
    list->scrollTo(problem);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(problem).center());
    EXPECT_EQ(QApplication::focusWidget(), table->view());
    EXPECT_EQ(table->view()->currentIndex(), table->view()->model()->index(0, revenue));
}

namespace {

// The bundled draft's two offer lines (48,500 and the wrong "12.400,00") with more after
// them: amounts whose shown texts sort otherwise than their numbers, and an empty cell.
void addAmounts(ui::MainWindow &window, ui::SectionTableWidget *table)
{
    ui::EditSession *session = window.currentView()->session();
    const QList<QJsonValue> amounts
        = { 9, 1152.5, QJsonValue(QJsonValue::Undefined), 100, 10068.5, 2000 };
    for (const QJsonValue &amount : amounts) {
        QJsonObject line { { QStringLiteral("offerNameId"), kDesign } };
        if (!amount.isUndefined())
            line.insert(QStringLiteral("amount"), amount);
        session->insertRow(core::Section::OfferLines, table->model()->rowCount(), line);
    }
}

// The value the cell of `member` holds in the row the view shows at `viewRow`.
QJsonValue storedAt(ui::SectionTableWidget *table, int viewRow, const char *member = "amount")
{
    const int column = table->model()->columnOf(QString::fromLatin1(member));
    return table->view()
        ->model()
        ->index(viewRow, column)
        .data(ui::SectionTableModel::JsonValueRole)
        .value<QJsonValue>();
}

QList<QJsonValue> amountsShown(ui::SectionTableWidget *table)
{
    QList<QJsonValue> amounts;
    for (int row = 0; row < table->view()->model()->rowCount(); ++row)
        amounts.append(storedAt(table, row));
    return amounts;
}

} // namespace

TEST_F(EditorSorting, amountsSortAsNumbersWrongEntriesAfterThemAndEmptyCellsLastEitherWay)
{
    addAmounts(window, table);
    const QJsonValue none(QJsonValue::Undefined);
    const QJsonValue wrong(QStringLiteral("12.400,00"));
    clickHeader("amount");
    EXPECT_EQ(amountsShown(table),
              QList<QJsonValue>({ 9, 100, 1152.5, 2000, 10068.5, 48500, wrong, none }));
    clickHeader("amount");
    EXPECT_EQ(amountsShown(table),
              QList<QJsonValue>({ wrong, 48500, 10068.5, 2000, 1152.5, 100, 9, none }));
    EXPECT_EQ(valueAt(window, "offerLines[2].amount"), QJsonValue(9))
        << "the record keeps its order";
}

TEST_F(EditorSorting, anAmountTypedInASortedTableIsStoredOnItsRowWhichMovesToItsPlace)
{
    addAmounts(window, table);
    clickHeader("amount"); // 9, record row 2, is shown first
    const QModelIndex first = table->view()->model()->index(0, 1);
    QTest::mouseClick(table->view()->viewport(), Qt::LeftButton, {},
                      table->view()->visualRect(first).center());
    ASSERT_EQ(recordRowOfCurrent(), 2);
    type(&window, QStringLiteral("50000"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[2].amount"), QJsonValue(50000));
    EXPECT_EQ(storedAt(table, 0), QJsonValue(100));
    EXPECT_EQ(storedAt(table, 5), QJsonValue(50000)) << "after 48,500, before the texts";
    EXPECT_EQ(recordRowOfCurrent(), 2) << "the current cell goes with its row";
}

TEST_F(EditorSorting, textsSortInTheRepsLanguageIgnoringCaseWithTheirNumbersReadAsNumbers)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ui::SectionTableWidget *contacts = window.currentView()->table(core::Section::CustomerContacts);
    QTabWidget *tabs = window.currentView()->sectionTabs();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                      tabs->tabBar()->tabRect(tabs->indexOf(contacts)).center());
    for (const char *name :
         { "zoë", "Kontakt 10", "Eduard", "élodie", "anna", "Kontakt 2", "Ärger" }) {
        window.currentView()->session()->insertRow(
            core::Section::CustomerContacts, contacts->model()->rowCount(),
            { { QStringLiteral("lastName"), QString::fromUtf8(name) } });
    }
    clickHeader("lastName", contacts);
    QStringList shown;
    const int column = contacts->model()->columnOf(QStringLiteral("lastName"));
    for (int row = 0; row < contacts->view()->model()->rowCount(); ++row)
        shown.append(contacts->view()->model()->index(row, column).data().toString());
    QLocale::setDefault(before);
    EXPECT_EQ(shown,
              QStringList({ QStringLiteral("Albers"), QStringLiteral("anna"),
                            QStringLiteral("Ärger"), QStringLiteral("Eduard"),
                            QStringLiteral("élodie"), QStringLiteral("Kontakt 2"),
                            QStringLiteral("Kontakt 10"), QStringLiteral("zoë") }));
}

TEST_F(EditorSorting, choicesSortByTheLabelTheRepReadsNotByTheirCode)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_TRUE(core::installTranslators(*qApp, german));
    for (const char *code : { "SERVICES_SIGNING", "SUPPORT_SERVICES", "RENTAL_BOOKING" }) {
        window.currentView()->session()->insertRow(
            core::Section::OfferLines, table->model()->rowCount(),
            { { QStringLiteral("offerNameId"), kDesign },
              { QStringLiteral("revenueType"), QString::fromLatin1(code) } });
    }
    clickHeader("revenueType");
    QStringList shown;
    const int column = table->model()->columnOf(QStringLiteral("revenueType"));
    for (int row = 0; row < table->view()->model()->rowCount(); ++row)
        shown.append(table->model()->shownText(column, storedAt(table, row, "revenueType")));
    qDeleteAll(qApp->findChildren<QTranslator *>());
    QLocale::setDefault(QLocale::system());
    // By code: RENTAL (the draft's unknown one), Mietbuchung, Dienstleistungsabschluss, ...
    EXPECT_EQ(shown,
              QStringList({ QStringLiteral("Dienstleistungsabschluss"),
                            QStringLiteral("Einmalzahlung"), QStringLiteral("Mietbuchung"),
                            QStringLiteral("RENTAL"), QStringLiteral("Supportleistungen") }));
}

// A whole list replaced at once with another number of rows (as a refresh from the server
// may) resets the table: the rows are sorted again by their new values, not by keys kept
// from before.
TEST_F(EditorSorting, aSortedTableWhoseRowsAreReplacedSortsTheNewValues)
{
    addAmounts(window, table);
    clickHeader("amount");
    QJsonArray lines = valueAt(window, "offerLines").toArray();
    lines.removeLast();
    for (qsizetype row = 0; row < lines.size(); ++row) {
        QJsonObject line = lines.at(row).toObject();
        line.insert(QStringLiteral("amount"), double(10 * (lines.size() - row)));
        lines.replace(row, line);
    }
    window.currentView()->session()->setValue(test::path("offerLines"), lines);
    EXPECT_EQ(amountsShown(table), QList<QJsonValue>({ 10, 20, 30, 40, 50, 60, 70 }));
    EXPECT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(70))
        << "the record keeps its order";
}

namespace {

// Sixty lines with amounts 100 to 6,000: more than the table shows at once. `shuffled`
// gives the amounts in another order than the rows' (line n: (37 n mod 60 + 1) x 100), so
// rows next to each other in record order are far apart sorted.
QJsonObject draftOfSixtyLines(bool shuffled = false)
{
    QJsonArray lines;
    for (int line = 1; line <= 60; ++line)
        lines.append(QJsonObject {
            { QStringLiteral("offerNameId"), QStringLiteral("CATIA_X") },
            { QStringLiteral("amount"), (shuffled ? line * 37 % 60 + 1 : line) * 100 } });
    return { { QStringLiteral("format"), QStringLiteral("leadopp-draft") },
             { QStringLiteral("version"), 1 },
             { QStringLiteral("record"),
               QJsonObject { { QStringLiteral("offerLines"), lines } } } };
}

} // namespace

/// Sixty lines open and sorted by amount, ascending, the cell of `viewRow` current.
class EditorSortingSixty : public ::testing::Test
{
protected:
    void open(bool shuffled, int viewRow)
    {
        test::openAndShowDraft(window, dir, "sixty.leadopp.json", draftOfSixtyLines(shuffled));
        table = window.currentView()->table(core::Section::OfferLines);
        window.currentView()->sectionTabs()->setCurrentWidget(table);
        QHeaderView *header = table->view()->horizontalHeader();
        amount = table->model()->columnOf(QStringLiteral("amount"));
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(amount) + 10, header->height() / 2));
        ASSERT_EQ(header->sortIndicatorSection(), amount);
        QTableView *view = table->view();
        view->scrollTo(view->model()->index(viewRow, amount));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(viewRow, amount)).center());
        ASSERT_EQ(view->currentIndex().row(), viewRow);
    }

    ui::MainWindow window;
    QTemporaryDir dir;
    ui::SectionTableWidget *table = nullptr;
    int amount = -1;
};

TEST_F(EditorSortingSixty, aRowAnEditMovesOutOfSightIsScrolledTo)
{
    open(false, 0);
    QTableView *view = table->view();
    ASSERT_EQ(test::valueAt(window, "offerLines[0].amount"), QJsonValue(100));
    test::type(&window, QStringLiteral("99999"));
    test::press(&window, Qt::Key_Return);
    ASSERT_EQ(test::valueAt(window, "offerLines[0].amount"), QJsonValue(99999));
    EXPECT_EQ(view->currentIndex().row(), 59) << "the row went last, the current cell with it";
    EXPECT_TRUE(view->viewport()->rect().contains(view->visualRect(view->currentIndex())))
        << "and the view shows it";
}

TEST_F(EditorSortingSixty, removingARowInASortedTableLeavesTheNextShownRowCurrent)
{
    open(true, 10); // amount 1,100
    QTableView *view = table->view();
    const QModelIndex next = view->model()->index(11, amount);
    const int nextRecordRow = table->sortModel()->mapToSource(next).row();
    ASSERT_EQ(next.data(ui::SectionTableModel::JsonValueRole).value<QJsonValue>(),
              QJsonValue(1200));
    test::press(&window, Qt::Key_Delete, Qt::ControlModifier);
    ASSERT_EQ(window.currentView()->document()->rowCount(core::Section::OfferLines), 59);
    EXPECT_EQ(view->currentIndex().row(), 10) << "the same place in the view";
    EXPECT_EQ(view->currentIndex().data(ui::SectionTableModel::JsonValueRole).value<QJsonValue>(),
              QJsonValue(1200))
        << "the row shown after the removed one, record row " << nextRecordRow;
}
