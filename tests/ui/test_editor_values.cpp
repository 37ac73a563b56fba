// Every value is stored exactly as the rep typed it, through every path a rep takes:
// keys, clicks, the wheel and drops into the real window.
#include "core/validation/validator.h"
#include "ui/common/prompt.h"
#include "ui/models/errorlistmodel.h"
#include "ui/widgets/datefield.h"
#include "ui/window/rejectionbar.h"
#include "windowdriver.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMimeData>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWheelEvent>

using namespace leadopp;
using test::f8To;
using test::press;
using test::type;
using test::valueAt;

namespace {

const QString kRejected = test::kRejectedDraft;

class EditorValues : public ::testing::Test
{
protected:
    void SetUp() override { test::openAndShow(window, kRejected); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    ui::DocumentView *view() { return window.currentView(); }
    template<typename T> T *child(const char *name)
    {
        return window.findChild<T *>(QString::fromLatin1(name));
    }
    ui::SectionTableWidget *table(core::Section section) { return view()->table(section); }
    // The calendar popup that has the keyboard, if one is open.
    static QCalendarWidget *openCalendar()
    {
        QWidget *popup = QApplication::activePopupWidget();
        return popup && popup->isVisible() ? popup->findChild<QCalendarWidget *>() : nullptr;
    }

    // Selects a cell the way a rep does: the section tab, then the arrow keys from (0, 0).
    void goToCell(core::Section section, int row, int column)
    {
        ui::SectionTableWidget *sectionTable = table(section);
        view()->sectionTabs()->setCurrentWidget(sectionTable);
        sectionTable->view()->setFocus(Qt::TabFocusReason);
        sectionTable->view()->setCurrentIndex(sectionTable->viewIndex(0, 0));
        for (int i = 0; i < row; ++i)
            press(&window, Qt::Key_Down);
        for (int i = 0; i < column; ++i)
            press(&window, Qt::Key_Right);
    }
    int column(core::Section section, const char *member)
    {
        return table(section)->model()->columnOf(QString::fromLatin1(member));
    }

    ui::MainWindow window;
};

} // namespace

// 1. Dates
TEST_F(EditorValues, typedIsoDateIsStoredOnEnterNotPerKey)
{
    ASSERT_TRUE(f8To(window, "leadOpportunity.closeDate"));
    type(&window, QStringLiteral("2025-09-30"));
    EXPECT_EQ(valueAt(window, "leadOpportunity.closeDate"),
              QJsonValue(QStringLiteral("30.09.2025")))
        << "nothing is stored while typing";
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "leadOpportunity.closeDate").toString(),
              QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(child<QLineEdit>("leadOpportunity_closeDate")->text(),
              QStringLiteral("2025-09-30 UTC"));
}

TEST_F(EditorValues, typedDateWithTimeAndLocaleShortFormCommitOnLeaving)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_TRUE(f8To(window, "leadOpportunity.closeDate"));
    type(&window, QStringLiteral("30.09.2025"));
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(valueAt(window, "leadOpportunity.closeDate").toString(),
              QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_NE(QApplication::focusWidget(), child<QWidget>("leadOpportunity_closeDate"))
        << "one Tab leaves the field";
    auto *milestone = child<QLineEdit>("leadOpportunity_nextMilestoneDate");
    milestone->setFocus(Qt::TabFocusReason);
    type(&window, QStringLiteral("2025-07-09 14:30"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "leadOpportunity.nextMilestoneDate").toString(),
              QStringLiteral("2025-07-09T14:30:00.000Z"));
}

