// File ▸ Find Leads against the sandbox: by modification window (the last 24 hours, and a
// custom window longer than seven days that goes out as several searches and can be
// cancelled), by partner opportunity id, and opening a lead from the list.
#include "serverwindow.h"
#include "ui/server/findleadsdialog.h"
#include "ui/server/leadlistmodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QTableView>

using namespace leadopp;
using test::press;
using test::type;

namespace {

class ServerFind : public test::ServerWindowTest
{
protected:
    ui::FindLeadsDialog *findDialog()
    {
        return dialogFrom<ui::FindLeadsDialog>(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    }

    bool waitForSearch(ui::FindLeadsDialog *dialog)
    {
        return QTest::qWaitFor([&] { return !dialog->isSearching(); }, 15000);
    }

    QStringList listed(ui::FindLeadsDialog *dialog)
    {
        QStringList ids;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            ids.append(dialog->model()->dsIdAt(row));
        ids.sort();
        return ids;
    }

    // A custom window: the two date-time fields are set directly (typing into their
    // sections is Qt's own behaviour, not this dialog's).
    void chooseCustomWindow(ui::FindLeadsDialog *dialog, const char *from, const char *to)
    {
        press(window.get(), Qt::Key_End); // the window chooser has the focus: last entry
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("windowFromEdit"))
            ->setDateTime(QDateTime::fromString(QLatin1String(from), Qt::ISODate));
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("windowToEdit"))
            ->setDateTime(QDateTime::fromString(QLatin1String(to), Qt::ISODate));
    }
};

} // namespace

TEST_F(ServerFind, theLast24HoursListTheLeadChangedTodayAndOpenIt)
{
    ASSERT_TRUE(changeOnServer(QStringLiteral("HCRQ-F1LLDE"), "leadOpportunity.status",
                               QStringLiteral("QUALIFIED")));
    ui::FindLeadsDialog *dialog = findDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("windowCombo"));
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(waitForSearch(dialog));
    EXPECT_EQ(listed(dialog), QStringList { QStringLiteral("HCRQ-F1LLDE") })
        << dialog->message().toStdString();
    EXPECT_TRUE(dialog->progressText().contains(QStringLiteral("in 1 search")))
        << dialog->progressText().toStdString();
    // The list has the focus and the first lead; its details come for the selection alone.
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->model()->hasDetails(0); }));
    EXPECT_EQ(dialog->model()->index(0, ui::LeadListModel::PartnerIdColumn).data().toString(),
              QStringLiteral("OPPY-12345"));
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(waitForLead(QStringLiteral("HCRQ-F1LLDE"))) << dialog->message().toStdString();
    EXPECT_EQ(test::valueAt(*window, "leadOpportunity.status").toString(),
              QStringLiteral("QUALIFIED"));
    EXPECT_FALSE(window->currentView()->document()->draft().base.isNull());
    EXPECT_TRUE(dialog->isVisible()) << "the list stays for the next lead";
}

TEST_F(ServerFind, aThreeWeekWindowIsThreeSearchesAndListsEverySeededLead)
{
    ui::FindLeadsDialog *dialog = findDialog();
    ASSERT_NE(dialog, nullptr);
    chooseCustomWindow(dialog, "2025-07-20T00:00:00Z", "2025-08-10T00:00:00Z");
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(waitForSearch(dialog));
    EXPECT_EQ(listed(dialog),
              QStringList({ QStringLiteral("5KSL-VLSWRX"), QStringLiteral("9YEL-Y3W56Q"),
                            QStringLiteral("HCRQ-F1LLDE"), QStringLiteral("XJSR-DZMFFT") }))
        << dialog->message().toStdString();
    EXPECT_TRUE(dialog->progressText().contains(QStringLiteral("in 3 search")))
        << dialog->progressText().toStdString();
    EXPECT_FALSE(dialog->model()->hasDetails(3)) << "only the selected lead is fetched";
}

TEST_F(ServerFind, aSplitSearchShowsItsProgressAndCanBeCancelled)
{
    sandbox::FaultPlan slow;
    slow.fault = sandbox::Fault::Delay;
    slow.count = -1;
    slow.delayMs = 300;
    server.injectFault(slow);
    ui::FindLeadsDialog *dialog = findDialog();
    ASSERT_NE(dialog, nullptr);
    chooseCustomWindow(dialog, "2025-07-20T00:00:00Z", "2025-08-10T00:00:00Z");
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return dialog->progressText().startsWith(QStringLiteral("Search 1 of 3"));
    })) << dialog->progressText().toStdString();
    press(window.get(), Qt::Key_H, Qt::AltModifier);
    ASSERT_TRUE(waitForSearch(dialog));
    EXPECT_TRUE(dialog->progressText().contains(QStringLiteral("cancelled after search 1 of 3")))
        << dialog->progressText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(ServerFind, byPartnerOpportunityIdThenOpenWithEnter)
{
    ui::FindLeadsDialog *dialog = findDialog();
    ASSERT_NE(dialog, nullptr);
    press(window.get(), Qt::Key_P, Qt::AltModifier);
    press(window.get(), Qt::Key_Tab);
    type(window.get(), QStringLiteral("CRM-LEAD-1234"));
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(waitForSearch(dialog));
    ASSERT_EQ(listed(dialog), QStringList { QStringLiteral("XJSR-DZMFFT") })
        << dialog->message().toStdString();
    EXPECT_EQ(QApplication::focusWidget(),
              dialog->findChild<QTableView *>(QStringLiteral("leadListView")));
    press(window.get(), Qt::Key_Return);
    ASSERT_TRUE(waitForLead(QStringLiteral("XJSR-DZMFFT"))) << dialog->message().toStdString();
    EXPECT_EQ(window->currentView()->document()->draft().base.record,
              serverCopy(QStringLiteral("XJSR-DZMFFT")).record);
}

TEST_F(ServerFind, everyColumnOpensAsWideAsItsHeading)
{
    ui::FindLeadsDialog *dialog = findDialog();
    ASSERT_NE(dialog, nullptr);
    const QHeaderView *header
        = dialog->findChild<QTableView *>(QStringLiteral("leadListView"))->horizontalHeader();
    ASSERT_EQ(header->count(), 4);
    for (int column = 0; column < header->count(); ++column) {
        EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column))
            << dialog->model()->headerData(column, Qt::Horizontal).toString().toStdString();
    }
}
