// The way from a rejection to an accepted submission, keyboard only: F8 steps through the
// open problems in form order, a field reached is ready to be overwritten, shortcuts work
// wherever the focus is, and every step is counted.
#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/environmentstore.h"
#include "net/memorycredentialstore.h"
#include "sandbox/sandboxserver.h"
#include "sandboxwindow.h"
#include "ui/common/prompt.h"
#include "ui/errors/errordock.h"
#include "ui/models/errorlistmodel.h"
#include "ui/submit/submitcontroller.h"
#include "ui/window/rejectionbar.h"
#include "windowdriver.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <iostream>
#include <memory>

using namespace leadopp;
using test::f8To;
using test::press;
using test::type;
using test::valueAt;

namespace {

const QString kRejected = test::kRejectedDraft;

class EditorKeyboard : public test::SandboxWindowTest
{
protected:
    ui::DocumentView *view() { return window->currentView(); }
    QString focusName() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    QString summary() const
    {
        return window->findChild<QLabel *>(QStringLiteral("errorSummary"))->text();
    }
    /// Opens the bundled rejection and fixes its close date in place (F8, typing, Return):
    /// the list then says the problem is addressed.
    void fixTheCloseDateInPlace()
    {
        test::openAndShow(*window, kRejected);
        ASSERT_TRUE(f8To(*window, "leadOpportunity.closeDate"));
        type(window.get(), QStringLiteral("2025-09-30"));
        press(window.get(), Qt::Key_Return);
        ASSERT_TRUE(summary().startsWith(QStringLiteral("This problem is addressed · ")))
            << summary().toStdString();
    }
};

} // namespace

