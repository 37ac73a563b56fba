// The submit UI's dialogs and environment chooser, driven by objectName.
#include "core/document/document.h"
#include "core/translators.h"
#include "net/environmentstore.h"
#include "net/errorkind.h"
#include "net/memorycredentialstore.h"
#include "testsupport.h"
#include "ui/common/mnemonics.h"
#include "ui/models/attemptlabels.h"
#include "ui/models/historymodel.h"
#include "ui/submit/environmentcombo.h"
#include "ui/submit/historydialog.h"
#include "ui/submit/rejectiondialog.h"
#include "ui/submit/settingsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kTrace = QStringLiteral("0af7651916cd43dd8448eb211c80319c");

core::Rejection sampleRejection(const QByteArray &body)
{
    core::Rejection rejection;
    rejection.status = 400;
    rejection.traceId = kTrace;
    rejection.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    rejection.environment = QStringLiteral("Sandbox");
    rejection.body = body;
    return rejection;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

class EnvironmentTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    net::EnvironmentStore m_store { m_dir.filePath(QStringLiteral("env.ini")) };
    net::MemoryCredentialStore m_credentials;
};

} // namespace

TEST(RejectionDialogTest, copyButton_putsTraceIdOnClipboard)
{
    QGuiApplication::clipboard()->clear();
    ui::RejectionDialog dialog(sampleRejection("{}"));
    EXPECT_EQ(dialog.objectName(), QStringLiteral("rejectionDialog"));
    auto *trace = child<QLineEdit>(&dialog, "traceIdEdit");
    ASSERT_NE(trace, nullptr);
    EXPECT_TRUE(trace->isReadOnly());
    EXPECT_EQ(trace->text(), kTrace);
    auto *copy = child<QPushButton>(&dialog, "copyTraceIdButton");
    ASSERT_NE(copy, nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), kTrace);
}

TEST(RejectionDialogTest, jsonBody_isPrettyPrinted_otherBodiesVerbatim)
{
    ui::RejectionDialog json(sampleRejection(R"({"info":{"statusCode":400},"errors":{}})"));
    auto *view = child<QPlainTextEdit>(&json, "rejectionBodyView");
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isReadOnly());
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("\n    \"info\": {")))
        << view->toPlainText().toStdString();

    const QByteArray html = "<html><body>Bad gateway</body></html>";
    ui::RejectionDialog raw(sampleRejection(html));
    EXPECT_EQ(child<QPlainTextEdit>(&raw, "rejectionBodyView")->toPlainText(),
              QString::fromUtf8(html));
    EXPECT_EQ(child<QLabel>(&raw, "statusLabel")->text(), QStringLiteral("400"));
    EXPECT_EQ(child<QLabel>(&raw, "environmentLabel")->text(), QStringLiteral("Sandbox"));
}

TEST(HistoryDialogTest, selectingAnAttempt_showsItsBodies)
{
    core::Document document;
    core::SubmissionAttempt first;
    first.time = QDateTime::currentDateTimeUtc();
    first.environment = QStringLiteral("sandbox");
    first.operation = QStringLiteral("update");
    first.requestBody = R"({"leadOpportunity":{"currency":"eur"}})";
    first.status = 400;
    first.outcome = QStringLiteral("rejected");
    first.responseBody = "not json";
    core::SubmissionAttempt second = first;
    second.requestBody = R"({"leadOpportunity":{"currency":"EUR"}})";
    second.status = 200;
    second.outcome = QStringLiteral("accepted");
    second.environment = QStringLiteral("https://retired.example");
    document.appendSubmission(first);
    document.appendSubmission(second);

    ui::HistoryDialog dialog(&document,
                             { { QStringLiteral("sandbox"), QStringLiteral("Sandbox") } });
    EXPECT_EQ(dialog.objectName(), QStringLiteral("historyDialog"));
    auto *table = child<QTableView>(&dialog, "historyTable");
    auto *request = child<QPlainTextEdit>(&dialog, "requestBodyView");
    auto *response = child<QPlainTextEdit>(&dialog, "responseBodyView");
    ASSERT_TRUE(table && request && response);
    EXPECT_EQ(table->model()->rowCount(), 2);
    // Where it went, by the name the rep chose it by; an environment since removed, by id.
    EXPECT_EQ(table->model()->index(0, ui::HistoryModel::EnvironmentColumn).data(),
              QStringLiteral("Sandbox"));
    EXPECT_EQ(table->model()->index(1, ui::HistoryModel::EnvironmentColumn).data(),
              QStringLiteral("https://retired.example"));
    // What it did and what became of it, in words.
    EXPECT_EQ(table->model()->index(0, ui::HistoryModel::OperationColumn).data(),
              QStringLiteral("Update (PATCH)"));
    EXPECT_EQ(table->model()->index(0, ui::HistoryModel::OutcomeColumn).data(),
              QStringLiteral("Rejected"));
    // The time of an attempt is read on one line.
    const QString time = table->model()->index(0, 0).data().toString();
    EXPECT_FALSE(table->wordWrap());
    EXPECT_GE(table->columnWidth(0), table->fontMetrics().horizontalAdvance(time));
    EXPECT_TRUE(request->isReadOnly());
    EXPECT_TRUE(request->toPlainText().contains(QStringLiteral("\"EUR\"")));

    dialog.selectRow(0);
    EXPECT_TRUE(request->toPlainText().contains(QStringLiteral("\"eur\"")));
    EXPECT_EQ(response->toPlainText(), QStringLiteral("not json"));

    // Tab leaves the table for the bodies, and goes on from them: nothing keeps the keyboard.
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    table->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), table);
    QWidget *next = QApplication::focusWidget();
    ASSERT_TRUE(next);
    QTest::keyClick(next, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), next);
}

