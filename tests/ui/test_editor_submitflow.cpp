// The submit flow from the keyboard and the mouse: what a 406 lights and keeps, the offer
// suggestions, the key hint, the settings dialog, a new draft's required fields and the
// rejection details, each on the real window wired to an in-process sandbox.
#include "core/document/document.h"
#include "net/submissionworkflow.h"
#include "sandboxwindow.h"
#include "ui/common/prompt.h"
#include "ui/models/errorlistmodel.h"
#include "ui/submit/rejectiondialog.h"
#include "ui/submit/settingsdialog.h"
#include "ui/submit/submitcontroller.h"
#include "ui/window/rejectionbar.h"
#include "windowdriver.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>

using namespace leadopp;
using test::f8To;
using test::press;
using test::type;
using test::valueAt;

namespace {

class SubmitFlow : public test::SandboxWindowTest
{
protected:
    ui::DocumentView *view() { return window->currentView(); }
    const core::Document &document() { return *view()->document(); }

    /// Ctrl+Return (answering Yes when asked whether to send untouched flagged fields),
    /// until the answer is recorded.
    bool submitAnyway()
    {
        const QList<core::FieldError> open = document().unaddressedErrors();
        if (std::any_of(open.cbegin(), open.cend(),
                        [](const core::FieldError &error) { return !error.path.isEmpty(); }))
            ui::Prompt::setNextAnswer(QMessageBox::Yes);
        QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
        press(window.get(), Qt::Key_Return, Qt::ControlModifier);
        const bool answered = finished.count() > 0 || finished.wait(10000);
        EXPECT_FALSE(ui::Prompt::hasPendingAnswer());
        return answered;
    }

    const core::FieldError *errorAt(const char *path)
    {
        for (const core::FieldError &error : document().serverErrors()) {
            if (error.path == QLatin1String(path))
                return &error;
        }
        return nullptr;
    }

    /// Return in the cell editor, once the suggestion list (which takes the keys while it
    /// is open) has closed: the rep's Return that ends the edit.
    void commitCell()
    {
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_NE(editor, nullptr);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !editor->completer() || !editor->completer()->popup()->isVisible(); }));
        ++test::keystrokes();
        QTest::keyClick(editor, Qt::Key_Return);
    }

    template<typename T> T *dialogChild(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }
};

} // namespace

