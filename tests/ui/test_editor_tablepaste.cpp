// Pasting into a table cell from the keyboard: Ctrl+V stores what typing the clipboard's text
// would, a cell copied from the same field pastes its value (not the text it shows), and
// what cannot be stored is said at the cell, with the record left as it was. A block copied
// from a spreadsheet fills the cells from the current one as one edit. Delete clears a cell
// and Ctrl+X cuts it, each one undoable edit.
#include "windowdriver.h"

#include "core/validation/validator.h"

#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QToolTip>
#include <QUndoStack>

using namespace leadopp;
using test::f8To;
using test::press;
using test::valueAt;

namespace {

class EditorTablePaste : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::openAndShow(window, test::kRejectedDraft);
        table = window.currentView()->table(core::Section::OfferLines);
        // The second line's amount, "12.400,00": text where the API wants a number.
        ASSERT_TRUE(f8To(window, "offerLines[1].amount"));
        ASSERT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(QStringLiteral("12.400,00")));
        QToolTip::hideText();
    }

    void setClipboard(const QString &text) { QGuiApplication::clipboard()->setText(text); }

    /// The amount of the record's offer line `recordRow`, wherever a sorted view shows it.
    QJsonValue amountOf(int recordRow)
    {
        const QByteArray path = QStringLiteral("offerLines[%1].amount").arg(recordRow).toLatin1();
        return valueAt(window, path.constData());
    }

    QString currentPath() const
    {
        return table->view()->currentIndex().data(ui::SectionTableModel::PathRole).toString();
    }

    /// The text of the tooltip a refused paste shows, once it shows; empty when none does.
    static QString refusalShown()
    {
        return QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000) ? QToolTip::text()
                                                                           : QString();
    }

    ui::MainWindow window;
    ui::SectionTableWidget *table = nullptr;
};

} // namespace

TEST_F(EditorTablePaste, ctrlVStoresWhatTypingTheTextWouldAsOneUndoStep)
{
    setClipboard(QStringLiteral("12400\n")); // one cell copied from a spreadsheet
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(12400));
    EXPECT_FALSE(table->view()->indexWidget(table->view()->currentIndex()))
        << "stored, no editor left open";
    EXPECT_TRUE(window.isWindowModified());
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(QStringLiteral("12.400,00")));
}

TEST_F(EditorTablePaste, anAmountCopiedFromAnotherLinePastesItsNumberNotTheTextItShows)
{
    press(&window, Qt::Key_Up); // offerLines[0].amount, 48500
    press(&window, Qt::Key_C, Qt::ControlModifier);
    const QString shown = QGuiApplication::clipboard()->text();
    EXPECT_NE(shown, QStringLiteral("48500")) << "the clipboard's text is the formatted amount";
    press(&window, Qt::Key_Down);
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(48500));
}

TEST_F(EditorTablePaste, inACellBeingEditedAnAmountCopiedPastesAsItsEditorShowsIt)
{
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_C, Qt::ControlModifier);
    press(&window, Qt::Key_Down);
    press(&window, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_TRUE(editor);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(editor->text(), QStringLiteral("48500"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(48500));

    // Text from elsewhere is the editor's own paste, at the cursor.
    setClipboard(QStringLiteral("7"));
    press(&window, Qt::Key_F2);
    press(&window, Qt::Key_End);
    press(&window, Qt::Key_V, Qt::ControlModifier);
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(485007));
}

