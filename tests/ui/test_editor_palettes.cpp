// Errors are never colour alone: in the default, the dark and the high-contrast palette
// every flagged form field and table cell of the bundled rejection carries an icon (and a
// message as text for a screen reader), and the error colours keep WCAG's 3:1 non-text
// contrast against the background they are drawn on.
#include "ui/common/contrast.h"
#include "ui/common/palettes.h"
#include "ui/errors/errordock.h"
#include "ui/models/issuedecoration.h"
#include "windowdriver.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <cmath>

using namespace leadopp;
using ui::IssueKind;

using ui::wcag::contrast;

namespace {

// The colour most pixels of `image` have, among the fully opaque ones when `opaqueOnly`:
// a widget's background, or an icon's fill.
QColor dominantColor(const QImage &image, bool opaqueOnly = false)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (!opaqueOnly || qAlpha(pixel) == 255)
                ++counts[pixel];
        }
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    }
    return QColor::fromRgb(best);
}

QColor iconFill(const QIcon &icon)
{
    return dominantColor(icon.pixmap(16, 16).toImage(), true);
}

bool isError(const QVariant &kind)
{
    return kind.isValid()
        && (kind.toInt() == int(IssueKind::Error) || kind.toInt() == int(IssueKind::Server));
}

QLabel *labelOf(QWidget *window, const QWidget *editor)
{
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == editor)
            return label;
    }
    return nullptr;
}

struct Cue {
    QIcon icon;
    QColor background; ///< what the icon is drawn on
};

// The icons that mark a field: in its label (on the window), and inside a line edit (on
// the field's tint), told from the field's own buttons by their text, the kind's name.
QList<Cue> fieldCues(QWidget *window, QWidget *editor)
{
    QList<Cue> cues;
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const auto actions = line->actions();
        for (const QAction *action : actions) {
            if (action->text() == ui::issueKindName(IssueKind::Error)
                || action->text() == ui::issueKindName(IssueKind::Server))
                cues.append({ action->icon(), dominantColor(editor->grab().toImage()) });
        }
    }
    const QLabel *label = labelOf(window, editor);
    const auto *icon = label ? label->findChild<QLabel *>(QStringLiteral("issueIcon")) : nullptr;
    if (icon && icon->isVisibleTo(label) && !icon->pixmap().isNull())
        cues.append({ QIcon(icon->pixmap()), label->palette().color(QPalette::Window) });
    return cues;
}

class PaletteCues : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        const QString name = QString::fromLatin1(GetParam());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        if (name == QStringLiteral("default")) {
            QApplication::setPalette(QApplication::style()->standardPalette());
            ASSERT_TRUE(ui::palettes::apply(QStringLiteral("system"))); // as at start
        } else {
            ASSERT_TRUE(ui::palettes::apply(name));
        }
        test::openAndShow(window, test::kRejectedDraft);
        test::showEverySection(window);
    }
    void TearDown() override { QApplication::setPalette(QApplication::style()->standardPalette()); }

    ui::MainWindow window;
};

} // namespace

TEST_P(PaletteCues, everyFlaggedFieldHasAnIconAndItsColoursKeepThreeToOne)
{
    const ui::IssueLook look = ui::issueLook(IssueKind::Error);
    const QColor windowColor = QApplication::palette().color(QPalette::Window);
    int flagged = 0;
    const auto editors = window.findChildren<QWidget *>();
    for (QWidget *editor : editors) {
        if (editor->property("issueState").toString() != QStringLiteral("error"))
            continue;
        ++flagged;
        const std::string name = editor->property("fieldPath").toString().toStdString();
        EXPECT_FALSE(editor->accessibleDescription().isEmpty()) << name;
        const QList<Cue> cues = fieldCues(&window, editor);
        ASSERT_FALSE(cues.isEmpty()) << name << ": only a colour marks it";
        for (const Cue &cue : cues) {
            EXPECT_GE(contrast(iconFill(cue.icon), cue.background), 3.0)
                << name << ": icon " << iconFill(cue.icon).name().toStdString() << " on "
                << cue.background.name().toStdString();
        }
        const QColor fieldBackground = dominantColor(editor->grab().toImage());
        EXPECT_GE(contrast(look.accent, fieldBackground), 3.0)
            << name << ": frame on " << fieldBackground.name().toStdString();
        EXPECT_GE(contrast(look.accent, windowColor), 3.0) << name << ": frame on the window";
    }
    EXPECT_GE(flagged, 2) << "the rejection flags the currency and the close date";
}