// 9. The bundled draft as it is: 406 ERR805 lights the close date (not ISO 8601 in the body)
// but not the valid next milestone date, and the four other errors of the 400 stay, marked
// as from the previous answer, until the sandbox validates the record again.
TEST_F(SubmitFlow, dateRefusalLightsOnlyTheBadDateAndKeepsTheEarlierErrors)
{
    test::openAndShow(*window, test::kRejectedDraft);
    ASSERT_TRUE(submitAnyway());
    ASSERT_EQ(document().draft().submissions.last().status, 406);
    ASSERT_NE(errorAt("leadOpportunity.closeDate"), nullptr);
    EXPECT_EQ(errorAt("leadOpportunity.nextMilestoneDate"), nullptr);
    for (const char *path : { "leadOpportunity.currency", "offerLines[1].amount",
                              "offerLines[1].revenueType", "customerContacts[0].email" }) {
        const core::FieldError *kept = errorAt(path);
        ASSERT_NE(kept, nullptr) << path;
        EXPECT_TRUE(net::isFromPreviousAnswer(*kept)) << path;
        EXPECT_FALSE(document().isAddressed(*kept)) << path;
    }
    EXPECT_FALSE(net::isFromPreviousAnswer(*errorAt("leadOpportunity.closeDate")));
    // The banner counts what this answer reported apart from what the one before left.
    const QString banner
        = view()->rejectionBar()->findChild<QLabel *>(QStringLiteral("rejectionText"))->text();
    EXPECT_TRUE(banner.contains(QStringLiteral("1 error(s) reported"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("4 from the previous answer")))
        << banner.toStdString();

    // The date fixed, the sandbox runs its rules: its own 400 replaces the kept errors, and
    // it refuses the e-mail without '@' as its bundled rejection does.
    ASSERT_TRUE(f8To(*window, "leadOpportunity.closeDate"));
    type(window.get(), QStringLiteral("2025-09-30"));
    ASSERT_TRUE(submitAnyway());
    ASSERT_EQ(document().draft().submissions.last().status, 400);
    for (const char *path : { "leadOpportunity.currency", "offerLines[1].amount",
                              "offerLines[1].revenueType", "customerContacts[0].email" }) {
        const core::FieldError *fresh = errorAt(path);
        ASSERT_NE(fresh, nullptr) << path;
        EXPECT_FALSE(net::isFromPreviousAnswer(*fresh)) << path;
    }
    EXPECT_EQ(errorAt("leadOpportunity.closeDate"), nullptr);
}

// 9. What a 406 keeps is part of the draft: saved, closed and opened again, the earlier
// errors are still there, still marked, still open, and the refused date with them.
TEST_F(SubmitFlow, errorsKeptByADateRefusalSurviveSaveAndReopen)
{
    test::openAndShow(*window, test::kRejectedDraft);
    ASSERT_TRUE(submitAnyway());
    ASSERT_EQ(document().draft().submissions.last().status, 406);
    const QList<core::FieldError> shown = document().serverErrors();
    const QString file = dir.filePath(QStringLiteral("refused.leadopp.json"));
    ui::Prompt::setNextFileName(file);
    ASSERT_TRUE(window->saveAs());
    ASSERT_TRUE(window->closeCurrent());

    ASSERT_TRUE(window->openFile(file));
    EXPECT_EQ(document().serverErrors(), shown);
    ASSERT_NE(errorAt("leadOpportunity.closeDate"), nullptr);
    EXPECT_FALSE(net::isFromPreviousAnswer(*errorAt("leadOpportunity.closeDate")));
    for (const char *path : { "leadOpportunity.currency", "offerLines[1].amount",
                              "offerLines[1].revenueType", "customerContacts[0].email" }) {
        const core::FieldError *kept = errorAt(path);
        ASSERT_NE(kept, nullptr) << path;
        EXPECT_TRUE(net::isFromPreviousAnswer(*kept)) << path;
        EXPECT_FALSE(document().isAddressed(*kept)) << path;
    }
}

// 10. The offer cell suggests the known offers; the sandbox's refusal names the prefixes.
TEST_F(SubmitFlow, offerCellSuggestsKnownOffersAndTheRefusalNamesThePrefixes)
{
    test::openAndShow(*window, QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    press(window.get(), Qt::Key_PageDown, Qt::ControlModifier); // to the offer lines
    auto *table = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    ASSERT_NE(table, nullptr);
    auto *model = view()->table(core::Section::OfferLines)->model();
    table->setCurrentIndex(model->index(0, model->columnOf(QStringLiteral("offerNameId"))));
    press(window.get(), Qt::Key_F2);
    press(window.get(), Qt::Key_A, Qt::ControlModifier);
    type(window.get(), QStringLiteral("catia"));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(editor->completer(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->completer()->popup()->isVisible(); }));
    EXPECT_EQ(editor->completer()->currentCompletion(), QStringLiteral("CATIA_Mechanical_Design"));
    press(window.get(), Qt::Key_Down);
    press(window.get(), Qt::Key_Return); // takes the suggestion
    commitCell();                        // the view commits it queued
    const auto offerIs = [this](const QString &offer) {
        return QTest::qWaitFor(
            [&] { return valueAt(*window, "offerLines[0].offerNameId").toString() == offer; });
    };
    EXPECT_TRUE(offerIs(QStringLiteral("CATIA_Mechanical_Design")));

    table->setFocus();
    press(window.get(), Qt::Key_F2);
    press(window.get(), Qt::Key_A, Qt::ControlModifier);
    type(window.get(), QStringLiteral("NX_Bundle")); // no known offer: no suggestion left
    commitCell();
    ASSERT_TRUE(offerIs(QStringLiteral("NX_Bundle")));
    ASSERT_TRUE(submitAnyway());
    const core::FieldError *refused = errorAt("offerLines[0].offerNameId");
    ASSERT_NE(refused, nullptr) << window->submitController()->lastMessage().toStdString();
    EXPECT_TRUE(refused->message.contains(QStringLiteral("3DEXPERIENCE_")));
    EXPECT_TRUE(refused->message.contains(QStringLiteral("CATIA_")));
}

// 11. Without a key the banner names the menu item where it is entered, as it reads here.
TEST_F(SubmitFlow, missingKeyNamesTheRealMenu)
{
    const net::Environment custom = environments.addCustom(server.baseUrl());
    ASSERT_TRUE(custom.isValid());
    environments.setCurrentId(custom.id);
    test::openAndShow(*window, QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    ASSERT_TRUE(submitAnyway());
    const QString banner = view()->rejectionBar()->text();
    auto *menu = window->findChild<QMenu *>(QStringLiteral("menuSubmit"));
    ASSERT_NE(menu, nullptr);
    const QString item
        = window->submitController()->settingsAction()->text().remove(u'&').remove(u'…');
    EXPECT_TRUE(banner.contains(menu->title().remove(u'&') + QStringLiteral(" ▸ ") + item))
        << banner.toStdString();
    EXPECT_FALSE(banner.contains(QStringLiteral("LEADOPP_API_KEY"))) << banner.toStdString();
}

// 11. The settings dialog opens on the environment chooser; Return there removes nothing;
// custom URLs are added and removed in it.
TEST_F(SubmitFlow, settingsOpenHarmlesslyAndManageCustomUrls)
{
    credentials.setKey(QStringLiteral("ppt"), QStringLiteral("k-ppt"));
    environments.setCurrentId(QStringLiteral("ppt"));
    test::openAndShow(*window, QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    press(window.get(), Qt::Key_S, Qt::AltModifier);
    press(window.get(), Qt::Key_K);
    ui::SettingsDialog *dialog = window->findChild<ui::SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    EXPECT_EQ(QApplication::focusWidget()->objectName(),
              QStringLiteral("settingsEnvironmentCombo"));
    press(dialog, Qt::Key_Return);
    EXPECT_TRUE(credentials.contains(QStringLiteral("ppt"))) << "Return removed the key";

    auto *url = dialogChild<QLineEdit>(dialog, "customUrlEdit");
    QTest::mouseClick(url, Qt::LeftButton);
    type(dialog, QStringLiteral("https://partner.example:8443"));
    press(dialog, Qt::Key_Return);
    const QList<net::Environment> all = environments.environments();
    const auto added = std::find_if(all.cbegin(), all.cend(), [](const net::Environment &e) {
        return e.custom && e.baseUrl.host() == QLatin1String("partner.example");
    });
    ASSERT_NE(added, all.cend());
    EXPECT_EQ(dialog->environmentId(), added->id);
    auto *remove = dialogChild<QPushButton>(dialog, "removeCustomUrlButton");
    ASSERT_TRUE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_FALSE(environments.environment(added->id).isValid());
    EXPECT_FALSE(remove->isEnabled());
    dialog->close();
}

// 11 + 16. The German hint fits its field; a key held for the session is not "stored".
TEST_F(SubmitFlow, settingsHintFitsInGermanAndSessionKeysAreNotStored)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/leadopp_de.qm")));
    QCoreApplication::installTranslator(&german);
    credentials.setReportSessionOnly(true);
    environments.setCurrentId(QStringLiteral("ppt"));
    ui::SettingsDialog dialog(&environments, &credentials, window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *key = dialogChild<QLineEdit>(&dialog, "apiKeyEdit");
    const int room = key->width() - 2 * key->fontMetrics().averageCharWidth();
    EXPECT_GE(room, key->fontMetrics().horizontalAdvance(key->placeholderText()))
        << key->placeholderText().toStdString();
    QCoreApplication::removeTranslator(&german);

    QTest::mouseClick(key, Qt::LeftButton);
    type(&dialog, QStringLiteral("k-ppt"));
    press(&dialog, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dialogChild<QLabel>(&dialog, "sessionOnlyNotice")->isVisible(); }));
    const QString status = dialogChild<QLabel>(&dialog, "keyStatusLabel")->text();
    EXPECT_FALSE(status.contains(QStringLiteral("stored"))) << status.toStdString();
}

// 16. After Ctrl+N the problem that says what is required names the fields by label.
TEST_F(SubmitFlow, newDraftNamesTheRequiredFields)
{
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    press(window.get(), Qt::Key_N, Qt::ControlModifier);
    QStringList messages;
    ui::ErrorListModel *problems = view()->errorModel();
    for (int row = 0; row < problems->rowCount(); ++row)
        messages.append(problems->index(row, ui::ErrorListModel::MessageColumn).data().toString());
    const QString all = messages.join(u'\n');
    for (const char *label : { "Partner opportunity id", "Name", "Status", "Close date", "Currency",
                               "Company name", "City", "Country" })
        EXPECT_TRUE(all.contains(QString::fromLatin1(label))) << label << "\n" << all.toStdString();
}

// 16. Details shows the body as received and formatted, long lines wrapped.
TEST_F(SubmitFlow, detailsShowTheRawBodyAndAFormattedOneWrapped)
{
    test::openAndShow(*window, test::kRejectedDraft);
    press(window.get(), Qt::Key_I, Qt::ControlModifier);
    auto *dialog = window->findChild<ui::RejectionDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *raw = dialogChild<QPlainTextEdit>(dialog, "rejectionRawBodyView");
    ASSERT_NE(raw, nullptr);
    EXPECT_EQ(raw->toPlainText(), QString::fromUtf8(document().draft().rejection.body));
    EXPECT_TRUE(raw->isVisible()) << "the body as received comes first";
    auto *tabs = dialogChild<QTabWidget>(dialog, "rejectionBodyTabs");
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    auto *formatted = dialogChild<QPlainTextEdit>(dialog, "rejectionBodyView");
    EXPECT_EQ(tabs->currentWidget(), formatted);
    EXPECT_TRUE(formatted->toPlainText().contains(QStringLiteral("\n    \"info\": {")));
    for (QPlainTextEdit *body : { raw, formatted })
        EXPECT_EQ(body->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    dialog->close();
}