// 1. F8 goes to the next open problem after the field the rep is in, and says where.
TEST_F(EditorKeyboard, f8ContinuesAfterAFixInsteadOfRestarting)
{
    test::openAndShow(*window, kRejected);
    ASSERT_TRUE(f8To(*window, "leadOpportunity.closeDate"));
    EXPECT_TRUE(summary().contains(QStringLiteral("Problem 1 of")));
    type(window.get(), QStringLiteral("2025-09-30"));
    press(window.get(), Qt::Key_F8);
    EXPECT_EQ(focusName(), QStringLiteral("leadOpportunity_currency"))
        << "the fixed date is behind; F8 goes on to the next open problem";
    type(window.get(), QStringLiteral("EUR"));
    press(window.get(), Qt::Key_F8);
    EXPECT_EQ(view()->focusedPath(), QStringLiteral("offerLines[1].amount"));
    press(window.get(), Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_NE(view()->focusedPath(), QStringLiteral("leadOpportunity.currency"))
        << "Shift+F8 skips the addressed currency";
    EXPECT_NE(view()->focusedPath(), QStringLiteral("leadOpportunity.closeDate"));
    EXPECT_FALSE(view()->focusedPath().isEmpty());
}

// 1. A fix the rep commits in place leaves the list on the problem, which says it is
// addressed instead of losing its place; F8 goes on to the next open one.
TEST_F(EditorKeyboard, aProblemFixedInPlaceSaysItIsAddressed)
{
    test::openAndShow(*window, kRejected);
    ASSERT_TRUE(f8To(*window, "leadOpportunity.closeDate"));
    const auto openCount = [this] {
        return summary().section(QStringLiteral(" · "), 0, 0).section(QLatin1Char(' '), -1).toInt();
    };
    ASSERT_TRUE(summary().startsWith(QStringLiteral("Problem 1 of "))) << summary().toStdString();
    const int open = openCount();
    type(window.get(), QStringLiteral("2025-09-30"));
    press(window.get(), Qt::Key_Return);
    EXPECT_EQ(focusName(), QStringLiteral("leadOpportunity_closeDate"));
    EXPECT_TRUE(summary().startsWith(QStringLiteral("This problem is addressed · ")))
        << summary().toStdString();
    press(window.get(), Qt::Key_F8);
    EXPECT_EQ(focusName(), QStringLiteral("leadOpportunity_currency"));
    EXPECT_TRUE(summary().startsWith(QStringLiteral("Problem 1 of "))) << summary().toStdString();
    EXPECT_LT(openCount(), open) << "the date's problems are no longer open";
}

// The list says "addressed" of the field the rep is in; once they move on to another field,
// it names no problem, and F8 goes on from the field they are in.
TEST_F(EditorKeyboard, leavingTheFixedFieldEndsWhatTheListSaysOfIt)
{
    ASSERT_NO_FATAL_FAILURE(fixTheCloseDateInPlace());
    press(window.get(), Qt::Key_Tab);
    EXPECT_NE(focusName(), QStringLiteral("leadOpportunity_closeDate"));
    EXPECT_FALSE(summary().startsWith(QStringLiteral("This problem is addressed")))
        << summary().toStdString();
    EXPECT_FALSE(summary().startsWith(QStringLiteral("Problem "))) << summary().toStdString();
    auto *list = window->findChild<QTableView *>(QStringLiteral("errorList"));
    EXPECT_FALSE(list->currentIndex().isValid());
}

// A problem chosen in the list (F6, arrows, Enter) is the one the list then names, not the
// fixed one before it.
TEST_F(EditorKeyboard, aProblemChosenInTheListIsTheOneItNames)
{
    ASSERT_NO_FATAL_FAILURE(fixTheCloseDateInPlace());
    press(window.get(), Qt::Key_F6);
    for (int step = 0; step < 4; ++step)
        press(window.get(), Qt::Key_Down);
    press(window.get(), Qt::Key_Return);
    EXPECT_NE(view()->focusedPath(), QStringLiteral("leadOpportunity.closeDate"));
    EXPECT_TRUE(summary().startsWith(QStringLiteral("Problem "))) << summary().toStdString();
}

// A choice holding a value the API refuses lists it first after "(not set)": Down from it
// goes on to the values the API takes.
TEST_F(EditorKeyboard, downFromARefusedChoiceGoesToTheValuesTheApiTakes)
{
    test::openAndShow(*window, kRejected);
    ASSERT_TRUE(f8To(*window, "offerLines[1].revenueType"));
    ASSERT_EQ(test::valueAt(*window, "offerLines[1].revenueType"),
              QJsonValue(QStringLiteral("RENTAL")));
    press(window.get(), Qt::Key_F2);
    press(window.get(), Qt::Key_Down);
    press(window.get(), Qt::Key_Return);
    EXPECT_EQ(test::valueAt(*window, "offerLines[1].revenueType"),
              QJsonValue(QStringLiteral("UPFRONT")));
}

// 1. A section-level problem lands in the section's first empty required field.
TEST_F(EditorKeyboard, sectionProblemLandsInItsFirstEmptyRequiredField)
{
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    press(window.get(), Qt::Key_N, Qt::ControlModifier);
    view()->session()->setCreateMode(true);
    type(window.get(), QStringLiteral("CRM-7"));
    view()->focusPath(core::FieldPath::parse(u"customerLegalEntity"));
    EXPECT_EQ(focusName(), QStringLiteral("customerLegalEntity_name"));
}

// 2 + 3. After Ctrl+N the first field has the focus; Ctrl+PgDown / Ctrl+Tab switch
// sections from anywhere, a table included.
TEST_F(EditorKeyboard, newDraftFocusesTheFirstFieldAndSectionKeysWorkFromTables)
{
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    press(window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(window->documentCount(), 2);
    EXPECT_EQ(focusName(), QStringLiteral("partnerId"));
    EXPECT_EQ(view()->displayName(), QStringLiteral("Untitled 2"));
    press(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(view()->sectionTabs()->currentIndex(), 1);
    EXPECT_EQ(focusName(), QStringLiteral("offerLinesTable"));
    press(window.get(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(view()->sectionTabs()->currentIndex(), 2);
    press(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    press(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(view()->sectionTabs()->currentIndex(), 0);
}

// A new draft opens in its first problem's field: F8 says that problem where the rep is
// ("1 of N") instead of passing it over; the next F8 goes on, and Shift+F8 comes back.
TEST_F(EditorKeyboard, f8InANewDraftsFirstField_takesItsProblemFirst)
{
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    press(window.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(focusName(), QStringLiteral("partnerId"));
    auto *list = window->findChild<QTableView *>(QStringLiteral("errorList"));
    ui::ErrorListModel *model = view()->errorModel();
    ASSERT_GE(model->rowCount(), 2);
    ASSERT_EQ(model->pathAt(0).toString(), QStringLiteral("partnerId"));
    press(window.get(), Qt::Key_F8);
    EXPECT_EQ(focusName(), QStringLiteral("partnerId"));
    EXPECT_EQ(list->currentIndex().row(), 0);
    auto *summary = window->findChild<QLabel *>(QStringLiteral("errorSummary"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("1 of"))) << summary->text().toStdString();
    press(window.get(), Qt::Key_F8);
    EXPECT_EQ(list->currentIndex().row(), 1);
    EXPECT_NE(focusName(), QStringLiteral("partnerId"));
    press(window.get(), Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_EQ(focusName(), QStringLiteral("partnerId"));
}

// 4. Shortcuts work in a text field; Last Rejection Details follows a rejection of this
// session and is offered once; Save As has Ctrl+Shift+S.
TEST_F(EditorKeyboard, shortcutsWorkInTextFieldsAndRejectionDetailsFollowsTheSession)
{
    test::openAndShow(*window, QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    QAction *details = window->action(QStringLiteral("actionRejectionDetails"));
    EXPECT_FALSE(details->isEnabled());
    auto *name = window->findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
    name->setFocus(Qt::TabFocusReason);
    press(window.get(), Qt::Key_A, Qt::ControlModifier);
    press(window.get(), Qt::Key_Delete);
    QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(details->isEnabled()) << "a rejection of this session enables it";
    int offered = 0;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().contains(QStringLiteral("Rejection")) && !action->menu()
            && !action->associatedObjects().isEmpty())
            ++offered;
    }
    EXPECT_EQ(offered, 1);
    EXPECT_TRUE(window->action(QStringLiteral("actionSaveAs"))
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    bool exported = false;
    QObject::connect(window->action(QStringLiteral("actionExportPatch")), &QAction::triggered,
                     [&exported] { exported = true; });
    ui::Prompt::setNextAnswer(QMessageBox::Yes); // export although the name is missing
    ui::Prompt::setNextFileName(QString());      // then cancel the file chooser
    name->setFocus(Qt::TabFocusReason);
    press(window.get(), Qt::Key_E, Qt::ControlModifier);
    EXPECT_TRUE(exported) << "Ctrl+E reaches Export from inside a text field";
}

// 5. One Ctrl+Z per ticked reason; the list keeps its current item, so Space goes on.
TEST_F(EditorKeyboard, eachTickedReasonIsItsOwnUndoStepAndSpaceKeepsWorking)
{
    test::openAndShow(*window, kRejected);
    auto *reasons = window->findChild<QListWidget *>(QStringLiteral("leadOpportunity_reasonLost"));
    ASSERT_NE(reasons, nullptr);
    reasons->setFocus(Qt::TabFocusReason);
    reasons->setCurrentRow(0);
    press(window.get(), Qt::Key_Space);
    press(window.get(), Qt::Key_Down);
    press(window.get(), Qt::Key_Space);
    press(window.get(), Qt::Key_Down);
    press(window.get(), Qt::Key_Space);
    EXPECT_EQ(reasons->currentRow(), 2);
    EXPECT_EQ(valueAt(*window, "leadOpportunity.reasonLost").toArray().size(), 3);
    press(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(*window, "leadOpportunity.reasonLost").toArray().size(), 2);
    press(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(valueAt(*window, "leadOpportunity.reasonLost").toArray().size(), 1);
}

// 15. Undo and Redo are icons in the tool bar; the step text stays in the tooltip.
TEST_F(EditorKeyboard, undoButtonDoesNotGrowWithTheStepText)
{
    test::openAndShow(*window, kRejected);
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *undo = qobject_cast<QToolButton *>(
        toolBar->widgetForAction(window->action(QStringLiteral("actionUndo"))));
    ASSERT_NE(undo, nullptr);
    const int width = undo->sizeHint().width();
    ASSERT_TRUE(f8To(*window, "leadOpportunity.closeDate"));
    type(window.get(), QStringLiteral("2025-09-30"));
    press(window.get(), Qt::Key_Return);
    EXPECT_EQ(undo->toolButtonStyle(), Qt::ToolButtonIconOnly);
    EXPECT_EQ(undo->sizeHint().width(), width);
    EXPECT_TRUE(undo->toolTip().contains(QStringLiteral("Close date")));
}

// Must show: every server error of the bundled rejection fixed with F8 and typing, then
// Ctrl+Return to the sandbox until accepted; the exact body sent; keystrokes counted.
TEST_F(EditorKeyboard, bundledRejectionFixedAndAcceptedWithFewKeys)
{
    test::openAndShow(*window, kRejected);
    // F8 stops on every open problem in form order, a warning too (the draft's DUNS number
    // has 8 digits): the rep passes it with one more F8, and that key is counted.
    const std::pair<const char *, QString> fixes[] = {
        { "leadOpportunity.closeDate", QStringLiteral("2025-09-30") },
        { "leadOpportunity.currency", QStringLiteral("EUR") },
        { "offerLines[1].amount", QStringLiteral("12400") },
        { "offerLines[1].revenueType", QStringLiteral("R") }, // "Rental booking"
        { "customerContacts[0].email", QStringLiteral("jana.albers@stanzwerk-nord.example") },
    };
    const int errors = int(std::size(fixes));
    int valueKeys = 0;
    test::keystrokes() = 0;
    for (const auto &[target, value] : fixes) {
        ASSERT_TRUE(f8To(*window, target)) << target;
        type(window.get(), value);
        valueKeys += int(value.size());
    }
    QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(finished.wait(10000));
    const int keys = test::keystrokes();
    std::cout << "[ keystrokes ] bundled rejection: " << keys << " (values " << valueKeys
              << ", errors " << errors << ")" << std::endl;
    const core::Draft &draft = view()->document()->draft();
    ASSERT_FALSE(draft.submissions.isEmpty());
    EXPECT_EQ(draft.submissions.last().status, 200)
        << window->submitController()->lastMessage().toStdString();
    const QJsonObject body = QJsonDocument::fromJson(draft.submissions.last().requestBody).object();
    const QJsonObject lead = body.value(QStringLiteral("leadOpportunity")).toObject();
    EXPECT_EQ(lead.value(QStringLiteral("closeDate")).toString(),
              QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(lead.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    const QJsonObject line = body.value(QStringLiteral("offerLines")).toArray().at(1).toObject();
    EXPECT_EQ(line.value(QStringLiteral("amount")).toDouble(), 12400);
    EXPECT_EQ(line.value(QStringLiteral("revenueType")).toString(),
              QStringLiteral("RENTAL_BOOKING"));
    EXPECT_EQ(body.value(QStringLiteral("customerContacts"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("jana.albers@stanzwerk-nord.example"));
    EXPECT_LE(keys, valueKeys + 2 * errors + 1);

    // 7. The outcome is said in this draft's own banner, and only there.
    EXPECT_FALSE(view()->rejectionBar()->isHidden());
    EXPECT_TRUE(view()->rejectionBar()->text().contains(QStringLiteral("Accepted by")));
    EXPECT_TRUE(view()->rejectionBar()->text().contains(QStringLiteral("XJSR-DZMFFT")));
    press(window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(view()->rejectionBar()->isHidden());
}

// 12. The Problems list gives the message the width; the window keeps its place and size
// and never opens larger than the screen.
TEST_F(EditorKeyboard, problemsMessageGetsTheWidthAndTheWindowKeepsItsLayout)
{
    test::openAndShow(*window, kRejected);
    window->resize(1600, 900);
    QApplication::processEvents();
    auto *list = window->findChild<QTableView *>(QStringLiteral("errorList"));
    QHeaderView *header = list->horizontalHeader();
    EXPECT_GT(header->sectionSize(ui::ErrorListModel::MessageColumn),
              header->sectionSize(ui::ErrorListModel::PathColumn));
    EXPECT_GT(header->sectionSize(ui::ErrorListModel::MessageColumn), 420);

    // Settings of its own, so no other test's window opens at this size.
    const QString organisation = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(QStringLiteral("leadopp-tests-layout"));
    const QSize room = window->screen()->availableGeometry().size();
    window->resize(qMin(room.width(), 700), qMin(room.height(), 500));
    const QSize left = window->size();
    window->close();
    ui::MainWindow again;
    EXPECT_EQ(again.size(), left) << "the size the rep left is restored";
    EXPECT_LE(again.width(), room.width());
    EXPECT_LE(again.height(), room.height());
    QSettings().clear();
    QCoreApplication::setOrganizationName(organisation);
}

// F6 takes the keyboard to the Problems list, from a field being typed in too (the typing is
// stored first); Enter there goes to the problem, and F6 from the list goes back to the
// field it came from.
TEST_F(EditorKeyboard, f6GoesToTheProblemsListAndBack)
{
    test::openAndShow(*window, kRejected);
    auto *name = window->findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
    name->setFocus(Qt::TabFocusReason);
    type(window.get(), QStringLiteral("!"));
    press(window.get(), Qt::Key_F6);
    auto *list = window->findChild<QTableView *>(QStringLiteral("errorList"));
    ASSERT_TRUE(list->hasFocus()) << focusName().toStdString();
    EXPECT_TRUE(list->currentIndex().isValid());
    press(window.get(), Qt::Key_F6);
    EXPECT_TRUE(name->hasFocus()) << focusName().toStdString();
    EXPECT_TRUE(valueAt(*window, "leadOpportunity.name").toString().endsWith(u'!'));
    // Back where the typing was, not with the whole text selected for the next key.
    type(window.get(), QStringLiteral("?"));
    EXPECT_TRUE(valueAt(*window, "leadOpportunity.name").toString().endsWith(QStringLiteral("!?")))
        << valueAt(*window, "leadOpportunity.name").toString().toStdString();
    press(window.get(), Qt::Key_F6);
    ASSERT_TRUE(list->hasFocus());
    press(window.get(), Qt::Key_Return);
    EXPECT_FALSE(list->hasFocus()) << "Enter on a problem goes to its field";
}

// 16. Quitting with several modified drafts asks once; Save All writes every one.
TEST_F(EditorKeyboard, quittingWithSeveralModifiedDraftsAsksOnceAndSavesAll)
{
    QTemporaryDir copies;
    QStringList paths;
    for (const char *name : { "a.leadopp.json", "b.leadopp.json" }) {
        paths.append(copies.filePath(QString::fromLatin1(name)));
        QFile::copy(test::dataPath(QStringLiteral("drafts/clean-new-lead.leadopp.json")),
                    paths.last());
    }
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    for (const QString &path : paths) {
        ASSERT_TRUE(window->openFile(path));
        auto *name = view()->findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
        name->setFocus(Qt::TabFocusReason);
        name->end(false);
        type(window.get(), QStringLiteral(" v2"));
    }
    ui::Prompt::setNextAnswer(QMessageBox::SaveAll);
    press(window.get(), Qt::Key_Q, Qt::ControlModifier);
    EXPECT_FALSE(ui::Prompt::hasPendingAnswer()) << "asked once";
    EXPECT_FALSE(window->isVisible());
    for (const QString &path : paths) {
        QFile saved(path);
        ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
        EXPECT_TRUE(saved.readAll().contains("v2")) << path.toStdString();
    }
}

// 13. Amounts are right-aligned.
TEST_F(EditorKeyboard, amountsAreRightAligned)
{
    test::openAndShow(*window, kRejected);
    ui::SectionTableModel *model = view()->table(core::Section::OfferLines)->model();
    const QModelIndex amount = model->index(0, model->columnOf(QStringLiteral("amount")));
    EXPECT_TRUE(Qt::Alignment(amount.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
}

// 6. The seed 400's 3DS id is the placeholder "string": F8 reaches it and the rep types the
// real one, which is stored (and never put in the body).
TEST_F(EditorKeyboard, placeholderDsIdIsFlaggedAndCorrectedByTyping)
{
    test::openAndShow(*window,
                      QStringLiteral("contract/updateLeadOpportunitiesDetails-response-400-"
                                     "400_leadsOpportunitiesCreateResponse.json"));
    ASSERT_TRUE(f8To(*window, "dsLeadOpportunityId"));
    type(window.get(), QStringLiteral("XJSR-DZMFFT"));
    press(window.get(), Qt::Key_Tab);
    EXPECT_EQ(valueAt(*window, "dsLeadOpportunityId").toString(), QStringLiteral("XJSR-DZMFFT"));
    EXPECT_TRUE(view()->session()->findingsAt(QStringLiteral("dsLeadOpportunityId")).isEmpty());
}