TEST_P(PaletteCues, everyFlaggedCellHasAnIconTextAndItsColoursKeepThreeToOne)
{
    int flagged = 0;
    for (const auto section : { core::Section::OfferLines, core::Section::CustomerContacts,
                                core::Section::PartnerContacts }) {
        const QAbstractItemModel *model = window.currentView()->table(section)->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex cell = model->index(row, column);
                if (!isError(cell.data(ui::SectionTableModel::IssueKindRole)))
                    continue;
                ++flagged;
                const std::string name
                    = cell.data(ui::SectionTableModel::PathRole).toString().toStdString();
                const QIcon icon = cell.data(Qt::DecorationRole).value<QIcon>();
                ASSERT_FALSE(icon.isNull()) << name << ": only a colour marks it";
                EXPECT_TRUE(cell.data(Qt::AccessibleDescriptionRole).toString().contains(u':'))
                    << name;
                const QColor background = cell.data(Qt::BackgroundRole).value<QBrush>().color();
                EXPECT_GE(contrast(iconFill(icon), background), 3.0)
                    << name << ": icon " << iconFill(icon).name().toStdString() << " on "
                    << background.name().toStdString();
            }
        }
    }
    EXPECT_GE(flagged, 1);
}

// An unticked reason is a box a rep must see to tick it: its outline keeps 3:1 against the
// list it is drawn on, in every palette (Fusion's own outline is the window colour made
// darker, which on a dark or black window is no outline at all).
TEST_P(PaletteCues, everyUntickedReasonShowsItsBox)
{
    int checked = 0;
    for (const char *name : { "leadOpportunity_reasonWon", "leadOpportunity_reasonLost" }) {
        auto *list = window.findChild<QListWidget *>(QLatin1String(name));
        ASSERT_NE(list, nullptr) << name;
        const QColor base = list->palette().color(QPalette::Base);
        const QImage shot = list->viewport()->grab().toImage();
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            const QRect rect = list->visualItemRect(item);
            if (item->checkState() != Qt::Unchecked || !shot.rect().contains(rect))
                continue;
            // The indicator sits at the item's left, a square of about the item's height.
            double strongest = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                for (int x = rect.left(); x <= rect.left() + rect.height() + 4; ++x)
                    strongest = std::max(strongest, contrast(shot.pixelColor(x, y), base));
            }
            EXPECT_GE(strongest, 3.0) << name << " row " << row;
            ++checked;
        }
    }
    EXPECT_GE(checked, 2);
}

// The strongest contrast against `against` along the top and bottom two rows of `image`
// (where a field's frame and its focus ring are drawn, and never its text or buttons).
double strongestAtTheEdge(const QImage &image, const QColor &against)
{
    double strongest = 0;
    for (const int y : { 0, 1, image.height() - 2, image.height() - 1 }) {
        for (int x = 4; x < image.width() - 4; ++x)
            strongest = std::max(strongest, contrast(image.pixelColor(x, y), against));
    }
    return strongest;
}

