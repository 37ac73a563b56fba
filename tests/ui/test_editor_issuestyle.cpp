// One issue style, from one table derived from the palette: a form field, a table cell, a
// tab, the Problems list and the banner show the same problem alike, and stay readable in
// a light and in a dark theme (run with LEADOPP_SCREENSHOT_DIR set to keep screenshots).
#include "ui/binding/issuestyle.h"
#include "ui/common/contrast.h"
#include "ui/models/errorlistmodel.h"
#include "ui/models/issuedecoration.h"
#include "ui/window/rejectionbar.h"
#include "windowdriver.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <cmath>

using namespace leadopp;
using test::f8To;
using test::press;
using ui::IssueKind;
using ui::issueLook;

using ui::wcag::contrast;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    return dark;
}

// The colour most pixels of an image have: the background of a widget.
QColor dominantColor(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(best))
            best = it.key();
    }
    return QColor::fromRgb(best);
}

// The strongest contrast any pixel of `area` has with `background`: the text's.
double textContrast(const QImage &image, const QRect &area, const QColor &background)
{
    double best = 1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            best = std::max(best, contrast(QColor::fromRgb(image.pixel(x, y)), background));
    }
    return best;
}

class IssueStyle : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(GetParam() ? darkPalette()
                                            : QApplication::style()->standardPalette());
        test::openAndShow(window, test::kRejectedDraft);
    }
    void TearDown() override { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void keepScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LEADOPP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(
                dir + u'/' + name
                + (GetParam() ? QStringLiteral("-dark.png") : QStringLiteral("-light.png")));
    }

    ui::MainWindow window;
};

} // namespace

// Every contrast check here and in the styles goes through one WCAG formula: it gives the
// standard's reference values.
TEST(WcagContrast, givesTheStandardsReferenceValues)
{
    EXPECT_DOUBLE_EQ(contrast(Qt::black, Qt::white), 21.0);
    EXPECT_DOUBLE_EQ(contrast(Qt::white, Qt::black), 21.0);
    EXPECT_DOUBLE_EQ(contrast(QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80)), 1.0);
    // The lightest grey that passes 4.5:1 on white, and the darkest one that does not.
    EXPECT_NEAR(contrast(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
    EXPECT_LT(contrast(QColor(0x77, 0x77, 0x77), Qt::white), 4.5);
    EXPECT_NEAR(ui::wcag::luminance(QColor(0xff, 0x00, 0x00)), 0.2126, 1e-4);
}

TEST_P(IssueStyle, aServerAndAClientErrorLookAlikeInFormsCellsTabsListAndBanner)
{
    const ui::IssueLook error = issueLook(IssueKind::Error);
    EXPECT_EQ(issueLook(IssueKind::Server).tint, error.tint);
    ASSERT_TRUE(f8To(window, "leadOpportunity.currency")); // a client and a server error
    QWidget *currency = QApplication::focusWidget();
    EXPECT_TRUE(currency->styleSheet().contains(error.tint.name()))
        << currency->styleSheet().toStdString();
    EXPECT_TRUE(currency->styleSheet().contains(error.accent.name()));

    QTabBar *tabs = window.currentView()->sectionTabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(3).center());
    auto *contacts = window.currentView()->table(core::Section::CustomerContacts);
    ASSERT_EQ(window.currentView()->sectionTabs()->currentWidget(), contacts);
    ASSERT_TRUE(f8To(window, "customerContacts[0].email")); // the server's only, and a warning
    const QModelIndex email = contacts->view()->currentIndex();
    EXPECT_EQ(email.data(ui::SectionTableModel::IssueKindRole).toInt(), int(IssueKind::Server));
    EXPECT_EQ(email.data(Qt::BackgroundRole).value<QBrush>().color(), error.tint)
        << "a server error in a cell looks as a client error in a form";
    EXPECT_EQ(email.data(Qt::ForegroundRole).value<QBrush>().color(), error.text);

    EXPECT_EQ(tabs->tabTextColor(0), error.accent);
    EXPECT_TRUE(window.currentView()->rejectionBar()->styleSheet().contains(error.tint.name()));

    auto *problems = window.currentView()->errorModel();
    QImage serverIcon, clientIcon;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const auto kind
            = IssueKind(problems->index(row, 0).data(ui::ErrorListModel::IssueKindRole).toInt());
        const QImage icon
            = problems->index(row, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
        if (kind == IssueKind::Server)
            serverIcon = icon;
        else if (kind == IssueKind::Error)
            clientIcon = icon;
    }
    ASSERT_FALSE(serverIcon.isNull());
    EXPECT_EQ(serverIcon, clientIcon) << "one marker for both in the Problems list";
    keepScreenshot(&window, QStringLiteral("issues"));
}

TEST_P(IssueStyle, everyLookIsReadableInThisPalette)
{
    const QPalette palette = QApplication::palette();
    for (const auto tone : { ui::IssueTone::Error, ui::IssueTone::Warning, ui::IssueTone::Addressed,
                             ui::IssueTone::Accepted }) {
        const ui::IssueLook look = issueLook(tone, palette);
        EXPECT_GE(contrast(look.text, look.tint), 4.5) << int(tone);
        EXPECT_GE(contrast(look.accent, palette.color(QPalette::Window)), 4.5) << int(tone);
        EXPECT_GE(contrast(look.accent, look.tint), 3.0) << int(tone);
    }
}

// The seed 400 leaves "string" in the status: the combo shows it flagged, and its text
// stands out from the tint (it was white on pale pink).
TEST_P(IssueStyle, anInvalidComboItemIsReadable)
{
    ASSERT_TRUE(window.openFile(test::dataPath(QStringLiteral(
        "contract/"
        "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json"))));
    ASSERT_TRUE(f8To(window, "leadOpportunity.status"));
    auto *status = qobject_cast<QComboBox *>(QApplication::focusWidget());
    ASSERT_NE(status, nullptr);
    ASSERT_EQ(status->currentText(), QStringLiteral("string"));
    const QImage image = status->grab().toImage();
    const QColor background = dominantColor(image);
    EXPECT_EQ(background, issueLook(IssueKind::Error).tint);
    const QRect text(26, image.height() / 2 - 4, 36, 8);
    EXPECT_GE(textContrast(image, text, background), 4.5);
    keepScreenshot(status, QStringLiteral("combo"));
    press(&window, Qt::Key_Tab);
    keepScreenshot(&window, QStringLiteral("seed400"));
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, IssueStyle, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &param) {
                             return param.param ? "dark" : "light";
                         });

// A field decorated again (another message on the same error) keeps its colours: the tint
// is mixed from the surroundings' palette, not from the one the field's own sheet made.
TEST(IssueStyleSheet, staysTheSameOnceTheFieldHasOne)
{
    QWidget form;
    auto *field = new QLineEdit(&form);
    const QString first = ui::issuestyle::styleSheetFor(field, IssueKind::Error);
    field->setStyleSheet(first);
    field->ensurePolished();
    EXPECT_EQ(ui::issuestyle::styleSheetFor(field, IssueKind::Error), first);
}