TEST_F(EditorTablePaste, aChoicePastesByItsLabelAndACopiedChoiceByItsCode)
{
    press(&window, Qt::Key_Right); // offerLines[1].revenueType
    ASSERT_EQ(currentPath(), QStringLiteral("offerLines[1].revenueType"));
    setClipboard(QStringLiteral("upfront"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].revenueType"), QJsonValue(QStringLiteral("UPFRONT")));

    // The label copied into a text cell is the text the rep saw, not the code.
    press(&window, Qt::Key_C, Qt::ControlModifier);
    const int offer = table->model()->columnOf(QStringLiteral("offerNameId"));
    table->view()->setCurrentIndex(table->viewIndex(0, offer));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId"), QJsonValue(QStringLiteral("Upfront")));
}

// An amount as a cell shows it, currency and all (copied out to a spreadsheet and back),
// pastes as its number.
TEST_F(EditorTablePaste, anAmountAsTheCellShowsItPastesAsItsNumber)
{
    const QModelIndex first
        = table->model()->index(0, table->model()->columnOf(QStringLiteral("amount")));
    const QString shown = first.data(Qt::DisplayRole).toString();
    ASSERT_EQ(shown, QStringLiteral("48,500.00 EURO"));
    setClipboard(QStringLiteral("12,400.50 EURO"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(amountOf(1), QJsonValue(12400.5));
    setClipboard(QStringLiteral("12,400.50 USD"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(amountOf(1), QJsonValue(QStringLiteral("12,400.50 USD")))
        << "another currency stays text, as typed, for the checks to refuse";
}

TEST_F(EditorTablePaste, whatCannotBeStoredIsSaidAtTheCellAndNothingChanges)
{
    const QJsonValue before = valueAt(window, "offerLines");
    setClipboard(QStringLiteral("48500\t12400\tx\n")); // three columns from the second-last
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(refusalShown().contains(QStringLiteral("rows of 3 cells")));
    QToolTip::hideText();

    press(&window, Qt::Key_Right);
    setClipboard(QStringLiteral("Lease"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    const QString said = refusalShown();
    EXPECT_TRUE(said.contains(QStringLiteral("“Lease”"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Revenue type"))) << said.toStdString();
    EXPECT_EQ(valueAt(window, "offerLines"), before);
    EXPECT_FALSE(window.currentView()->session()->undoStack()->canUndo());
}

TEST_F(EditorTablePaste, pasteInASortedViewLandsOnTheRowShown)
{
    const int amount = table->model()->columnOf(QStringLiteral("amount"));
    table->view()->horizontalHeader()->setSortIndicator(amount, Qt::DescendingOrder);
    QAbstractItemModel *shown = table->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        table->view()->setCurrentIndex(shown->index(row, amount));
        const int recordRow = table->sortModel()->mapToSource(shown->index(row, amount)).row();
        const QJsonValue other = amountOf(1 - recordRow);
        setClipboard(QString::number(700 + row));
        press(&window, Qt::Key_V, Qt::ControlModifier);
        EXPECT_EQ(amountOf(recordRow), QJsonValue(700 + row)) << "shown row " << row;
        EXPECT_EQ(amountOf(1 - recordRow), other);
    }
}

TEST_F(EditorTablePaste, theMenuOffersPasteWhenTheClipboardHoldsText)
{
    setClipboard(QStringLiteral("9100"));
    press(&window, Qt::Key_F10, Qt::ShiftModifier);
    QMenu *menu = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&menu] {
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu && menu->isVisible();
    }));
    QAction *paste = nullptr;
    for (QAction *action : menu->actions()) {
        if (QString(action->text()).remove(QLatin1Char('&')) == QStringLiteral("Paste"))
            paste = action;
    }
    ASSERT_TRUE(paste);
    EXPECT_TRUE(paste->isEnabled());
    EXPECT_EQ(paste->shortcut(), QKeySequence(QKeySequence::Paste));
    press(&window, Qt::Key_Down); // Cut
    press(&window, Qt::Key_Down); // Copy
    press(&window, Qt::Key_Down); // Paste
    ASSERT_EQ(menu->activeAction(), paste);
    press(&window, Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([] { return !QApplication::activePopupWidget(); }));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(9100));
}

TEST_F(EditorTablePaste, deleteClearsTheCellAndCtrlZBringsItBack)
{
    press(&window, Qt::Key_Delete);
    EXPECT_TRUE(valueAt(window, "offerLines[1].amount").isUndefined());
    EXPECT_TRUE(window.isWindowModified());
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(QStringLiteral("12.400,00")));

    // In a cell being edited, Delete is the editor's: it deletes a character.
    press(&window, Qt::Key_F2);
    press(&window, Qt::Key_Home);
    press(&window, Qt::Key_Delete);
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(QStringLiteral("2.400,00")));
}

TEST_F(EditorTablePaste, ctrlXCutsACellThatCtrlVPastesElsewhere)
{
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_X, Qt::ControlModifier);
    EXPECT_TRUE(valueAt(window, "offerLines[0].amount").isUndefined());
    EXPECT_TRUE(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("48")));
    press(&window, Qt::Key_Down);
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(48500));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(48500));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(QStringLiteral("12.400,00")));
}

