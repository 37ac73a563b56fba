// What a screen reader finds in the editor, read through QAccessibleInterface (what the
// AT-SPI bridge exports): a name for every control a rep can reach, every problem as the
// description of its field, cell or row, checkable checklist items, a rejection that takes
// the focus to an alert, unique Alt+letters, and a tab order that follows the eye.
#include "core/catalogue/formposition.h"
#include "sandboxwindow.h"
#include "ui/binding/formbinder.h"
#include "ui/common/mnemonics.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/fieldissue.h"
#include "ui/submit/submitcontroller.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/rejectionbar.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <iostream>

using namespace leadopp;
using test::press;

namespace {

constexpr int kSections = 5;

QAccessibleInterface *accessible(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object);
}

QString nameOf(QObject *object)
{
    QAccessibleInterface *iface = accessible(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
}

bool reachable(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy();
}

bool saysAProblem(const QString &description)
{
    return description.contains(QStringLiteral("Error: "))
        || description.contains(QStringLiteral("Server: "))
        || description.contains(QStringLiteral("Warning: "));
}

// What a rep can see and reach, in the order Tab visits it.
QList<QWidget *> tabChain(QWidget *page)
{
    QList<QWidget *> chain;
    for (QWidget *widget = page->nextInFocusChain(); widget != page;
         widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && reachable(widget) && !chain.contains(widget))
            chain.append(widget);
    }
    return chain;
}

// Reading order: the next stop is below the previous one, or to its right (the next
// widget in a row, or the top of the next column).
bool readsAfter(const QRect &previous, const QRect &next)
{
    constexpr int kSlack = 2;
    return next.top() >= previous.bottom() - kSlack || next.left() >= previous.right() - kSlack;
}

class Accessibility : public test::SandboxWindowTest
{
protected:
    ui::DocumentView *view() { return window->currentView(); }
    void showSection(int tab)
    {
        view()->sectionTabs()->setCurrentIndex(tab);
        QApplication::processEvents();
    }
    QList<QLabel *> formLabels() const
    {
        QList<QLabel *> labels;
        const auto all = window->findChildren<QLabel *>();
        for (QLabel *label : all) {
            if (label->isVisible() && label->buddy()
                && !label->buddy()->property("fieldPath").isNull())
                labels.append(label);
        }
        return labels;
    }
};

} // namespace

TEST_F(Accessibility, everyReachableControl_hasANameOfWordsOnly)
{
    test::openAndShow(*window, test::kRejectedDraft);
    QStringList unnamed;
    int checked = 0;
    for (int tab = 0; tab < kSections; ++tab) {
        showSection(tab);
        const auto widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!reachable(widget))
                continue;
            ++checked;
            const QString name = nameOf(widget);
            if (name.trimmed().isEmpty() || name.contains(QChar(0xFFFC)))
                unnamed.append(describe(widget) + QStringLiteral(" [") + name + u']');
        }
    }
    unnamed.removeDuplicates();
    EXPECT_GT(checked, 40);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QStringLiteral(", ")).toStdString();
}

TEST_F(Accessibility, flaggedFields_describeTheirProblem_andRequiredFieldsSaySo)
{
    test::openAndShow(*window, test::kRejectedDraft);
    test::showEverySection(*window);
    int flagged = 0;
    for (QWidget *editor : window->findChildren<QWidget *>()) {
        const QString state = editor->property("issueState").toString();
        if (editor->property("fieldPath").isNull())
            continue;
        QAccessibleInterface *iface = accessible(editor);
        ASSERT_NE(iface, nullptr) << describe(editor).toStdString();
        const QString name = iface->text(QAccessible::Name);
        EXPECT_FALSE(name.isEmpty() || name.contains(u'*') || name.contains(QChar(0xFFFC)))
            << describe(editor).toStdString() << ": " << name.toStdString();
        if (state.isEmpty())
            continue;
        ++flagged;
        EXPECT_TRUE(saysAProblem(iface->text(QAccessible::Description)))
            << describe(editor).toStdString() << ": "
            << iface->text(QAccessible::Description).toStdString();
    }
    std::cout << "[ fields ] " << flagged << " flagged fields describe their problem" << std::endl;
    EXPECT_GE(flagged, 3);
    // Qt has no "required" state: a required field's description says it first.
    int required = 0;
    for (QLabel *label : formLabels()) {
        if (!label->text().endsWith(QStringLiteral(" *")))
            continue;
        ++required;
        EXPECT_TRUE(accessible(label->buddy())
                        ->text(QAccessible::Description)
                        .startsWith(QStringLiteral("Required.")))
            << label->objectName().toStdString();
    }
    EXPECT_GT(required, 0);
}

