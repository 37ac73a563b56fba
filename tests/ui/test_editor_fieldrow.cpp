// Adding a field is one row. A row appended to the catalogue here, before anything reads
// it (the contract has no spare field), gets a table column with a cell editor, validation,
// a name in the Problems list and its place in the export, with no other file touched. Its
// kind, a percentage, brings its own editor hint, rule and cell text from the kind table.
// Forms are guarded the other way: an editable field of a form section without an editor,
// or a fieldPath that names no field, is reported.
#include "core/catalogue/cataloguetables.h"
#include "core/codec/exporter.h"
#include "ui/binding/formbinder.h"
#include "ui/forms/legalentityform.h"
#include "ui/forms/opportunityform.h"
#include "ui/models/errorlistmodel.h"
#include "windowdriver.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace leadopp;
using test::press;
using test::type;
using test::valueAt;

namespace {

// The one row: a discount per offer line, in whole percent.
const bool kDiscountRowAdded
    = core::appendCatalogueRow({ QStringLiteral("offerLines[].discountPercent"),
                                 core::Section::OfferLines,
                                 core::FieldKind::Percent,
                                 "Discount",
                                 {},
                                 false,
                                 false,
                                 {},
                                 false });

QStringList problemNames(ui::MainWindow &window)
{
    QStringList names;
    ui::ErrorListModel *problems = window.currentView()->errorModel();
    for (int row = 0; row < problems->rowCount(); ++row)
        names.append(problems->index(row, ui::ErrorListModel::FieldColumn).data().toString());
    return names;
}

// The rejected draft with its offer lines tab shown, clicked as a rep does.
ui::SectionTableWidget *openOfferLines(ui::MainWindow &window)
{
    test::openAndShow(window, test::kRejectedDraft);
    QTabBar *tabs = window.currentView()->sectionTabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    return window.currentView()->table(core::Section::OfferLines);
}

// The Problems list's message on `field` ("Offer line 1 · Discount"), empty when none.
QString problemMessage(ui::MainWindow &window, const QString &field)
{
    window.currentView()->session()->settleValidation();
    ui::ErrorListModel *problems = window.currentView()->errorModel();
    for (int row = 0; row < problems->rowCount(); ++row) {
        if (problems->index(row, ui::ErrorListModel::FieldColumn).data().toString() == field)
            return problems->index(row, ui::ErrorListModel::MessageColumn).data().toString();
    }
    return QString();
}

QStringList warnings;

void keepWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        warnings.append(message);
}

} // namespace