// The strongest contrast between the same pixel of two images along their top and bottom two
// rows: how much a change of state changes a field's edge.
double strongestChangeAtTheEdge(const QImage &before, const QImage &after)
{
    double strongest = 0;
    for (const int y : { 0, 1, before.height() - 2, before.height() - 1 }) {
        for (int x = 4; x < before.width() - 4; ++x)
            strongest
                = std::max(strongest, contrast(before.pixelColor(x, y), after.pixelColor(x, y)));
    }
    return strongest;
}

// A rep must see where the keyboard is. With the focus, a field's edge keeps 3:1 against the
// window and changes by 3:1 against the same pixels without it (WCAG's focus appearance),
// not by hue alone; a flagged field (F8 lands on them) too. Fusion draws no focus at all for a
// multi-line field (description, competitors), which leaves only the caret, and that blinks; its
// ring on a line field is 2:1 on the dark scheme's window.
TEST_P(PaletteCues, aFocusedFieldShowsItsFocus)
{
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
    auto *description
        = window.findChild<QPlainTextEdit *>(QStringLiteral("leadOpportunity_description"));
    auto *currency = window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_currency"));
    auto *closeDate = window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_closeDate"));
    ASSERT_NE(name, nullptr);
    ASSERT_NE(description, nullptr);
    ASSERT_NE(currency, nullptr);
    ASSERT_NE(closeDate, nullptr);
    ASSERT_EQ(currency->property("issueState").toString(), QStringLiteral("error"));
    ASSERT_EQ(closeDate->property("issueState").toString(), QStringLiteral("error"));
    for (const auto &[editor, elsewhere] : { std::pair<QWidget *, QWidget *> { name, description },
                                             { description, name },
                                             { currency, name },
                                             { closeDate, name } }) {
        const std::string field = editor->objectName().toStdString();
        const QColor windowColor = editor->parentWidget()->palette().color(QPalette::Window);
        elsewhere->setFocus();
        ASSERT_FALSE(editor->hasFocus());
        const QImage unfocused = editor->grab().toImage();
        editor->setFocus();
        ASSERT_TRUE(editor->hasFocus());
        const QImage focused = editor->grab().toImage();
        EXPECT_GE(strongestAtTheEdge(focused, windowColor), 3.0) << field;
        EXPECT_GE(strongestChangeAtTheEdge(unfocused, focused), 3.0) << field;
    }
}

// A rep must see where a field is before typing into it: every field of the form (line,
// multi-line, choice and list) has an edge that keeps 3:1 against the window. Fusion's is
// the window colour made darker: 1.7:1 on its light window, none at all on a black one.
TEST_P(PaletteCues, everyFieldShowsWhereItIs)
{
    QWidget *form = window.currentView()->sectionTabs()->currentWidget();
    const QColor windowColor = form->palette().color(QPalette::Window);
    window.errorDock()->hide();
    int fields = 0;
    for (QWidget *field : form->findChildren<QWidget *>()) {
        const bool kind = qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field)
            || qobject_cast<QComboBox *>(field) || qobject_cast<QListWidget *>(field);
        if (!kind || !field->isVisible() || field->hasFocus()
            || !field->property("issueState").toString().isEmpty()
            || qobject_cast<QComboBox *>(field->parentWidget()))
            continue;
        ++fields;
        EXPECT_GE(strongestAtTheEdge(field->grab().toImage(), windowColor), 3.0)
            << field->objectName().toStdString() << " " << field->metaObject()->className();
    }
    EXPECT_GT(fields, 10);
}

// A button's edge too: in the high-contrast scheme a Fusion button is black on black, text
// floating on the window.
TEST_P(PaletteCues, aButtonShowsWhereItIs)
{
    QWidget page;
    auto *button = new QPushButton(QStringLiteral("Details…"), &page);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QColor windowColor = page.palette().color(QPalette::Window);
    EXPECT_GE(strongestAtTheEdge(button->grab().toImage(), windowColor), 3.0);
}

INSTANTIATE_TEST_SUITE_P(ThreePalettes, PaletteCues,
                         ::testing::Values("default", "dark", "high-contrast"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