TEST_F(Accessibility, flaggedCellsAndRows_describeTheirProblem)
{
    test::openAndShow(*window, test::kRejectedDraft);
    test::showEverySection(*window);
    int cells = 0;
    for (auto *table : window->findChildren<ui::SectionTableWidget *>()) {
        QAccessibleTableInterface *grid = accessible(table->view())->tableInterface();
        ASSERT_NE(grid, nullptr);
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QVariant kind
                    = model->index(row, column).data(ui::SectionTableModel::IssueKindRole);
                if (!kind.isValid() || kind.toInt() == int(ui::IssueKind::Warning))
                    continue;
                ++cells;
                QAccessibleInterface *cell = grid->cellAt(row, column);
                ASSERT_NE(cell, nullptr);
                EXPECT_FALSE(cell->text(QAccessible::Name).isEmpty()) << row << "," << column;
                EXPECT_TRUE(saysAProblem(cell->text(QAccessible::Description)))
                    << cell->text(QAccessible::Description).toStdString();
            }
            if (!model->headerData(row, Qt::Vertical, ui::SectionTableModel::IssueKindRole)
                     .isValid())
                continue;
            const auto headers = grid->cellAt(row, 0)->tableCellInterface()->rowHeaderCells();
            ASSERT_FALSE(headers.isEmpty());
            EXPECT_FALSE(headers.first()->text(QAccessible::Description).isEmpty());
        }
    }
    EXPECT_GE(cells, 3) << "the bundled rejection flags three cells";
}

// A screen reader says what the cell shows: "Upfront", not the code UPFRONT it stores.
TEST_F(Accessibility, choiceCells_areNamedByTheLabelTheyShow)
{
    test::openAndShow(*window, test::kRejectedDraft);
    ui::SectionTableWidget *lines = window->currentView()->table(core::Section::OfferLines);
    QAccessibleTableInterface *grid = accessible(lines->view())->tableInterface();
    ASSERT_NE(grid, nullptr);
    const int column = lines->model()->columnOf(QStringLiteral("revenueType"));
    EXPECT_EQ(grid->cellAt(0, column)->text(QAccessible::Name), QStringLiteral("Upfront"));
    // The draft's unknown code has no label: it is said as it is shown.
    EXPECT_EQ(grid->cellAt(1, column)->text(QAccessible::Name), QStringLiteral("RENTAL"));
}

