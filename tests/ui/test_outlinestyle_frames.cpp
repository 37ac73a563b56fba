// A field's frame is drawn once per size, state and palette and then copied: the copy must
// look as the frame drawn afresh does. Drawn into a picture (a vector device, never copied)
// and replayed, the frame is drawn directly; drawn on a window-like image it is copied. The
// two may differ only where the two antialiased edges overlap in the corners, by a level or
// two of a channel (the blend of a copy rounds once more), which no eye tells apart.
#include "ui/common/palettes.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

using namespace leadopp;

namespace {

struct Difference {
    int pixels = 0;
    int largest = 0; ///< the largest difference of one channel, in levels
};

Difference compare(const QImage &a, const QImage &b)
{
    Difference difference;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (p == q)
                continue;
            ++difference.pixels;
            difference.largest
                = std::max({ difference.largest, std::abs(qRed(p) - qRed(q)),
                             std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)) });
        }
    }
    return difference;
}

QStyleOptionFrame fieldOption(const QRect &rect, bool focused)
{
    QStyleOptionFrame option;
    option.rect = rect;
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | (focused ? QStyle::State_HasFocus : QStyle::State_None);
    option.lineWidth = QApplication::style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    return option;
}

// The window's colour, with what `draw` paints for `option` on it (twice, so that the second
// comes from the copy when the painter allows one), through a picture when given one.
template<typename Draw>
QImage drawnOnWindow(const QStyleOption &option, Draw draw, QPicture *through = nullptr)
{
    QImage image(option.rect.bottomRight().x() + 8, option.rect.bottomRight().y() + 8,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(option.palette.color(QPalette::Window));
    QPainter painter(through ? static_cast<QPaintDevice *>(through) : &image);
    for (int repeat = 0; repeat < 2; ++repeat)
        draw(&painter);
    painter.end();
    if (through) {
        QPainter replay(&image);
        replay.drawPicture(0, 0, *through);
    }
    return image;
}

QImage fieldOnWindow(const QStyleOptionFrame &option, QPicture *through = nullptr)
{
    return drawnOnWindow(
        option,
        [&option](QPainter *painter) {
            QApplication::style()->drawPrimitive(QStyle::PE_PanelLineEdit, &option, painter);
        },
        through);
}

class FieldFrames : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        ASSERT_TRUE(ui::palettes::apply(QString::fromLatin1(GetParam())));
    }
    void TearDown() override { QApplication::setPalette(QApplication::style()->standardPalette()); }
};

} // namespace

TEST_P(FieldFrames, aCopiedFrameLooksAsOneDrawnAfresh)
{
    for (const QRect &rect : { QRect(3, 5, 437, 26), QRect(11, 2, 120, 26), QRect(0, 0, 60, 80) }) {
        for (const bool focused : { false, true }) {
            const QStyleOptionFrame option = fieldOption(rect, focused);
            QPicture picture;
            const QImage direct = fieldOnWindow(option, &picture);
            const QImage copied = fieldOnWindow(option);
            const Difference difference = compare(direct, copied);
            EXPECT_LE(difference.largest, 2) << rect.width() << "x" << rect.height() << focused;
            EXPECT_LE(difference.pixels, 32) << rect.width() << "x" << rect.height() << focused;
        }
    }
}

// The copy made for one state is not shown for another.
TEST_P(FieldFrames, aFocusedFrameIsNotTheUnfocusedOne)
{
    const QRect rect(3, 5, 200, 26);
    const QImage unfocused = fieldOnWindow(fieldOption(rect, false));
    const QImage focused = fieldOnWindow(fieldOption(rect, true));
    EXPECT_GT(compare(unfocused, focused).pixels, 400);
}

// A choice field's and a button's edge is copied too, over what Fusion drew.
TEST_P(FieldFrames, aCopiedEdgeLooksAsOneDrawnAfresh)
{
    for (const bool focused : { false, true }) {
        QStyleOptionComboBox combo;
        combo.rect = QRect(4, 3, 300, 26);
        combo.palette = QApplication::palette();
        combo.state
            = QStyle::State_Enabled | (focused ? QStyle::State_HasFocus : QStyle::State_None);
        combo.editable = false;
        QStyleOptionButton button;
        button.rect = QRect(2, 7, 90, 28);
        button.palette = combo.palette;
        button.state = combo.state;
        const auto drawCombo = [&combo](QPainter *painter) {
            QApplication::style()->drawComplexControl(QStyle::CC_ComboBox, &combo, painter);
        };
        const auto drawButton = [&button](QPainter *painter) {
            QApplication::style()->drawPrimitive(QStyle::PE_PanelButtonCommand, &button, painter);
        };
        QPicture comboPicture;
        QPicture buttonPicture;
        const Difference comboDifference = compare(drawnOnWindow(combo, drawCombo, &comboPicture),
                                                   drawnOnWindow(combo, drawCombo));
        const Difference buttonDifference = compare(
            drawnOnWindow(button, drawButton, &buttonPicture), drawnOnWindow(button, drawButton));
        EXPECT_LE(comboDifference.largest, 2) << focused;
        EXPECT_LE(comboDifference.pixels, 32) << focused;
        EXPECT_LE(buttonDifference.largest, 2) << focused;
        EXPECT_LE(buttonDifference.pixels, 32) << focused;
    }
}

INSTANTIATE_TEST_SUITE_P(Palettes, FieldFrames,
                         ::testing::Values("system", "dark", "high-contrast"));
