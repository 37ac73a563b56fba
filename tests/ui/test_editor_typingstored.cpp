// What the rep typed is what is stored, in the moments between typing and leaving a field:
// an undo in the middle of typing, a pick from a completion list, a cell editor opened and
// closed again, one digit of a date changed. Keys into the real window.
#include "ui/widgets/datefield.h"
#include "windowdriver.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QUndoStack>

using namespace leadopp;
using test::press;
using test::type;
using test::valueAt;

namespace {

class TypingStored : public ::testing::Test
{
protected:
    void SetUp() override { test::openAndShow(window, test::kRejectedDraft); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    ui::DocumentView *view() { return window.currentView(); }
    template<typename T> T *child(const char *name)
    {
        return window.findChild<T *>(QString::fromLatin1(name));
    }
    // Selects a cell the way a rep does: the section tab, then the arrow keys from (0, 0).
    void goToCell(core::Section section, int row, const char *member)
    {
        ui::SectionTableWidget *table = view()->table(section);
        view()->sectionTabs()->setCurrentWidget(table);
        table->view()->setFocus(Qt::TabFocusReason);
        table->view()->setCurrentIndex(table->viewIndex(0, 0));
        for (int i = 0; i < row; ++i)
            press(&window, Qt::Key_Down);
        for (int i = 0; i < table->model()->columnOf(QString::fromLatin1(member)); ++i)
            press(&window, Qt::Key_Right);
    }
    // Types `text` over the whole of the field `name`, then leaves it with Tab.
    void retype(const char *name, const QString &text)
    {
        child<QWidget>(name)->setFocus(Qt::TabFocusReason);
        press(&window, Qt::Key_A, Qt::ControlModifier);
        type(&window, text);
        press(&window, Qt::Key_Tab);
    }

    // Types `prefix` over the whole of `field`, then Down and Enter in the completion list.
    void pickFirstCompletion(QLineEdit *field, const QString &prefix)
    {
        field->setFocus(Qt::TabFocusReason);
        press(&window, Qt::Key_A, Qt::ControlModifier);
        type(&window, prefix);
        ASSERT_TRUE(QTest::qWaitFor([&] { return field->completer()->popup()->isVisible(); }));
        press(&window, Qt::Key_Down);
        press(&window, Qt::Key_Return);
    }

    ui::MainWindow window;
};

} // namespace

// Undo in the middle of typing a cell takes back that typing. It used to take back an
// older edit on another tab, and the typing was stored all the same when the cell closed.
TEST_F(TypingStored, undoWhileTypingACellTakesBackTheTypingOnly)
{
    retype("leadOpportunity_name", QStringLiteral("Renamed deal"));
    ASSERT_EQ(valueAt(window, "leadOpportunity.name"), QJsonValue(QStringLiteral("Renamed deal")));
    const QJsonValue amount = valueAt(window, "offerLines[1].amount");
    goToCell(core::Section::OfferLines, 1, "amount");
    press(&window, Qt::Key_F2);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("555"));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "leadOpportunity.name"), QJsonValue(QStringLiteral("Renamed deal")));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), amount);
    press(&window, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(555));
}

// The same in a date field, which stores what is typed when it is left.
TEST_F(TypingStored, undoWhileTypingADateTakesBackTheTypingOnly)
{
    retype("leadOpportunity_name", QStringLiteral("Renamed deal"));
    const QJsonValue closeDate = valueAt(window, "leadOpportunity.closeDate");
    child<QWidget>("leadOpportunity_closeDate")->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("2025-10-01"));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(valueAt(window, "leadOpportunity.name"), QJsonValue(QStringLiteral("Renamed deal")));
    EXPECT_EQ(valueAt(window, "leadOpportunity.closeDate"), closeDate);
}