TEST_F(EditorValues, escRevertsBlankStaysBlankAndTypingIntoBlankWorks)
{
    ASSERT_TRUE(f8To(window, "leadOpportunity.closeDate"));
    type(&window, QStringLiteral("2026"));
    press(&window, Qt::Key_Escape);
    EXPECT_EQ(child<QLineEdit>("leadOpportunity_closeDate")->text(), QStringLiteral("30.09.2025"));
    press(&window, Qt::Key_A, Qt::ControlModifier);
    press(&window, Qt::Key_Delete);
    press(&window, Qt::Key_Return);
    EXPECT_TRUE(valueAt(window, "leadOpportunity.closeDate").isUndefined());
    press(&window, Qt::Key_Tab);
    press(&window, Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_TRUE(valueAt(window, "leadOpportunity.closeDate").isUndefined())
        << "visiting a blank date stores nothing";
    type(&window, QStringLiteral("2025-10-01"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "leadOpportunity.closeDate").toString(),
              QStringLiteral("2025-10-01T00:00:00.000Z"));
}

TEST_F(EditorValues, calendarOpensFromTheKeyboardAtTheValueAndPicksWithEnter)
{
    auto *milestone = child<ui::DateField>("leadOpportunity_nextMilestoneDate");
    milestone->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = openCalendar();
    ASSERT_NE(calendar, nullptr) << "Alt+Down opens the calendar";
    EXPECT_EQ(calendar->selectedDate(), QDate(2025, 7, 8));
    EXPECT_EQ(valueAt(window, "leadOpportunity.nextMilestoneDate").toString(),
              QStringLiteral("2025-07-08T09:00:00.000Z"))
        << "opening stores nothing";
    press(&window, Qt::Key_Right);
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "leadOpportunity.nextMilestoneDate").toString(),
              QStringLiteral("2025-07-09T09:00:00.000Z"));
    EXPECT_EQ(QApplication::focusWidget(), milestone);
    press(&window, Qt::Key_F4);
    ASSERT_NE(openCalendar(), nullptr) << "F4 opens it too";
    press(&window, Qt::Key_Escape);
    EXPECT_EQ(valueAt(window, "leadOpportunity.nextMilestoneDate").toString(),
              QStringLiteral("2025-07-09T09:00:00.000Z"));
}

TEST_F(EditorValues, blankDateCalendarStartsToday)
{
    auto *close = child<ui::DateField>("leadOpportunity_closeDate");
    close->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    press(&window, Qt::Key_Backspace);
    press(&window, Qt::Key_Return);
    ASSERT_TRUE(valueAt(window, "leadOpportunity.closeDate").isUndefined());
    press(&window, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = openCalendar();
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(calendar->selectedDate(), QDate::currentDate());
    EXPECT_TRUE(valueAt(window, "leadOpportunity.closeDate").isUndefined());
    press(&window, Qt::Key_Escape);
}

// 2. A completion popup never outlives its field.
TEST_F(EditorValues, completionPopupClosesOnF8AndNextKeysReachTheNextProblem)
{
    ASSERT_TRUE(f8To(window, "leadOpportunity.currency"));
    type(&window, QStringLiteral("EUR"));
    auto *currency = child<QLineEdit>("leadOpportunity_currency");
    ASSERT_TRUE(currency->completer()->popup()->isVisible()) << "precondition: popup open";
    press(&window, Qt::Key_F8);
    EXPECT_FALSE(currency->completer()->popup()->isVisible());
    type(&window, QStringLiteral("12400"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "leadOpportunity.currency"), QJsonValue(QStringLiteral("EUR")));
    EXPECT_EQ(valueAt(window, "offerLines[1].amount").toVariant().toString(),
              QStringLiteral("12400"));
}

TEST_F(EditorValues, completionPopupNeverTypesIntoAHiddenTab)
{
    view()->sectionTabs()->setCurrentIndex(2);
    auto *country = child<QLineEdit>("customerLegalEntity_country");
    country->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("Germ"));
    ASSERT_TRUE(country->completer()->popup()->isVisible());
    press(&window, Qt::Key_F8);
    type(&window, QStringLiteral("2"));
    EXPECT_EQ(valueAt(window, "customerLegalEntity.country"), QJsonValue(QStringLiteral("Germ")));
}

// 3. Row commands store the open cell first, as their own undo step.
TEST_F(EditorValues, rowCommandsCommitTheOpenCell)
{
    const int name = column(core::Section::OfferLines, "offerNameId");
    struct Command {
        Qt::Key key;
        Qt::KeyboardModifiers modifiers;
    };
    for (const Command command :
         { Command { Qt::Key_D, Qt::ControlModifier }, Command { Qt::Key_Down, Qt::AltModifier },
           Command { Qt::Key_Delete, Qt::ControlModifier } }) {
        goToCell(core::Section::OfferLines, 0, name);
        type(&window, QStringLiteral("CATIA_X"));
        const int steps = view()->session()->undoStack()->index();
        press(&window, command.key, command.modifiers);
        EXPECT_EQ(view()->session()->undoStack()->index(), steps + 2)
            << "the edit and the command are two steps (key " << command.key << ")";
        view()->session()->undoStack()->undo();
        EXPECT_EQ(valueAt(window, "offerLines[0].offerNameId"),
                  QJsonValue(QStringLiteral("CATIA_X")));
        view()->session()->undoStack()->undo();
    }
}