// Every outcome an attempt can record has words of its own, in every language of the
// editor; an id a later version may record is shown as it is.
TEST(HistoryLabels, everyOutcomeAndOperationIsSaidInWords)
{
    for (int kind = int(net::ErrorKind::Accepted); kind <= int(net::ErrorKind::UnexpectedShape);
         ++kind) {
        const QString id = net::errorKindName(net::ErrorKind(kind));
        EXPECT_NE(ui::outcomeLabel(id), id) << id.toStdString();
    }
    for (const char *id : { "update", "create", "get", "search" })
        EXPECT_NE(ui::operationLabel(QString::fromLatin1(id)), QString::fromLatin1(id)) << id;
    EXPECT_EQ(ui::outcomeLabel(QStringLiteral("from-the-future")),
              QStringLiteral("from-the-future"));
    for (const char *language : { "de", "fr", "it", "es", "ja" }) {
        core::installTranslators(*qApp, QLocale(QString::fromLatin1(language)));
        EXPECT_NE(ui::outcomeLabel(QStringLiteral("rejected-no-field")),
                  QStringLiteral("Rejected, no field named"))
            << language;
        EXPECT_NE(ui::operationLabel(QStringLiteral("get")), QStringLiteral("Fetch (GET)"))
            << language;
        qDeleteAll(qApp->findChildren<QTranslator *>());
    }
}

TEST_F(EnvironmentTest, combo_defaultsToSandbox_andListsEveryEnvironment)
{
    ui::EnvironmentCombo combo(&m_store);
    EXPECT_EQ(combo.objectName(), QStringLiteral("environmentCombo"));
    EXPECT_EQ(combo.currentEnvironmentId(), net::EnvironmentStore::sandboxId());
    for (const net::Environment &environment : m_store.environments())
        EXPECT_GE(combo.findData(environment.id), 0) << environment.id.toStdString();
    combo.setCurrentIndex(combo.findData(QStringLiteral("qal")));
    Q_EMIT combo.activated(combo.currentIndex());
    EXPECT_EQ(m_store.currentId(), QStringLiteral("qal"));
}

TEST_F(EnvironmentTest, combo_addCustomUrlEntry_addsAndSelectsIt)
{
    ui::EnvironmentCombo combo(&m_store);
    combo.show();
    Q_EMIT combo.activated(combo.addCustomRow());
    auto *input = combo.findChild<QInputDialog *>(QStringLiteral("customUrlDialog"));
    ASSERT_NE(input, nullptr);
    input->setTextValue(QStringLiteral("https://api.partner.example:8443"));
    input->accept();
    const net::Environment current = m_store.current();
    EXPECT_TRUE(current.custom);
    EXPECT_EQ(current.baseUrl, QUrl(QStringLiteral("https://api.partner.example:8443")));
    EXPECT_EQ(combo.currentEnvironmentId(), current.id);
    EXPECT_LT(combo.findData(current.id), combo.addCustomRow());
}

