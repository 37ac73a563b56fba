// A table's commands from the keyboard: the context menu (menu key, Shift+F10) sorts by the
// current column and back to record order, and Ctrl+C copies what a cell shows.
#include "ui/common/mnemonics.h"
#include "windowdriver.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>

using namespace leadopp;
using test::f8To;
using test::press;

namespace {

// A menu entry's text without its Alt+letter marker.
QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

class EditorTableMenu : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::openAndShow(window, test::kRejectedDraft);
        table = window.currentView()->table(core::Section::OfferLines);
        // The wrong amount of the second line; then the revenue type of the first.
        ASSERT_TRUE(f8To(window, "offerLines[1].amount"));
        press(&window, Qt::Key_Right);
        press(&window, Qt::Key_Up);
        ASSERT_EQ(currentPath(), QStringLiteral("offerLines[0].revenueType"));
    }

    /// The menu key as the window system delivers it (xcb, Windows): a context menu event
    /// from the keyboard, to the focus widget, at its input cursor (a view's current cell).
    /// Qt's test keys do not make one.
    void pressMenuKey()
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        const QPoint at = focus->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, focus->mapToGlobal(at));
        QApplication::sendEvent(focus, &event);
    }

    QString currentPath() const
    {
        return table->view()->currentIndex().data(ui::SectionTableModel::PathRole).toString();
    }

    /// The context menu the last key opened, once it shows.
    QMenu *openMenu()
    {
        QMenu *menu = nullptr;
        const bool shown = QTest::qWaitFor([&menu] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu && menu->isVisible();
        });
        return shown ? menu : nullptr;
    }

    /// Walks the open menu with the arrow keys to the entry `text` and presses Enter on it.
    bool choose(QMenu *menu, const QString &text)
    {
        for (int step = 0; step < menu->actions().size(); ++step) {
            press(&window, Qt::Key_Down);
            if (menu->activeAction() && plain(menu->activeAction()->text()) == text) {
                press(&window, Qt::Key_Return);
                return QTest::qWaitFor([] { return !QApplication::activePopupWidget(); });
            }
        }
        return false;
    }

    int recordRowShownFirst() const
    {
        return table->sortModel()->mapToSource(table->sortModel()->index(0, 0)).row();
    }

    ui::MainWindow window;
    ui::SectionTableWidget *table = nullptr;
};

} // namespace

TEST_F(EditorTableMenu, menuKeySortsByTheCurrentColumnAndShiftF10GoesBackToRecordOrder)
{
    const QJsonValue before = test::valueAt(window, "offerLines");
    pressMenuKey();
    QMenu *menu = openMenu();
    ASSERT_TRUE(menu);
    ASSERT_TRUE(choose(menu, QStringLiteral("Sort by “Revenue type”, ascending")));
    QHeaderView *header = table->view()->horizontalHeader();
    EXPECT_EQ(header->sortIndicatorSection(),
              table->model()->columnOf(QStringLiteral("revenueType")));
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::AscendingOrder);
    EXPECT_EQ(recordRowShownFirst(), 1) << "“RENTAL” sorts before “Upfront”";
    EXPECT_EQ(currentPath(), QStringLiteral("offerLines[0].revenueType"))
        << "the current cell stays on its record row";
    EXPECT_EQ(test::valueAt(window, "offerLines"), before) << "sorting leaves the record alone";

    press(&window, Qt::Key_F10, Qt::ShiftModifier);
    menu = openMenu();
    ASSERT_TRUE(menu);
    const auto checked = [menu](const QString &text) {
        for (const QAction *action : menu->actions()) {
            if (plain(action->text()) == text)
                return action->isChecked();
        }
        return false;
    };
    EXPECT_TRUE(checked(QStringLiteral("Sort by “Revenue type”, ascending")));
    EXPECT_FALSE(checked(QStringLiteral("Show in record order")));
    ASSERT_TRUE(choose(menu, QStringLiteral("Show in record order")));
    EXPECT_EQ(header->sortIndicatorSection(), -1);
    EXPECT_EQ(recordRowShownFirst(), 0);
}

TEST_F(EditorTableMenu, menuListsTheCellAndRowCommandsAndEscapeClosesIt)
{
    pressMenuKey();
    QMenu *menu = openMenu();
    ASSERT_TRUE(menu);
    QStringList entries;
    QSet<QChar> letters;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        entries.append(plain(action->text()));
        letters.insert(ui::mnemonics::of(action->text()));
    }
    EXPECT_FALSE(letters.contains(QChar())) << "every entry has an Alt+letter";
    EXPECT_EQ(letters.size(), entries.size()) << "none shared";
    EXPECT_EQ(entries,
              QStringList({ QStringLiteral("Cut"), QStringLiteral("Copy"), QStringLiteral("Paste"),
                            QStringLiteral("Clear"), QStringLiteral("Add row"),
                            QStringLiteral("Duplicate row"), QStringLiteral("Remove row"),
                            QStringLiteral("Move up"), QStringLiteral("Move down"),
                            QStringLiteral("Sort by “Revenue type”, ascending"),
                            QStringLiteral("Sort by “Revenue type”, descending"),
                            QStringLiteral("Show in record order") }));
    press(&window, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([] { return !QApplication::activePopupWidget(); }));
    EXPECT_EQ(window.focusWidget(), table->view());
    press(&window, Qt::Key_Down);
    EXPECT_EQ(currentPath(), QStringLiteral("offerLines[1].revenueType"))
        << "the keys go on to the table";
}

TEST_F(EditorTableMenu, ctrlCCopiesTheTextACellShowsNotTheCodeBehindIt)
{
    QGuiApplication::clipboard()->clear();
    press(&window, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("Upfront"))
        << "the label the cell shows, not UPFRONT";
    press(&window, Qt::Key_Left);
    press(&window, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
              table->view()->currentIndex().data(Qt::DisplayRole).toString());
    EXPECT_TRUE(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("48")));
}
