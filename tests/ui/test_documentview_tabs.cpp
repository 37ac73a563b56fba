// A draft's sections are built when first shown: until then a tab holds an empty page,
// yet shows its title and problem count, and a section built later honours what was set
// on the view before (read-only, the letters its labels may not take).
#include "testsupport.h"
#include "ui/forms/legalentityform.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/documentview.h"
#include "ui/window/mainwindow.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");
constexpr int kOfferLinesTab = 1;
constexpr int kLegalEntityTab = 2;

class SectionTabs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
        view = window.currentView();
        tabs = view->sectionTabs();
    }

    ui::MainWindow window;
    ui::DocumentView *view = nullptr;
    QTabWidget *tabs = nullptr;
};

} // namespace

TEST_F(SectionTabs, onlyTheSectionInViewIsBuiltAtOpen)
{
    EXPECT_EQ(tabs->currentIndex(), 0);
    EXPECT_NE(qobject_cast<QScrollArea *>(tabs->widget(0)), nullptr);
    EXPECT_EQ(view->findChild<ui::SectionTableWidget *>(), nullptr);
    EXPECT_EQ(view->findChild<ui::LegalEntityForm *>(), nullptr);
}

TEST_F(SectionTabs, aSectionShownTheFirstTimeKeepsItsTitleCountAndPlace)
{
    const QString title = tabs->tabText(kOfferLinesTab);
    const qint64 icon = tabs->tabIcon(kOfferLinesTab).cacheKey();
    const QColor color = tabs->tabBar()->tabTextColor(kOfferLinesTab);
    const QVariant mnemonicTitle = tabs->tabBar()->tabData(kOfferLinesTab);
    EXPECT_TRUE(title.endsWith(u')')) << title.toStdString() << ": the problems are counted";
    tabs->setCurrentIndex(kOfferLinesTab);
    auto *table = qobject_cast<ui::SectionTableWidget *>(tabs->currentWidget());
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table, view->table(core::Section::OfferLines));
    EXPECT_EQ(tabs->currentIndex(), kOfferLinesTab);
    EXPECT_EQ(tabs->count(), 5);
    EXPECT_EQ(tabs->tabText(kOfferLinesTab), title);
    EXPECT_EQ(tabs->tabIcon(kOfferLinesTab).cacheKey(), icon);
    EXPECT_EQ(tabs->tabBar()->tabTextColor(kOfferLinesTab), color);
    EXPECT_EQ(tabs->tabBar()->tabData(kOfferLinesTab), mnemonicTitle);
}

TEST_F(SectionTabs, aSectionBuiltLaterIsReadOnlyWhenTheViewIs)
{
    view->setReadOnly(true);
    EXPECT_FALSE(view->table(core::Section::CustomerContacts)->isEnabled());
    tabs->setCurrentIndex(kLegalEntityTab);
    const auto *form = view->findChild<ui::LegalEntityForm *>();
    ASSERT_NE(form, nullptr);
    EXPECT_FALSE(form->isEnabled());
}

TEST_F(SectionTabs, aFormBuiltLaterGetsItsLabelsLetters)
{
    tabs->setCurrentIndex(kLegalEntityTab);
    const auto *form = view->findChild<ui::LegalEntityForm *>();
    ASSERT_NE(form, nullptr);
    int lettered = 0;
    for (const QLabel *label : form->findChildren<QLabel *>())
        lettered += label->buddy() && label->text().contains(u'&');
    EXPECT_GT(lettered, 3);
}