TEST_F(EnvironmentTest, settings_sessionOnlyStore_showsNotice_andNeverShowsTheKey)
{
    const QString key = QStringLiteral("typed-key-41b7");
    m_credentials.setReportSessionOnly(true);
    ui::SettingsDialog dialog(&m_store, &m_credentials);
    dialog.selectEnvironment(QStringLiteral("ppt"));
    EXPECT_EQ(dialog.objectName(), QStringLiteral("settingsDialog"));
    auto *edit = child<QLineEdit>(&dialog, "apiKeyEdit");
    auto *notice = child<QLabel>(&dialog, "sessionOnlyNotice");
    ASSERT_TRUE(edit && notice);
    EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(notice->isHidden());

    QSignalSpy saved(&dialog, &ui::SettingsDialog::keySaved);
    QTest::keyClicks(edit, key);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveKeyButton"), Qt::LeftButton);
    ASSERT_TRUE(saved.wait(2000));
    EXPECT_EQ(m_credentials.key(QStringLiteral("ppt")), key);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_EQ(notice->text(),
              QStringLiteral("No system keychain answered: the key is kept for this session only"));
    EXPECT_TRUE(edit->text().isEmpty());

    // Re-opening the environment reads the store, but only says a key exists.
    dialog.selectEnvironment(QStringLiteral("qal"));
    dialog.selectEnvironment(QStringLiteral("ppt"));
    auto *status = child<QLabel>(&dialog, "keyStatusLabel");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return status->text()
                == ui::SettingsDialog::tr("A key is stored for this environment.");
        },
        2000));
    for (const QLineEdit *line : dialog.findChildren<QLineEdit *>())
        EXPECT_FALSE(line->text().contains(key));
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(key));
}

TEST_F(EnvironmentTest, settings_keychainStore_noNotice)
{
    ui::SettingsDialog dialog(&m_store, &m_credentials);
    dialog.selectEnvironment(QStringLiteral("prd"));
    QSignalSpy saved(&dialog, &ui::SettingsDialog::keySaved);
    QTest::keyClicks(child<QLineEdit>(&dialog, "apiKeyEdit"), QStringLiteral("k"));
    QTest::keyClick(child<QLineEdit>(&dialog, "apiKeyEdit"), Qt::Key_Return);
    ASSERT_TRUE(saved.wait(2000));
    EXPECT_TRUE(child<QLabel>(&dialog, "sessionOnlyNotice")->isHidden());
    EXPECT_TRUE(m_credentials.contains(QStringLiteral("prd")));
}

namespace {

// The Alt+letters of the dialog's labels with a buddy and of its buttons, one per control
// (null for a control without one).
QList<QChar> altLetters(const QDialog &dialog)
{
    QList<QChar> letters;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy())
            letters.append(ui::mnemonics::of(label->text()));
    }
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        letters.append(ui::mnemonics::of(button->text()));
    return letters;
}

} // namespace

// Every label and button of the settings has an Alt+letter of its own, in English as in
// German, and the letter of "API key:" takes the keyboard to the key field.
TEST_F(EnvironmentTest, settings_everyLabelAndButtonHasALetterOfItsOwn)
{
    for (const char *language : { "en", "de" }) {
        core::installTranslators(*qApp, QLocale(QString::fromLatin1(language)));
        {
            ui::SettingsDialog dialog(&m_store, &m_credentials);
            const QList<QChar> letters = altLetters(dialog);
            EXPECT_GE(letters.size(), 11) << language;
            EXPECT_FALSE(letters.contains(QChar())) << language;
            EXPECT_EQ(QSet<QChar>(letters.cbegin(), letters.cend()).size(), letters.size())
                << language;
        }
        qDeleteAll(qApp->findChildren<QTranslator *>());
    }

    ui::SettingsDialog dialog(&m_store, &m_credentials);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *edit = child<QLineEdit>(&dialog, "apiKeyEdit");
    ASSERT_NE(edit, nullptr);
    QChar keyLetter;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == edit)
            keyLetter = ui::mnemonics::of(label->text());
    }
    ASSERT_FALSE(keyLetter.isNull());
    ASSERT_FALSE(edit->hasFocus());
    QTest::keyClick(&dialog, keyLetter.toLatin1(), Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([edit] { return edit->hasFocus(); }, 2000));
}
