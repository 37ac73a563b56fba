// Alt+letters in the languages with Latin labels: every form label, section tab and banner
// button takes a letter of its own text wherever one is left (an appended "Status (B)"
// only when none is), and no two controls in view share one. Japanese labels keep the
// appended "(&A)" their platform uses.
#include "core/translators.h"
#include "ui/common/mnemonics.h"
#include "ui/window/documentview.h"
#include "ui/window/filecontroller.h"
#include "ui/window/rejectionbar.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTranslator>

using namespace leadopp;
using ui::mnemonics::assign;

namespace {

bool isAppended(const QString &text)
{
    return text.contains(QStringLiteral("(&"));
}

class WindowMnemonics : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        const QLocale locale(QString::fromLatin1(GetParam()));
        QLocale::setDefault(locale);
        if (locale.language() != QLocale::English) {
            ASSERT_TRUE(core::installTranslators(*qApp, locale));
        }
        test::openAndShow(window, test::kRejectedDraft);
    }
    void TearDown() override
    {
        qDeleteAll(qApp->findChildren<QTranslator *>());
        QLocale::setDefault(QLocale::system());
    }

    // What is in view with section `tab` shown: menus, tool bar labels, tabs, the banner's
    // buttons and the tab's form labels.
    QHash<QString, QString> textsInView(int tab)
    {
        QTabWidget *tabs = window.currentView()->sectionTabs();
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QHash<QString, QString> texts; // owner -> text
        for (QAction *menu : window.menuBar()->actions())
            texts.insert(QStringLiteral("menu ") + menu->text(), menu->text());
        for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
            for (const QLabel *label : bar->findChildren<QLabel *>())
                texts.insert(QStringLiteral("tool bar ") + label->text(), label->text());
        }
        for (int other = 0; other < tabs->count(); ++other)
            texts.insert(QStringLiteral("tab %1").arg(other), tabs->tabText(other));
        for (auto *button : window.currentView()->rejectionBar()->findChildren<QAbstractButton *>())
            texts.insert(button->objectName(), button->text());
        for (const QLabel *label : tabs->currentWidget()->findChildren<QLabel *>()) {
            if (label->buddy() && !label->buddy()->property("fieldPath").isNull())
                texts.insert(label->buddy()->property("fieldPath").toString(), label->text());
        }
        return texts;
    }

    ui::MainWindow window;
};

} // namespace

// The Opportunity form alone has more labels than the alphabet has letters left once the
// menus and tabs chose, so some labels there must take an appended key; every one of them
// has all its own letters taken by other controls in view, and the tabs and buttons never do.
TEST_P(WindowMnemonics, everyControlTakesALetterOfItsOwnWhileOneIsFree_andNoneRepeats)
{
    QTabWidget *tabs = window.currentView()->sectionTabs();
    int labelled = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QHash<QChar, QString> owners;
        const QHash<QString, QString> texts = textsInView(tab);
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QChar key = ui::mnemonics::of(it.value());
            if (key.isNull())
                continue;
            ++labelled;
            EXPECT_FALSE(owners.contains(key))
                << GetParam() << ", tab " << tab << ": Alt+" << QString(key).toStdString()
                << " for " << it.key().toStdString() << " and " << owners.value(key).toStdString();
            owners.insert(key, it.key());
        }
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (!isAppended(it.value()))
                continue;
            EXPECT_TRUE(it.key().contains(u'.'))
                << GetParam() << ": only a form label may take an appended key, not "
                << it.key().toStdString() << " \"" << it.value().toStdString() << "\"";
            const QString own = it.value().section(QStringLiteral(" (&"), 0, 0);
            for (const QChar letter : own) {
                EXPECT_FALSE(letter.isLetterOrNumber() && letter.unicode() < 0x80
                             && !owners.contains(letter.toLower()))
                    << GetParam() << ": \"" << it.value().toStdString() << "\" could take "
                    << QString(letter).toStdString();
            }
        }
    }
    EXPECT_GT(labelled, 40) << "the labels were not found";
}

