#pragma once

#include <QProxyStyle>

namespace leadopp::ui {

/// Fusion outlines a check box or a radio button in the window colour made darker: on a
/// dark or black window that is no outline at all, and an unticked box disappears. This
/// style lets Fusion draw the indicator, then outlines it in the text colour mixed halfway
/// with the base colour, which keeps WCAG's 3:1 non-text contrast against the box and
/// against what is around it in the editor's dark and high-contrast schemes.
///
/// Fields get the same outline: Fusion edges them in the window colour made darker too
/// (1.7:1 on its light window, nothing on a black one), so a line, multi-line or choice
/// field, a list, a table and a button are edged in that outline colour. A focused field (a
/// multi-line one included, which Fusion draws alike with or without the focus) is ringed
/// in the highlight instead, made lighter or darker until it keeps 3:1 against the window.
class OutlineStyle final : public QProxyStyle
{
public:
    explicit OutlineStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

private:
    void drawFieldFrame(const QStyleOption *option, QPainter *painter, const QWidget *widget) const;
};

} // namespace leadopp::ui
