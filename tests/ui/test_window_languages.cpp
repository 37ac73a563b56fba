// The real window in each language: its menus, form labels, tabs and Problems list speak
// the language, dates and amounts follow the locale, no form label is cut at the size the
// window opens at, and a number typed in German notation is read as a German means it.
// With LEADOPP_SCREENSHOT_DIR set, each language's window is saved there as a PNG.
#include "core/input/datetext.h"
#include "core/translators.h"
#include "net/environmentstore.h"
#include "net/memorycredentialstore.h"
#include "ui/submit/settingsdialog.h"
#include "windowdriver.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace leadopp;
using namespace leadopp::test;

namespace {

struct Language {
    const char *code;
    const char *fileMenu;
    const char *closeDate;
    const char *offerLines;
    const char *problems;
    const char *firstAmount; // 48500 with the draft's currency, "EURO"
};

const Language kLanguages[] = {
    { "de", "&Datei", "Abschlussdatum", "Angebotspositionen", "Probleme", "48.500,00 EURO" },
    { "fr", "&Fichier", "Date de clôture", "Lignes d’offre", "Problèmes", "48\u202f500,00 EURO" },
    { "it", "&File", "Data di chiusura", "Righe d'offerta", "Problemi", "48.500,00 EURO" },
    { "es", "&Archivo", "Fecha de cierre", "Líneas de oferta", "Problemas", "48.500,00 EURO" },
    { "ja", "ファイル(&F)", "完了予定日", "オファー明細", "問題", "48,500.00 EURO" },
};

void PrintTo(const Language &language, std::ostream *out)
{
    *out << language.code;
}

class WindowLanguage : public ::testing::TestWithParam<Language>
{
protected:
    void SetUp() override
    {
        m_locale = QLocale(QString::fromLatin1(GetParam().code));
        QLocale::setDefault(m_locale);
        ASSERT_TRUE(core::installTranslators(*qApp, m_locale));
        m_window = std::make_unique<ui::MainWindow>();
        // The size the window opens at on a desktop that has room for it.
        m_window->resize(1280, 860);
        openAndShow(*m_window, kRejectedDraft);
    }
    void TearDown() override
    {
        m_window.reset();
        qDeleteAll(qApp->findChildren<QTranslator *>());
        QLocale::setDefault(QLocale::system());
    }

    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    int tabOf(const QString &title) const
    {
        QTabWidget *tabs = m_window->currentView()->sectionTabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (QString(tabs->tabText(i)).remove(u'&').contains(title))
                return i;
        }
        return -1;
    }

    QLocale m_locale;
    std::unique_ptr<ui::MainWindow> m_window;
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A label is cut when it is narrower than its text, or when it runs past the visible part
// of the scrolling form it sits in (a horizontal scroll bar hides its end).
bool isCut(const QLabel *label)
{
    if (label->width() < label->sizeHint().width())
        return true;
    for (QWidget *ancestor = label->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(ancestor)) {
            const QPoint at = label->mapTo(area->viewport(), QPoint(0, 0));
            return at.x() < 0 || at.x() + label->width() > area->viewport()->width();
        }
    }
    return false;
}

} // namespace

TEST_P(WindowLanguage, menusLabelsTabsAndProblemsSpeakTheLanguage)
{
    EXPECT_EQ(m_window->menuBar()->actions().value(0)->text(), text(GetParam().fileMenu));
    auto *closeDate = child<QLabel>("label_leadOpportunity_closeDate");
    ASSERT_NE(closeDate, nullptr);
    // The label may start with the field's issue icon and carries a mnemonic; its words follow.
    EXPECT_TRUE(QString(closeDate->text()).remove(u'&').contains(text(GetParam().closeDate)))
        << closeDate->text().toStdString();
    EXPECT_GE(tabOf(text(GetParam().offerLines)), 0);
    auto *dock = child<QDockWidget>("errorDock");
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->windowTitle().startsWith(text(GetParam().problems)))
        << dock->windowTitle().toStdString();
}