// A pick from the completion list is what is stored, at once: the field showed "France"
// while "fran" was stored, and a save right then wrote "fran".
TEST_F(TypingStored, aCountryPickedFromTheListIsStoredAsPicked)
{
    view()->sectionTabs()->setCurrentIndex(2); // the customer's legal entity
    auto *country = child<QLineEdit>("customerLegalEntity_country");
    ASSERT_NE(country, nullptr);
    pickFirstCompletion(country, QStringLiteral("fran"));
    EXPECT_EQ(country->text(), QStringLiteral("France"));
    EXPECT_EQ(valueAt(window, "customerLegalEntity.country"), QJsonValue(QStringLiteral("France")));
}

TEST_F(TypingStored, aCurrencyPickedFromTheListIsStoredAsPicked)
{
    auto *currency = child<QLineEdit>("leadOpportunity_currency");
    pickFirstCompletion(currency, QStringLiteral("us"));
    EXPECT_EQ(currency->text(), QStringLiteral("USD"));
    EXPECT_EQ(valueAt(window, "leadOpportunity.currency"), QJsonValue(QStringLiteral("USD")));
}

// A cell editor opened and closed without typing stores nothing new. It showed the number
// in C notation with 15 digits: in German "1.234" (read back as a thousand and more, so
// stored as text and flagged), and 9007199254740992 as 9.00719925474099e+15.
TEST_F(TypingStored, anAmountCellOpenedAndClosedKeepsItsNumber)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    for (const auto &[typed, stored] :
         { std::pair { "1,234", 1.234 }, std::pair { "9007199254740992", 9007199254740992.0 },
           std::pair { "0,1", 0.1 } }) {
        goToCell(core::Section::OfferLines, 0, "amount");
        press(&window, Qt::Key_F2);
        press(&window, Qt::Key_A, Qt::ControlModifier);
        type(&window, QString::fromLatin1(typed));
        press(&window, Qt::Key_Return);
        ASSERT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(stored)) << typed;
        press(&window, Qt::Key_F2);
        press(&window, Qt::Key_Return);
        EXPECT_EQ(valueAt(window, "offerLines[0].amount"), QJsonValue(stored)) << typed;
    }
}

// An amount typed as the cell shows it, with the opportunity's currency in any case, is
// stored as its number; with another currency it stays text and is refused.
TEST_F(TypingStored, anAmountTypedWithItsCurrencyIsStoredAsItsNumber)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    retype("leadOpportunity_currency", QStringLiteral("EUR"));
    for (const auto &[typed, stored] :
         { std::pair { "12.400,50 EUR", QJsonValue(12400.5) },
           std::pair { "1.234,5 eur", QJsonValue(1234.5) },
           std::pair { "100 USD", QJsonValue(QStringLiteral("100 USD")) } }) {
        goToCell(core::Section::OfferLines, 1, "amount");
        press(&window, Qt::Key_F2);
        press(&window, Qt::Key_A, Qt::ControlModifier);
        type(&window, QString::fromUtf8(typed));
        press(&window, Qt::Key_Return);
        EXPECT_EQ(valueAt(window, "offerLines[1].amount"), stored) << typed;
    }
}

// Changing one digit of a date keeps the rest of it: shown to the minute, a stored
// 18:46:51.326 came back as 18:46:00.000 once the rep changed only the day.
TEST_F(TypingStored, changingTheDayOfADateKeepsItsSecondsAndMilliseconds)
{
    ASSERT_TRUE(view()->session()->setValue(test::path("leadOpportunity.nextMilestoneDate"),
                                            QStringLiteral("2025-06-01T18:46:51.326Z")));
    auto *date = child<QLineEdit>("leadOpportunity_nextMilestoneDate");
    date->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(date->text(), QStringLiteral("2025-06-01 18:46:51.326 UTC"));
    press(&window, Qt::Key_Home);
    for (int i = 0; i < 10; ++i)
        press(&window, Qt::Key_Right);
    press(&window, Qt::Key_Backspace);
    type(&window, QStringLiteral("2"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "leadOpportunity.nextMilestoneDate"),
              QJsonValue(QStringLiteral("2025-06-02T18:46:51.326Z")));
}

