// The window shows a rejected submission with every problem lit, on the field, in the
// problems dock and as tab badges, and turns a server error "addressed" once edited.
#include "core/document/document.h"
#include "testsupport.h"
#include "ui/models/errorlistmodel.h"
#include "ui/window/documentview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/rejectionbar.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kSeed400 = QStringLiteral(
    "contract/"
    "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json");
const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");

QString stateOf(const QWidget *widget)
{
    return widget ? widget->property("issueState").toString() : QStringLiteral("<missing>");
}

int rowOfPath(const ui::ErrorListModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->pathAt(row).toString() == path)
            return row;
    }
    return -1;
}

// A draft with hundreds of problems: 300 offer lines whose amount is not a number, then a
// partner contact repeating another's e-mail address (the longest code, last in the list).
QString writeLongProblemList(const QTemporaryDir &dir)
{
    QJsonObject draft = test::parseObject(test::readData(kRejectedDraft));
    QJsonObject record = draft.value(QStringLiteral("record")).toObject();
    const QJsonObject line
        = record.value(QStringLiteral("offerLines")).toArray().first().toObject();
    QJsonArray lines;
    for (int row = 0; row < 300; ++row) {
        QJsonObject notANumber = line;
        notANumber.insert(QStringLiteral("amount"), QStringLiteral("n/a %1").arg(row));
        lines.append(notANumber);
    }
    record.insert(QStringLiteral("offerLines"), lines);
    QJsonArray partners = record.value(QStringLiteral("partnerContacts")).toArray();
    partners.append(partners.first());
    record.insert(QStringLiteral("partnerContacts"), partners);
    draft.insert(QStringLiteral("record"), record);
    const QString path = dir.filePath(QStringLiteral("long.leadopp.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(draft).toJson()) < 0)
        return {};
    return path;
}

/// Counts how often the list asks for the size of a cell in the columns that fit their text.
class CountingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    mutable int measured = 0;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        measured += index.column() == ui::ErrorListModel::KindColumn
            || index.column() == ui::ErrorListModel::CodeColumn;
        return QStyledItemDelegate::sizeHint(option, index);
    }
};

} // namespace

// The kind and code columns fit the widest of their values, wherever it is in the list,
// without laying out the text of every row at each relayout.
TEST(MainWindowErrors, longProblemList_columnsFitTheirWidestValueMeasuredOnce)
{
    const QTemporaryDir dir;
    const QString path = writeLongProblemList(dir);
    ASSERT_FALSE(path.isEmpty());
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(path));
    auto *list = window.findChild<QTableView *>(QStringLiteral("errorList"));
    ASSERT_NE(list, nullptr);
    CountingDelegate counting;
    list->setItemDelegate(&counting);
    window.resize(1100, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.resize(1200, 760);
    QCoreApplication::processEvents();

    const auto *model = window.currentView()->errorModel();
    ASSERT_GT(model->rowCount(), 300);
    int widestCode = 0;
    QString widest;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString code = model->issueAt(row).code;
        widestCode = qMax(widestCode, list->fontMetrics().horizontalAdvance(code));
        widest = code.size() > widest.size() ? code : widest;
    }
    EXPECT_EQ(widest, QStringLiteral("duplicate-contact"));
    EXPECT_EQ(model->issueAt(model->rowCount() - 1).code, widest); // last in the list
    EXPECT_GT(list->horizontalHeader()->sectionSize(ui::ErrorListModel::CodeColumn), widestCode);
    EXPECT_GT(counting.measured, 0);
    EXPECT_LT(counting.measured, model->rowCount()); // a few values, not every row
    list->setItemDelegate(nullptr);
}

TEST(MainWindowErrors, openSeed400_showsRejectionBannerAndLitFields)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(test::dataPath(kSeed400)));
    ui::DocumentView *view = window.currentView();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(window.documentCount(), 1); // the empty start tab was replaced
    EXPECT_FALSE(view->rejectionBar()->isHidden());
    EXPECT_TRUE(view->rejectionBar()->text().contains(QStringLiteral("HTTP 400")));

    auto *closeDate = window.findChild<QWidget *>(QStringLiteral("leadOpportunity_closeDate"));
    EXPECT_EQ(stateOf(closeDate), QStringLiteral("error"));
    EXPECT_FALSE(closeDate->toolTip().isEmpty());
    EXPECT_EQ(closeDate->accessibleDescription(), closeDate->toolTip());
    // The placeholder the server echoed stays visible instead of becoming a date.
    EXPECT_TRUE(qobject_cast<QLineEdit *>(closeDate)->text().contains(QStringLiteral("date")));
    auto *status = window.findChild<QComboBox *>(QStringLiteral("leadOpportunity_status"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->currentText(), QStringLiteral("string"));
    EXPECT_EQ(stateOf(status), QStringLiteral("error"));

    auto *list = window.findChild<QTableView *>(QStringLiteral("errorList"));
    ASSERT_NE(list, nullptr);
    auto *model = qobject_cast<ui::ErrorListModel *>(list->model());
    ASSERT_NE(model, nullptr);
    EXPECT_GT(model->errorCount(), 5);
    // The server named no field: its record-level message sits on top.
    EXPECT_TRUE(model->pathAt(0).isRecord());
    EXPECT_EQ(model->index(0, 0).data(ui::ErrorListModel::SourceRole).toInt(),
              int(ui::ErrorListModel::Source::Server));

    QTabWidget *tabs = view->sectionTabs();
    // The title as shown: the '&' of its Alt+letter is an underline, not a character.
    const auto shown = [tabs](int tab) { return tabs->tabText(tab).remove(u'&'); };
    EXPECT_TRUE(shown(0).startsWith(QStringLiteral("Opportunity (")));
    EXPECT_TRUE(shown(1).startsWith(QStringLiteral("Offer lines (")));
}

TEST(MainWindowErrors, editServerFlaggedField_turnsAddressed)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
    auto *currency = window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_currency"));
    ASSERT_NE(currency, nullptr);
    EXPECT_EQ(stateOf(currency), QStringLiteral("error"));
    auto *model = window.currentView()->errorModel();
    const int before = rowOfPath(model, QStringLiteral("leadOpportunity.currency"));
    ASSERT_GE(before, 0);
    EXPECT_FALSE(model->index(before, 0).data(ui::ErrorListModel::AddressedRole).toBool());

    currency->selectAll();
    QTest::keyClicks(currency, QStringLiteral("EUR"));

    EXPECT_EQ(currency->text(), QStringLiteral("EUR"));
    EXPECT_EQ(stateOf(currency), QStringLiteral("addressed"));
    const int after = rowOfPath(model, QStringLiteral("leadOpportunity.currency"));
    ASSERT_GE(after, 0); // still listed
    EXPECT_TRUE(model->index(after, 0).data(ui::ErrorListModel::AddressedRole).toBool());
    EXPECT_TRUE(window.isWindowModified());
}

TEST(MainWindowErrors, rejectedDraft_bannerCarriesTraceId)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(test::dataPath(kRejectedDraft)));
    ui::RejectionBar *bar = window.currentView()->rejectionBar();
    EXPECT_TRUE(bar->text().contains(QStringLiteral("trace 4f1c2a9e")));
    bar->copyTraceId();
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
              QStringLiteral("4f1c2a9e8b7d4c3fa6e5d2b1c0a99876"));
    EXPECT_TRUE(window.action(QStringLiteral("actionRejectionDetails"))->isEnabled());
}
