#include "ui/common/outlinestyle.h"

#include "ui/common/contrast.h"

#include <QAbstractItemView>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QPlainTextEdit>
#include <QStyleOption>
#include <QTextEdit>

namespace leadopp::ui {

namespace {

QColor outlineColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                            (text.blueF() + base.blueF()) / 2);
}

// The highlight, made lighter on a dark window or darker on a light one until it keeps 3:1
// against the window. Fusion rings a focused field in the highlight made darker, which on
// the dark scheme's window is 2:1.
QColor focusRingColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool darkWindow = wcag::luminance(window) < 0.18;
    QColor ring = palette.color(QPalette::Highlight);
    for (int step = 0; step < 16 && wcag::contrast(ring, window) < 3.0; ++step)
        ring = darkWindow ? ring.lighter(115) : ring.darker(115);
    return ring;
}

bool isTextArea(const QWidget *widget)
{
    return qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

void drawIndicatorOutline(QStyle::PrimitiveElement element, const QStyleOption *option,
                          QPainter *painter)
{
    // Where Fusion draws its own outline: the indicator's rectangle less one pixel.
    const QRectF outline = QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == QStyle::PE_IndicatorRadioButton);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outlineColor(option->palette), 1));
    if (element == QStyle::PE_IndicatorRadioButton)
        painter->drawEllipse(outline);
    else
        painter->drawRect(outline);
    painter->restore();
}

// A field's edge over Fusion's own, on the same rounded rectangle, in the outline colour;
// with the focus, two pixels wide in the focus ring's colour, so that the focus changes the
// pixels it covers by 3:1 or more and not by hue alone.
void drawFieldEdge(const QStyleOption *option, QPainter *painter, bool focused)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    const QRectF outer = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (focused) {
        painter->setPen(QPen(focusRingColor(option->palette), 1));
        painter->drawRoundedRect(outer.adjusted(1, 1, -1, -1), 1.5, 1.5);
    } else {
        painter->setPen(QPen(outlineColor(option->palette), 1));
    }
    painter->drawRoundedRect(outer, 2, 2);
    painter->restore();
}

// A field's frame is the same for every field of one size, state and palette, and a form
// shows many: drawn through an antialiased path twice (Fusion's edge, then ours) it costs
// more than the rest of the field. It is drawn once into a transparent pixmap and then
// copied; both edges cover the same pixels, so the copy blends as the drawing did (but for
// a level of rounding where they overlap in a corner). Only on a screen's or an image's
// pixels copied one to one (no scale or rotation, whole-pixel offset, device pixel ratio 1):
// a printer or a picture keeps its frames as lines, and any other painter draws them.
bool canCopyFrame(QPainter *painter)
{
    const QTransform transform = painter->deviceTransform();
    return painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster
        && transform.type() <= QTransform::TxTranslate && transform.dx() == qRound(transform.dx())
        && transform.dy() == qRound(transform.dy()) && painter->device()
        && painter->device()->devicePixelRatio() == 1.0;
}

QString copyKey(const QString &what, const QStyleOption *option)
{
    return QStringLiteral("leadopp-%1-%2x%3-%4-%5-%6")
        .arg(what)
        .arg(option->rect.width())
        .arg(option->rect.height())
        .arg(bool(option->state & QStyle::State_HasFocus))
        .arg(option->palette.cacheKey())
        .arg(int(option->palette.currentColorGroup()));
}

// Draws with `draw` (in the option's own coordinates) into a transparent pixmap the first
// time, and copies that pixmap wherever the same drawing is asked for again.
template<typename Draw>
void drawCopied(const QString &what, const QStyleOption *option, QPainter *painter, Draw draw)
{
    if (!canCopyFrame(painter) || option->rect.isEmpty()) {
        draw(painter);
        return;
    }
    const QString key = copyKey(what, option);
    QPixmap copy;
    if (!QPixmapCache::find(key, &copy)) {
        copy = QPixmap(option->rect.size());
        copy.fill(Qt::transparent);
        QPainter copyPainter(&copy);
        copyPainter.translate(-option->rect.topLeft());
        draw(&copyPainter);
        copyPainter.end();
        QPixmapCache::insert(key, copy);
    }
    painter->drawPixmap(option->rect.topLeft(), copy);
}

// A button's or a choice field's edge over what Fusion drew (which Fusion keeps in pixmaps
// of its own), copied as a field's frame is.
void drawCopiedEdge(const QStyleOption *option, QPainter *painter)
{
    drawCopied(QStringLiteral("edge"), option, painter, [option](QPainter *target) {
        drawFieldEdge(option, target, option->state & QStyle::State_HasFocus);
    });
}

// A list's or table's frame: Fusion's square one, in the outline colour.
void drawViewEdge(const QStyleOption *option, QPainter *painter)
{
    painter->save();
    painter->setPen(QPen(outlineColor(option->palette), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace

void OutlineStyle::drawFieldFrame(const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    const bool focused = option->state & State_HasFocus;
    drawCopied(QStringLiteral("frame"), option, painter, [&](QPainter *target) {
        QProxyStyle::drawPrimitive(PE_FrameLineEdit, option, target, widget);
        drawFieldEdge(option, target, focused);
    });
}

OutlineStyle::OutlineStyle(QStyle *base) : QProxyStyle(base) { }

void OutlineStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
    // Fusion draws a text area's frame the same with or without the focus: it gets a line
    // field's frame, and with it the edge and the focus ring below.
    if (element == PE_Frame && isTextArea(widget))
        element = PE_FrameLineEdit;
    if (element == PE_FrameLineEdit) {
        drawFieldFrame(option, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton)
        drawIndicatorOutline(element, option, painter);
    else if (element == PE_PanelButtonCommand)
        drawCopiedEdge(option, painter);
    else if (element == PE_Frame && qobject_cast<const QAbstractItemView *>(widget))
        drawViewEdge(option, painter);
}

int OutlineStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                              const QWidget *widget) const
{
    // A text area's frame is two pixels, as a line field's: its focus ring is two pixels
    // wide, and a one-pixel frame would leave the inner one under the text.
    if (metric == PM_DefaultFrameWidth && isTextArea(widget))
        return 2;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

void OutlineStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                      QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox)
        drawCopiedEdge(option, painter);
}

} // namespace leadopp::ui