// Alt and a label's key puts the keyboard in its field and the field in view: in a form taller
// than the window, a field below the fold is scrolled to as Tab and F8 would (the form stayed
// where it was, and the rep typed into a field out of sight).
TEST_P(WindowMnemonics, aLabelsKeyBringsItsFieldIntoView)
{
    window.resize(1280, 640);
    QCoreApplication::processEvents();
    auto *area = qobject_cast<QScrollArea *>(window.currentView()->sectionTabs()->currentWidget());
    ASSERT_NE(area, nullptr);
    int reached = 0;
    for (QLabel *label : area->widget()->findChildren<QLabel *>()) {
        QWidget *field = label->buddy();
        const QChar key = ui::mnemonics::of(label->text());
        if (!field || key.isNull() || !field->isVisibleTo(area->widget()))
            continue;
        area->verticalScrollBar()->setValue(0);
        window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"))->setFocus();
        QTest::keyClick(&window, key.toLatin1(), Qt::AltModifier);
        const std::string name = label->text().toStdString();
        if (!field->hasFocus() && !field->isAncestorOf(QApplication::focusWidget()))
            continue; // a key the window's menus or tabs answer first
        ++reached;
        // Its top and first line at least: a list or a text area may be taller than the view.
        const int top = field->mapTo(area->viewport(), QPoint(0, 0)).y();
        const int firstLine = std::min(field->height(), field->fontMetrics().height() * 2);
        EXPECT_TRUE(top >= 0 && top + firstLine <= area->viewport()->height())
            << GetParam() << ": Alt+" << QString(key).toStdString() << " for " << name << " at "
            << top << " in a view " << area->viewport()->height() << " high";
    }
    EXPECT_GT(reached, 10);
}

// A draft read into the window is built with the window's letters: its labels have their
// final texts before the view joins the window (a label given its letter only then is
// measured and laid out again before the first frame).
TEST_P(WindowMnemonics, aReadDraftsLabelsHaveTheirLettersBeforeItJoinsTheWindow)
{
    std::unique_ptr<ui::DocumentView> view(window.fileController()->read(
        test::dataPath(QStringLiteral("drafts/clean-new-lead.leadopp.json"))));
    ASSERT_NE(view, nullptr);
    QHash<const QLabel *, QString> before;
    for (const QLabel *label : view->findChildren<QLabel *>()) {
        if (label->buddy())
            before.insert(label, label->text());
    }
    view->assignMnemonics(ui::mnemonics::ofWindowBars(&window));
    int lettered = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        EXPECT_EQ(it.key()->text().toStdString(), it.value().toStdString()) << GetParam();
        lettered += ui::mnemonics::of(it.value()).isNull() ? 0 : 1;
    }
    EXPECT_GT(lettered, 10) << "the labels were not found";
    window.fileController()->release(view.get());
}

INSTANTIATE_TEST_SUITE_P(LatinLanguages, WindowMnemonics, ::testing::Values("en", "de", "fr"));

// Greedy first-come choice left the second text without a key ("A (B)"); a matching moves
// the first one to its other letter.
TEST(MnemonicAssignment, aTextWhoseOnlyLetterIsTakenGetsItFromOneThatCanMove)
{
    ui::mnemonics::Taken taken;
    EXPECT_EQ(assign(QStringList { QStringLiteral("Ab"), QStringLiteral("A") }, &taken),
              (QStringList { QStringLiteral("A&b"), QStringLiteral("&A") }));
    EXPECT_EQ(taken, (ui::mnemonics::Taken { u'a', u'b' }));
}

TEST(MnemonicAssignment, wordStartsComeFirstAndJapaneseLabelsGetTheAppendedForm)
{
    ui::mnemonics::Taken taken { u'c' };
    EXPECT_EQ(assign(QStringLiteral("Close date"), &taken), QStringLiteral("Close &date"));
    EXPECT_EQ(assign(QString::fromUtf8("完了予定日"), &taken),
              QString::fromUtf8("完了予定日 (&A)"));
    EXPECT_EQ(assign(QStringLiteral("R&D"), &taken), QStringLiteral("&R&&D"));
}