TEST_F(EditorTablePaste, aSpreadsheetBlockFillsTheCellsFromTheCurrentOneAsOneUndoStep)
{
    press(&window, Qt::Key_Up); // offerLines[0].amount
    const QJsonValue before = valueAt(window, "offerLines");
    setClipboard(QStringLiteral("100\tupfront\r\n200,5\tRental booking\r\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(100));
    EXPECT_EQ(valueAt(window, "offerLines[0].revenueType"), QJsonValue(QStringLiteral("UPFRONT")));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(QStringLiteral("200,5")))
        << "as typing it stores it, in an English-speaking editor";
    EXPECT_EQ(valueAt(window, "offerLines[1].revenueType"),
              QJsonValue(QStringLiteral("RENTAL_BOOKING")));
    EXPECT_EQ(window.currentView()->session()->undoStack()->undoText(),
              QStringLiteral("Paste 4 cells"));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines"), before);
}

TEST_F(EditorTablePaste, aCellASpreadsheetQuotedPastesAsItsTextWithoutTheQuoting)
{
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_Left); // offerLines[0].offerNameId
    ASSERT_EQ(currentPath(), QStringLiteral("offerLines[0].offerNameId"));
    // A cell holding quotes, as LibreOffice and Google Sheets copy it; the second row's
    // quotes needed no quoting and are the rep's own.
    setClipboard(QStringLiteral("\"CATIA \"\"X\"\" Design\"\t100\r\n\"Y\"\t200\r\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId"),
              QJsonValue(QStringLiteral("CATIA \"X\" Design")));
    EXPECT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(100));
    EXPECT_EQ(valueAt(window, "offerLines[1].offerNameId"), QJsonValue(QStringLiteral("\"Y\"")));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(200));

    setClipboard(QStringLiteral("\"CATIA \"\"Z\"\"\"\r\n")); // one cell
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId"),
              QJsonValue(QStringLiteral("CATIA \"Z\"")));

    // One cell with a line break, as Excel copies it: one value, and not one this field
    // takes. Before, its two lines were pasted as two rows.
    const QJsonValue before = valueAt(window, "offerLines");
    setClipboard(QStringLiteral("\"CATIA\nDesign\"\r\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(refusalShown().startsWith(QStringLiteral("Offer takes a single line")));
    EXPECT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(valueAt(window, "offerLines"), before);
}

TEST_F(EditorTablePaste, aBlockWithACellThatCannotBeStoredStoresNothingAndNamesTheCell)
{
    press(&window, Qt::Key_Up);
    const QJsonValue before = valueAt(window, "offerLines");
    setClipboard(QStringLiteral("100\n200\tLease\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    const QString said = refusalShown();
    EXPECT_TRUE(said.startsWith(QStringLiteral("Offer line 2 · Revenue type: “Lease”")))
        << said.toStdString();
    EXPECT_EQ(valueAt(window, "offerLines"), before);
    QToolTip::hideText();

    setClipboard(QStringLiteral("100\n200\n300\tLease\n")); // would add a row
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(refusalShown().startsWith(QStringLiteral("Offer line 3 · Revenue type")));
    EXPECT_EQ(table->model()->rowCount(), 2) << "no row added for a refused block";
    EXPECT_EQ(valueAt(window, "offerLines"), before);
}

TEST_F(EditorTablePaste, aBlockLongerThanTheTableAddsTheRowsItNeedsInTheSameUndoStep)
{
    press(&window, Qt::Key_Up); // offerLines[0].amount, of two lines
    const QJsonValue before = valueAt(window, "offerLines");
    setClipboard(QStringLiteral("1\tUpfront\n2\n3\tRental booking\n\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(table->model()->rowCount(), 3) << "one row added; the blank line adds none";
    EXPECT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(1));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(2));
    EXPECT_EQ(valueAt(window, "offerLines[2].amount"), QJsonValue(3));
    EXPECT_EQ(valueAt(window, "offerLines[2].revenueType"),
              QJsonValue(QStringLiteral("RENTAL_BOOKING")));
    EXPECT_TRUE(valueAt(window, "offerLines[2].offerNameId").isUndefined());
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(valueAt(window, "offerLines"), before);
}

// The rows a paste adds below the current one can be moved to at once: Move down is on, and
// Alt+Down swaps the current row with the one the paste added.
TEST_F(EditorTablePaste, afterAPasteThatAddsRowsTheCurrentRowMovesDown)
{
    // offerLines[1].amount, the last of two lines.
    setClipboard(QStringLiteral("12400\n777\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(table->model()->rowCount(), 3);
    ASSERT_EQ(currentPath(), QStringLiteral("offerLines[1].amount"));
    const auto *down = table->findChild<QAction *>(QStringLiteral("offerLinesDownAction"));
    ASSERT_TRUE(down);
    EXPECT_TRUE(down->isEnabled());
    press(&window, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(777));
    EXPECT_EQ(valueAt(window, "offerLines[2].amount"), QJsonValue(12400));
}

TEST_F(EditorTablePaste, aBlockInASortedViewFillsTheRowsAsShownBeforeItSortsThemAgain)
{
    const int amount = table->model()->columnOf(QStringLiteral("amount"));
    window.currentView()->session()->setValue(test::path("offerLines[1].amount"), 12400);
    table->view()->horizontalHeader()->setSortIndicator(amount, Qt::AscendingOrder);
    QAbstractItemModel *shown = table->view()->model();
    const int first = table->sortModel()->mapToSource(shown->index(0, amount)).row();
    const int second = table->sortModel()->mapToSource(shown->index(1, amount)).row();
    ASSERT_EQ(first, 1) << "12,400 shown before 48,500";
    table->view()->setCurrentIndex(shown->index(0, amount));
    // Stored in order, the first value would sort its row below the other one.
    setClipboard(QStringLiteral("99999\n1\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(amountOf(first), QJsonValue(99999));
    EXPECT_EQ(amountOf(second), QJsonValue(1));
}

TEST_F(EditorTablePaste, intoAnEmptyTableABlockFillsNewRowsFromTheFirstColumn)
{
    press(&window, Qt::Key_Delete, Qt::ControlModifier);
    press(&window, Qt::Key_Delete, Qt::ControlModifier);
    ASSERT_EQ(table->model()->rowCount(), 0);
    ASSERT_EQ(QApplication::focusWidget(), table->view());
    setClipboard(QStringLiteral("CATIA_A\t100\tUpfront\nCATIA_B\t200\n"));
    press(&window, Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId"), QJsonValue(QStringLiteral("CATIA_A")));
    EXPECT_EQ(valueAt(window, "offerLines[0].revenueType"), QJsonValue(QStringLiteral("UPFRONT")));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(200));
    EXPECT_EQ(currentPath(), QStringLiteral("offerLines[0].offerNameId")) << "where it went";
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(table->model()->rowCount(), 0);
}

// Thousands of lines from a spreadsheet are one insertion of rows, not one per cell: the
// live checks (duplicates, wrong amounts) end where a check of the whole record does.
TEST_F(EditorTablePaste, aLongBlockAddsItsRowsAtOnceAndTheChecksAgreeWithAFullCheck)
{
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_Left); // offerLines[0].offerNameId
    QString text;
    for (int line = 0; line < 600; ++line) {
        const QString amount = line % 97 == 0 ? QStringLiteral("12,5") : QString::number(line % 50);
        text += QStringLiteral("CATIA_%1\t%2\tUpfront\r\n").arg(line % 40).arg(amount);
    }
    setClipboard(text);
    ui::EditSession *session = window.currentView()->session();
    QSignalSpy inserted(session->document(), &core::Document::rowsInserted);
    press(&window, Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(table->model()->rowCount(), 600);
    EXPECT_EQ(inserted.count(), 1) << "598 rows added as one change";
    EXPECT_EQ(valueAt(window, "offerLines[599].offerNameId"),
              QJsonValue(QStringLiteral("CATIA_39")));
    EXPECT_EQ(valueAt(window, "offerLines[97].amount"), QJsonValue(QStringLiteral("12,5")));
    session->settleValidation();
    const auto checked = [session] {
        return core::validateRecord(session->document()->record(), session->exportMode());
    };
    EXPECT_EQ(session->findings(), checked());
    EXPECT_GT(session->findings().size(), 100) << "repeated lines and wrong amounts";

    press(&window, Qt::Key_Z, Qt::ControlModifier);
    session->settleValidation();
    EXPECT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(session->findings(), checked());
}