// A new row starts at its first cell, wherever the current cell was: what is typed next is
// the row's offer, not its revenue type.
TEST_F(EditorValues, aNewRowStartsAtItsFirstCell)
{
    goToCell(core::Section::OfferLines, 1, column(core::Section::OfferLines, "revenueType"));
    press(&window, Qt::Key_Insert, Qt::ControlModifier);
    type(&window, QStringLiteral("CATIA_X"));
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(valueAt(window, "offerLines[2].offerNameId"), QJsonValue(QStringLiteral("CATIA_X")));
    EXPECT_NE(valueAt(window, "offerLines[2].revenueType"), QJsonValue(QStringLiteral("CATIA_X")));
}

// 4. A cell stores an invalid value and flags it.
TEST_F(EditorValues, cellStoresAnInvalidEmailAndFlagsIt)
{
    goToCell(core::Section::CustomerContacts, 0, column(core::Section::CustomerContacts, "email"));
    press(&window, Qt::Key_F2);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("jana.albers@stanzwerk"));
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(valueAt(window, "customerContacts[0].email"),
              QJsonValue(QStringLiteral("jana.albers@stanzwerk")));
    EXPECT_FALSE(
        view()->session()->findingsAt(QStringLiteral("customerContacts[0].email")).isEmpty());
}

// 5. The wheel never edits a field without the focus.
TEST_F(EditorValues, wheelOverAnUnfocusedComboScrollsInsteadOfEditing)
{
    auto *status = child<QComboBox>("leadOpportunity_status");
    child<QWidget>("leadOpportunity_name")->setFocus(Qt::TabFocusReason);
    const QPointF at(status->width() / 2.0, status->height() / 2.0);
    QWheelEvent wheel(at, status->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(status, &wheel);
    EXPECT_EQ(valueAt(window, "leadOpportunity.status"), QJsonValue(QStringLiteral("OPPY_OPEN")));
    EXPECT_EQ(view()->session()->undoStack()->count(), 0);
}

// 9. The editor's problems are validateRecord's at every moment.
TEST_F(EditorValues, newDraftProblemsEqualTheCommandLineValidation)
{
    press(&window, Qt::Key_N, Qt::ControlModifier);
    auto *partnerId = child<QWidget>("leadOpportunity_partnerLeadOpportunityId");
    ui::EditSession *session = window.currentView()->session();
    window.currentView()->sectionTabs()->setCurrentIndex(0);
    partnerId = window.currentView()->findChild<QWidget *>(
        QStringLiteral("leadOpportunity_partnerLeadOpportunityId"));
    partnerId->setFocus(Qt::TabFocusReason);
    type(&window, QStringLiteral("CRM-1"));
    const auto expected
        = core::validateRecord(window.currentView()->document()->record(), session->exportMode());
    EXPECT_EQ(session->findings().size(), expected.size());
    for (const core::Finding &finding : expected)
        EXPECT_TRUE(session->findings().contains(finding)) << finding.path.toStdString();
    window.currentView()->sectionTabs()->setCurrentIndex(2);
    auto *company
        = window.currentView()->findChild<QWidget *>(QStringLiteral("customerLegalEntity_name"));
    company->setFocus(Qt::TabFocusReason);
    type(&window, QStringLiteral("Stanzwerk"));
    const auto withCompany
        = core::validateRecord(window.currentView()->document()->record(), session->exportMode());
    EXPECT_EQ(session->findings(), withCompany);
    EXPECT_FALSE(session->findingsAt(QStringLiteral("customerLegalEntity.city")).isEmpty());
}

// 10. A server error stays with its row.
TEST_F(EditorValues, serverErrorsFollowTheirRowThroughMoveAndRemoveUndo)
{
    const auto kindAt = [this](const char *text) {
        for (const ui::FieldIssue &issue : view()->session()->issuesAt(QString::fromLatin1(text))) {
            if (issue.isServer())
                return int(issue.kind);
        }
        return -1;
    };
    goToCell(core::Section::OfferLines, 1, 0);
    press(&window, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(kindAt("offerLines[0].amount"), int(ui::IssueKind::Server));
    EXPECT_EQ(kindAt("offerLines[1].amount"), -1);
    press(&window, Qt::Key_Down);
    press(&window, Qt::Key_Delete, Qt::ControlModifier); // removes the unflagged row
    EXPECT_EQ(kindAt("offerLines[0].amount"), int(ui::IssueKind::Server))
        << "removing another row does not address it";
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_Delete, Qt::ControlModifier); // removes the flagged row
    EXPECT_EQ(view()->document()->unaddressedErrors().size(), 3)
        << "its two errors are addressed with it";
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(kindAt("offerLines[0].amount"), int(ui::IssueKind::Server))
        << "undoing the removal brings its errors back";
    EXPECT_EQ(view()->document()->unaddressedErrors().size(), 5);
}

// 11. Addressed means "differs from the refused value", undo included.
TEST_F(EditorValues, undoBackToTheRefusedValueReopensTheError)
{
    ASSERT_TRUE(f8To(window, "leadOpportunity.currency"));
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("EUR"));
    press(&window, Qt::Key_Escape); // closes the completion list
    EXPECT_EQ(view()->document()->unaddressedErrors().size(), 4);
    EXPECT_TRUE(view()->rejectionBar()->text().contains(QStringLiteral("1 addressed")));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(window, "leadOpportunity.currency"), QJsonValue(QStringLiteral("EURO")));
    EXPECT_EQ(view()->document()->unaddressedErrors().size(), 5);
    EXPECT_FALSE(view()->rejectionBar()->text().contains(QStringLiteral("addressed")));
}