TEST_F(Accessibility, tablesAndEnvironmentChooser_areNamedByPurpose)
{
    test::openAndShow(*window, test::kRejectedDraft);
    test::showEverySection(*window);
    for (auto *table : window->findChildren<ui::SectionTableWidget *>())
        EXPECT_FALSE(nameOf(table->view()).isEmpty()) << describe(table).toStdString();
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(nameOf(combo), QStringLiteral("Environment"));
    EXPECT_EQ(accessible(combo)->text(QAccessible::Value), combo->currentText());
    auto *label = window->findChild<QLabel *>(QStringLiteral("environmentChooserLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->buddy(), combo);
    const QChar letter = ui::mnemonics::of(label->text());
    EXPECT_FALSE(letter.isNull());
    for (const QAction *menu : window->menuBar()->actions()) // Alt+E is the Edit menu's
        EXPECT_NE(ui::mnemonics::of(menu->text()), letter) << menu->text().toStdString();
    QAccessibleInterface *banner = accessible(view()->rejectionBar());
    EXPECT_EQ(banner->role(), QAccessible::AlertMessage);
    EXPECT_FALSE(banner->text(QAccessible::Name).isEmpty());
    EXPECT_TRUE(banner->text(QAccessible::Description).contains(QStringLiteral("Rejected")));
}

TEST_F(Accessibility, checklistItems_sayTheyAreCheckable)
{
    test::openAndShow(*window, test::kRejectedDraft);
    auto *reasons = window->findChild<QListWidget *>(QStringLiteral("leadOpportunity_reasonLost"));
    ASSERT_NE(reasons, nullptr);
    QAccessibleInterface *list = accessible(reasons);
    ASSERT_GT(list->childCount(), 0);
    for (int i = 0; i < list->childCount(); ++i) {
        EXPECT_TRUE(list->child(i)->state().checkable) << i;
        EXPECT_FALSE(list->child(i)->text(QAccessible::Name).isEmpty()) << i;
    }
}

TEST_F(Accessibility, mnemonics_areUniqueInWhatIsInView_andLabelsArePlainText)
{
    test::openAndShow(*window, test::kRejectedDraft);
    for (int tab = 0; tab < kSections; ++tab) {
        showSection(tab);
        QStringList owners;
        QHash<QChar, QString> taken;
        const auto claim = [&owners, &taken](const QString &text, const QString &owner) {
            const QChar letter = ui::mnemonics::of(text);
            if (letter.isNull())
                return false;
            EXPECT_FALSE(taken.contains(letter))
                << "Alt+" << QString(letter).toStdString() << ": " << owner.toStdString() << " and "
                << taken.value(letter).toStdString();
            taken.insert(letter, owner);
            return true;
        };
        for (QAction *menu : window->menuBar()->actions())
            claim(menu->text(), menu->text());
        for (QLabel *label : window->findChild<QToolBar *>(QStringLiteral("submitToolBar"))
                                 ->findChildren<QLabel *>())
            claim(label->text(), label->objectName());
        for (int section = 0; section < kSections; ++section) {
            EXPECT_TRUE(claim(view()->sectionTabs()->tabText(section),
                              view()->sectionTabs()->tabText(section)));
        }
        for (auto *button : view()->rejectionBar()->findChildren<QAbstractButton *>()) {
            if (button->isVisible()) {
                EXPECT_TRUE(claim(button->text(), button->objectName()));
            }
        }
        const QList<QLabel *> labels = formLabels();
        EXPECT_EQ(labels.isEmpty(), tab == 1 || tab > 2) << "tab " << tab;
        for (QLabel *label : labels) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
            EXPECT_TRUE(claim(label->text(), label->objectName()))
                << label->objectName().toStdString();
        }
    }
}

TEST_F(Accessibility, tabOrder_followsTheVisualOrder_inEverySection)
{
    test::openAndShow(*window, test::kRejectedDraft);
    for (int tab = 0; tab < kSections; ++tab) {
        showSection(tab);
        QWidget *page = view()->sectionTabs()->currentWidget();
        const QList<QWidget *> chain = tabChain(page);
        ASSERT_GE(chain.size(), 2) << "tab " << tab;
        for (int i = 1; i < chain.size(); ++i) {
            const QRect previous(chain.at(i - 1)->mapTo(page, QPoint()), chain.at(i - 1)->size());
            const QRect next(chain.at(i)->mapTo(page, QPoint()), chain.at(i)->size());
            EXPECT_TRUE(readsAfter(previous, next))
                << "tab " << tab << ": " << describe(chain.at(i - 1)).toStdString() << " -> "
                << describe(chain.at(i)).toStdString();
        }
    }
}

// F8, the Problems list and the command line's findings run in catalogue order; the Tab
// order of every form is that order too, so F8 goes on from a field to the problems after
// it on screen.
TEST_F(Accessibility, tabOrder_runsInTheCataloguesOrder_asF8AndTheProblemsListDo)
{
    test::openAndShow(*window, test::kRejectedDraft);
    for (int tab = 0; tab < kSections; ++tab) {
        showSection(tab);
        QStringList paths;
        for (QWidget *widget : tabChain(view()->sectionTabs()->currentWidget())) {
            const QString path = widget->property(ui::FormBinder::kPathProperty).toString();
            if (!path.isEmpty() && !paths.contains(path))
                paths.append(path);
        }
        for (int i = 1; i < paths.size(); ++i) {
            EXPECT_TRUE(core::FormPosition::of(paths.at(i - 1))
                        < core::FormPosition::of(paths.at(i)))
                << "tab " << tab << ": " << paths.at(i - 1).toStdString() << " -> "
                << paths.at(i).toStdString();
        }
    }
}

TEST_F(Accessibility, rejection_takesTheFocusToAnAlert)
{
    test::openAndShow(*window, QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    auto *name = window->findChild<QWidget *>(QStringLiteral("leadOpportunity_name"));
    name->setFocus(Qt::TabFocusReason);
    press(window.get(), Qt::Key_A, Qt::ControlModifier);
    press(window.get(), Qt::Key_Delete);
    QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
    press(window.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(finished.wait(10000));
    ui::RejectionBar *banner = view()->rejectionBar();
    EXPECT_TRUE(QTest::qWaitFor([banner] { return banner->hasFocus(); }, 2000));
    QAccessibleInterface *alert = accessible(QApplication::focusWidget());
    ASSERT_NE(alert, nullptr);
    EXPECT_EQ(alert->role(), QAccessible::AlertMessage);
    EXPECT_TRUE(alert->state().focused);
    EXPECT_TRUE(alert->text(QAccessible::Description).contains(QStringLiteral("Rejected")))
        << alert->text(QAccessible::Description).toStdString();
}