TEST(EditorFieldRow, aCatalogueRowGetsAColumnAnEditorValidationAndExport)
{
    ASSERT_TRUE(kDiscountRowAdded);
    ui::MainWindow window;
    test::openAndShow(window, test::kRejectedDraft);
    QTabBar *tabs = window.currentView()->sectionTabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    ui::SectionTableWidget *table = window.currentView()->table(core::Section::OfferLines);
    const int column = table->model()->columnOf(QStringLiteral("discountPercent"));
    ASSERT_GE(column, 0);
    EXPECT_EQ(table->view()->model()->headerData(column, Qt::Horizontal).toString(),
              QStringLiteral("Discount"));

    table->view()->setFocus(Qt::TabFocusReason);
    table->view()->setCurrentIndex(table->viewIndex(0, 0));
    for (int step = 0; step < column; ++step)
        press(&window, Qt::Key_Right);
    type(&window, QStringLiteral("ten"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[0].discountPercent"), QJsonValue(QStringLiteral("ten")));
    window.currentView()->session()->settleValidation();
    EXPECT_TRUE(problemNames(window).contains(QStringLiteral("Offer line 1 · Discount")))
        << problemNames(window).join(QStringLiteral(" | ")).toStdString();

    type(&window, QStringLiteral("15"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[0].discountPercent"), QJsonValue(15));
    window.currentView()->session()->settleValidation();
    EXPECT_FALSE(problemNames(window).contains(QStringLiteral("Offer line 1 · Discount")));
    EXPECT_TRUE(Qt::Alignment(table->view()->currentIndex().data(Qt::TextAlignmentRole).toInt())
                & Qt::AlignRight);

    const QJsonObject body
        = core::exportObject(window.currentView()->document()->record(), core::ExportMode::Update);
    EXPECT_EQ(body.value(QStringLiteral("offerLines"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("discountPercent")),
              QJsonValue(15));
}

// A percentage out of range or with decimals is kept as typed and named in Problems, never
// clamped or rounded; the cell shows the percent sign and its editor the range.
TEST(EditorFieldRow, aPercentageOutOfRangeIsAnErrorShownNotAChangedValue)
{
    ASSERT_TRUE(kDiscountRowAdded);
    ui::MainWindow window;
    ui::SectionTableWidget *table = openOfferLines(window);
    const int column = table->model()->columnOf(QStringLiteral("discountPercent"));
    ASSERT_GE(column, 0);
    table->view()->setFocus(Qt::TabFocusReason);
    table->view()->setCurrentIndex(table->viewIndex(0, column));
    const QString field = QStringLiteral("Offer line 1 · Discount");

    press(&window, Qt::Key_F2);
    auto *editor = table->view()->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->placeholderText(), QStringLiteral("0 to 100"));
    type(&window, QStringLiteral("150"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[0].discountPercent"), QJsonValue(150));
    EXPECT_TRUE(problemMessage(window, field).contains(QStringLiteral("from 0 to 100")))
        << problemMessage(window, field).toStdString();

    type(&window, QStringLiteral("12.5"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[0].discountPercent"), QJsonValue(12.5));
    EXPECT_TRUE(problemMessage(window, field).contains(QStringLiteral("whole percentage")))
        << problemMessage(window, field).toStdString();

    type(&window, QStringLiteral("100"));
    press(&window, Qt::Key_Return);
    EXPECT_EQ(valueAt(window, "offerLines[0].discountPercent"), QJsonValue(100));
    EXPECT_TRUE(problemMessage(window, field).isEmpty());
    const QString shown = table->view()->currentIndex().data(Qt::DisplayRole).toString();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("100")) && shown.endsWith(QLocale().percent()))
        << shown.toStdString();
}

TEST(EditorFieldRow, everyEditableFieldOfAFormSectionHasAnEditor)
{
    core::Document document;
    ui::EditSession session(&document);
    ui::OpportunityForm opportunity;
    ui::LegalEntityForm legalEntity;
    const ui::FormBinder opportunityBinder(&session, &opportunity);
    const ui::FormBinder legalEntityBinder(&session, &legalEntity);
    EXPECT_EQ(opportunityBinder.missingEditors(core::Section::Record), QStringList());
    EXPECT_EQ(opportunityBinder.missingEditors(core::Section::Opportunity), QStringList());
    EXPECT_EQ(legalEntityBinder.missingEditors(core::Section::CustomerLegalEntity), QStringList());
}

TEST(EditorFieldRow, theGuardNamesAFieldLeftWithoutAnEditor)
{
    core::Document document;
    ui::EditSession session(&document);
    ui::OpportunityForm form;
    auto *tactic = form.findChild<QWidget *>(QStringLiteral("leadOpportunity_gtmTacticId"));
    ASSERT_NE(tactic, nullptr);
    tactic->setProperty(ui::FormBinder::kPathProperty, QString());
    const ui::FormBinder binder(&session, &form);
    EXPECT_EQ(binder.missingEditors(core::Section::Opportunity),
              QStringList { QStringLiteral("leadOpportunity.gtmTacticId") });
}

TEST(EditorFieldRow, aFieldPathNamingNoFieldIsReported)
{
    core::Document document;
    ui::EditSession session(&document);
    QWidget form;
    new QVBoxLayout(&form);
    auto *typo = new QLineEdit(&form);
    typo->setObjectName(QStringLiteral("nameEditor"));
    typo->setProperty(ui::FormBinder::kPathProperty, QStringLiteral("leadOpportunity.nmae"));
    form.layout()->addWidget(typo);
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
    const ui::FormBinder binder(&session, &form);
    qInstallMessageHandler(previous);
    EXPECT_TRUE(binder.editors().isEmpty());
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("leadOpportunity.nmae")));
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("nameEditor")));
}

// Qt sizes a row header from its first and last hundred rows; a flagged row between them
// (its number beside an icon) must still show its whole number.
TEST(EditorFieldRow, aFlaggedRowFarFromBothEndsShowsItsWholeNumber)
{
    QJsonArray rows;
    for (int row = 0; row < 1000; ++row) {
        const int line = row == 499 ? 0 : row; // row 500 repeats row 1: a flagged row
        rows.append(
            QJsonObject { { QStringLiteral("offerNameId"), QStringLiteral("Line %1").arg(line) },
                          { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") },
                          { QStringLiteral("amount"), 100 + line } });
    }
    core::Draft draft;
    draft.record = QJsonObject { { QStringLiteral("offerLines"), rows } };
    core::Document document(draft);
    ui::EditSession session(&document);
    ui::SectionTableWidget table(&session, core::Section::OfferLines);
    table.resize(800, 400);
    table.show();
    QHeaderView *header = table.findChild<QTableView *>()->verticalHeader();
    const QString flagged = header->model()->headerData(499, Qt::Vertical).toString();
    ASSERT_EQ(flagged, QStringLiteral("500"));
    ASSERT_FALSE(header->model()->headerData(499, Qt::Vertical, Qt::DecorationRole).isNull());
    const int icon = header->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, header);
    EXPECT_GE(header->width(), header->fontMetrics().horizontalAdvance(flagged) + icon);
}