// An opened draft has the keys at once: the first Tab and Ctrl+PageDown act in it. The focus
// stayed outside it, where the first keys did nothing.
TEST(OpenedDraft, theFirstKeysGoToTheDraft)
{
    ui::MainWindow window;
    test::openAndShow(window, QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(window.currentView()->isAncestorOf(focus)) << focus->objectName().toStdString();
    press(&window, Qt::Key_Tab); // the page, a stop that names the section to a screen reader
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("partnerId"));
    press(&window, Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(window.currentView()->sectionTabs()->currentIndex(), 1);
}

// Tab from the last cell of the last row stores the cell and stays there; it used to go round
// to the first cell with its text selected, where the next key replaced the first row's
// offer. The next Tab leaves the table.
TEST_F(TypingStored, tabFromTheLastCellDoesNotGoRoundToTheFirst)
{
    ui::SectionTableWidget *table = view()->table(core::Section::OfferLines);
    const int rows = table->model()->rowCount();
    const int columns = table->model()->columnCount();
    const QJsonValue firstOffer = valueAt(window, "offerLines[0].offerNameId");
    goToCell(core::Section::OfferLines, rows - 1, "amount");
    for (int column = table->model()->columnOf(QStringLiteral("amount")); column < columns - 1;
         ++column)
        press(&window, Qt::Key_Right);
    press(&window, Qt::Key_F2);
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(table->view()->currentIndex(), table->viewIndex(rows - 1, columns - 1));
    EXPECT_EQ(table->view()->indexWidget(table->view()->currentIndex()), nullptr);
    type(&window, QStringLiteral("X"));
    press(&window, Qt::Key_Escape);
    EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId"), firstOffer);
    press(&window, Qt::Key_Escape);
    table->view()->setFocus(Qt::TabFocusReason);
    table->view()->setCurrentIndex(table->viewIndex(rows - 1, columns - 1));
    press(&window, Qt::Key_Tab);
    EXPECT_FALSE(table->view()->hasFocus());
}

// A list field stores its non-blank lines. Once the rep leaves it, it shows just those, as a
// line edit shows its trimmed text: a blank line left on screen was not in the file saved.
TEST_F(TypingStored, aListFieldShowsWhatWasStoredOnceLeft)
{
    auto *competitors = child<QPlainTextEdit>("leadOpportunity_competitors");
    competitors->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("Acme"));
    press(&window, Qt::Key_Return);
    press(&window, Qt::Key_Return);
    type(&window, QStringLiteral("  Globex "));
    const QJsonValue stored(QJsonArray { QStringLiteral("Acme"), QStringLiteral("Globex") });
    ASSERT_EQ(valueAt(window, "leadOpportunity.competitors"), stored);
    EXPECT_EQ(competitors->toPlainText(), QStringLiteral("Acme\n\n  Globex ")); // as typed
    press(&window, Qt::Key_Tab);
    EXPECT_FALSE(competitors->hasFocus());
    EXPECT_EQ(competitors->toPlainText(), QStringLiteral("Acme\nGlobex"));
    EXPECT_EQ(valueAt(window, "leadOpportunity.competitors"), stored);
}

// Spaces typed over a value stay on screen while the rep types; the value stored is trimmed,
// and the field shows it so once left. The first space used to vanish: it emptied the value,
// and the field was cleared under the cursor.
TEST_F(TypingStored, spacesTypedOverAValueStayWhileTyping)
{
    auto *name = child<QLineEdit>("leadOpportunity_name");
    name->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("  Acme Corp "));
    EXPECT_EQ(name->text(), QStringLiteral("  Acme Corp "));
    EXPECT_EQ(valueAt(window, "leadOpportunity.name"), QJsonValue(QStringLiteral("Acme Corp")));
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(name->text(), QStringLiteral("Acme Corp"));
}