// 12. A file dropped on a field opens it; the field is untouched.
TEST_F(EditorValues, fileDroppedOnAFieldOpensIt)
{
    auto *name = child<QLineEdit>("leadOpportunity_name");
    const QString before = name->text();
    QMimeData mime; // as a file manager offers it: the URL, and the URL as text
    mime.setText(
        QUrl::fromLocalFile(test::dataPath(QStringLiteral("drafts/clean-new-lead.leadopp.json")))
            .toString());
    mime.setUrls({ QUrl::fromLocalFile(
        test::dataPath(QStringLiteral("drafts/clean-new-lead.leadopp.json"))) });
    const QPoint at = name->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(name, &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(name, &drop);
    EXPECT_EQ(name->text(), before);
    EXPECT_EQ(window.documentCount(), 2);
    EXPECT_TRUE(window.currentView()->displayName().startsWith(QStringLiteral("clean-new-lead")));
}

// 13. Committed text is trimmed; VAT shows and exports in its canonical form.
TEST_F(EditorValues, committedTextIsTrimmedAndVatCanonical)
{
    view()->sectionTabs()->setCurrentIndex(2);
    auto *vat = child<QLineEdit>("customerLegalEntity_vatNumber");
    vat->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("de 287 654 321"));
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(valueAt(window, "customerLegalEntity.vatNumber"),
              QJsonValue(QStringLiteral("DE287654321")));
    EXPECT_EQ(vat->text(), QStringLiteral("DE287654321"));
    auto *city = child<QLineEdit>("customerLegalEntity_city");
    city->setFocus(Qt::TabFocusReason);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("  Bremen Nord "));
    press(&window, Qt::Key_Tab);
    EXPECT_EQ(valueAt(window, "customerLegalEntity.city"),
              QJsonValue(QStringLiteral("Bremen Nord")));
    EXPECT_EQ(city->text(), QStringLiteral("Bremen Nord"));
}

// 3. Saving stores the cell still being typed (the file holds what the rep sees).
TEST_F(EditorValues, saveAsStoresTheCellBeingTyped)
{
    QTemporaryDir dir;
    goToCell(core::Section::CustomerContacts, 0, column(core::Section::CustomerContacts, "email"));
    type(&window, QStringLiteral("jana.albers@stanzwerk-nord.example"));
    const QString target = dir.filePath(QStringLiteral("saved.leadopp.json"));
    ui::Prompt::setNextFileName(target);
    press(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QFile saved(target);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(saved.readAll())
                                   .object()
                                   .value(QStringLiteral("record"))
                                   .toObject();
    EXPECT_EQ(record.value(QStringLiteral("customerContacts"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("jana.albers@stanzwerk-nord.example"));
}