TEST_P(WindowLanguage, datesAndAmountsFollowTheLocale)
{
    auto *milestone = child<QLineEdit>("leadOpportunity_nextMilestoneDate");
    ASSERT_NE(milestone, nullptr);
    EXPECT_EQ(milestone->text(),
              core::displayDate(QStringLiteral("2025-07-08T09:00:00.000Z"), m_locale));
    EXPECT_NE(milestone->text(), QStringLiteral("2025-07-08 09:00 UTC"));
    const ui::SectionTableModel *lines
        = m_window->currentView()->table(core::Section::OfferLines)->model();
    const QModelIndex amount = lines->index(0, lines->columnOf(QStringLiteral("amount")));
    EXPECT_EQ(amount.data(Qt::DisplayRole).toString(), text(GetParam().firstAmount));
    EXPECT_TRUE(Qt::Alignment(amount.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
    // What is stored and exported stays the number itself.
    EXPECT_EQ(valueAt(*m_window, "offerLines[0].amount"), QJsonValue(48500));
}

// A choice is picked by its API code in every language, also where no label is written in
// Latin letters: the revenue type the server refused ("RENTAL") fixed by typing the code.
TEST_P(WindowLanguage, aChoiceIsPickedByTypingItsCode)
{
    ASSERT_TRUE(f8To(*m_window, "offerLines[1].revenueType"));
    type(m_window.get(), QStringLiteral("RENTAL_BOOKING"));
    press(m_window.get(), Qt::Key_F8);
    EXPECT_EQ(valueAt(*m_window, "offerLines[1].revenueType"),
              QJsonValue(QStringLiteral("RENTAL_BOOKING")));
}

TEST_P(WindowLanguage, noFormLabelIsCutOnAnyTab)
{
    QTabWidget *tabs = m_window->currentView()->sectionTabs();
    int checked = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QList<QLabel *> labels = tabs->currentWidget()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            ++checked;
            EXPECT_FALSE(isCut(label))
                << GetParam().code << ", tab " << tabs->tabText(tab).toStdString() << ": "
                << label->objectName().toStdString() << " \"" << label->text().toStdString()
                << "\"";
        }
    }
    EXPECT_GT(checked, 20) << "the forms' labels were not found";
    tabs->setCurrentIndex(0);
    const QString folder = qEnvironmentVariable("LEADOPP_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        m_window->statusBar()->clearMessage(); // it names the file's path on this machine
        QCoreApplication::processEvents();
        EXPECT_TRUE(m_window->grab().save(QDir(folder).filePath(
            QStringLiteral("editor-%1.png").arg(QLatin1String(GetParam().code)))));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, WindowLanguage, ::testing::ValuesIn(kLanguages),
                         [](const ::testing::TestParamInfo<Language> &param) {
                             return std::string(param.param.code);
                         });

TEST(WindowGermanInput, groupedAmountIsReadAndAnAmbiguousOneRefusedWithASentence)
{
    const QLocale german(QStringLiteral("de_DE"));
    QLocale::setDefault(german);
    ui::MainWindow window;
    openAndShow(window, kRejectedDraft);
    ASSERT_TRUE(f8To(window, "offerLines[1].amount"));
    type(&window, QStringLiteral("12.400,50"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(12400.5));

    auto *view = window.currentView()->table(core::Section::OfferLines)->view();
    view->setFocus();
    view->setCurrentIndex(window.currentView()
                              ->table(core::Section::OfferLines)
                              ->model()
                              ->indexForPath(path("offerLines[1].amount")));
    type(&window, QStringLiteral("1.234"));
    press(&window, Qt::Key_Return);
    // Kept as typed, never guessed; the field's error says how to type it.
    EXPECT_EQ(valueAt(window, "offerLines[1].amount"), QJsonValue(QStringLiteral("1.234")));
    QStringList messages;
    for (const ui::FieldIssue &issue :
         window.currentView()->session()->issuesAt(QStringLiteral("offerLines[1].amount")))
        messages.append(issue.message);
    EXPECT_TRUE(messages.join(u'\n').contains(QStringLiteral("could mean 1234 or 1,234")))
        << messages.join(u'\n').toStdString();
    QLocale::setDefault(QLocale::system());
}

TEST(SettingsLanguage, theChoiceIsStoredAndTheDialogSaysItAppliesOnRestart)
{
    QSettings().remove(QStringLiteral("ui/language"));
    QTemporaryDir dir;
    net::EnvironmentStore environments(dir.filePath(QStringLiteral("env.ini")));
    net::MemoryCredentialStore credentials;
    ui::SettingsDialog dialog(&environments, &credentials);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), QString()); // follows the system
    EXPECT_GE(combo->findText(QStringLiteral("日本語")), 0);
    EXPECT_GE(combo->findText(QStringLiteral("Italiano")), 0);
    EXPECT_GE(combo->findText(QStringLiteral("Español"), Qt::MatchStartsWith), 0);
    // The form's label reaches the list through its buddy.
    auto *chooser = dialog.findChild<QWidget *>(QStringLiteral("languageChooser"));
    const auto *form = qobject_cast<QFormLayout *>(dialog.layout()->itemAt(0)->layout());
    ASSERT_NE(form, nullptr);
    auto *label = qobject_cast<QLabel *>(form->labelForField(chooser));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->buddy(), chooser);
    EXPECT_EQ(chooser->focusProxy(), combo);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageRestartNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("started again")));

    combo->setCurrentIndex(combo->findText(QStringLiteral("日本語")));
    EXPECT_EQ(core::chosenLanguage(), QStringLiteral("ja"));
    combo->setCurrentIndex(0);
    EXPECT_EQ(core::chosenLanguage(), QString());
}
