// The 43 reasons lost: a filter box finds one by a word of its label or code, and the ticked
// reasons are named under the list, visible without scrolling.
#include "windowdriver.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>

using namespace leadopp;
using test::press;
using test::type;
using test::valueAt;

namespace {

class EditorReasons : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::openAndShow(window, test::kRejectedDraft);
        reasons = window.findChild<QListWidget *>(QStringLiteral("leadOpportunity_reasonLost"));
        filter = window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_reasonLostFilter"));
        ticked = window.findChild<QLabel *>(QStringLiteral("leadOpportunity_reasonLostTicked"));
        ASSERT_NE(reasons, nullptr);
        ASSERT_NE(filter, nullptr);
        ASSERT_NE(ticked, nullptr);
    }

    QStringList shownItems() const
    {
        QStringList shown;
        for (int row = 0; row < reasons->count(); ++row) {
            if (!reasons->item(row)->isHidden())
                shown.append(reasons->item(row)->text());
        }
        return shown;
    }

    void clickInto(QWidget *widget)
    {
        auto *area = window.findChild<QScrollArea *>(QStringLiteral("opportunityFormScroll"));
        if (area)
            area->ensureWidgetVisible(widget);
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    }

    ui::MainWindow window;
    QListWidget *reasons = nullptr;
    QLineEdit *filter = nullptr;
    QLabel *ticked = nullptr;
};

} // namespace

TEST_F(EditorReasons, typingInTheFilterShowsOnlyMatchingReasonsAndDownTicksTheFirst)
{
    ASSERT_EQ(reasons->count(), 43);
    clickInto(filter);
    ASSERT_EQ(QApplication::focusWidget(), filter);
    type(&window, QStringLiteral("dup"));
    EXPECT_EQ(shownItems(),
              (QStringList { QStringLiteral("Duplicate copy"), QStringLiteral("Duplicate lead"),
                             QStringLiteral("Duplicate opportunity") }));
    press(&window, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), reasons);
    press(&window, Qt::Key_Down);
    press(&window, Qt::Key_Space);
    EXPECT_EQ(valueAt(window, "leadOpportunity.reasonLost"),
              QJsonValue(QJsonArray { QStringLiteral("DUP_LEAD") }));
    // By code too: the code is what a rep may have from a report.
    clickInto(filter);
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("ROI_NT"));
    EXPECT_EQ(shownItems(), QStringList { QStringLiteral("ROI for enforcement not viable") });
    press(&window, Qt::Key_A, Qt::ControlModifier);
    press(&window, Qt::Key_Backspace);
    EXPECT_EQ(shownItems().size(), 43);
}

TEST_F(EditorReasons, tickedReasonsAreNamedUnderTheListWhateverItsScroll)
{
    EXPECT_EQ(ticked->text(), QStringLiteral("None ticked."));
    reasons->setFocus(Qt::TabFocusReason);
    reasons->setCurrentRow(0);
    press(&window, Qt::Key_Space); // the first reason
    press(&window, Qt::Key_End);
    press(&window, Qt::Key_Up);
    press(&window, Qt::Key_Space); // "Merged", at the bottom
    EXPECT_EQ(ticked->text(), QStringLiteral("Ticked (2): Better competition offer; Merged"));
    reasons->scrollToTop();
    EXPECT_TRUE(ticked->isVisible());
    EXPECT_GE(ticked->geometry().top(), reasons->geometry().bottom())
        << "named right under the list, outside its scrolling";
    window.action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(ticked->text(), QStringLiteral("Ticked (1): Better competition offer"))
        << "an undo updates the line too";
}
