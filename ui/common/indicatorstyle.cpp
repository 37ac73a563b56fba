#include "ui/common/indicatorstyle.h"

#include <QPainter>
#include <QStyleOption>

namespace leadopp::ui {

namespace {

QColor outlineColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                            (text.blueF() + base.blueF()) / 2);
}

} // namespace

IndicatorStyle::IndicatorStyle(QStyle *base) : QProxyStyle(base) { }

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    // Where Fusion draws its own outline: the indicator's rectangle less one pixel.
    const QRectF outline = QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outlineColor(option->palette), 1));
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(outline);
    else
        painter->drawRect(outline);
    painter->restore();
}

} // namespace leadopp::ui
