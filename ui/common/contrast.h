#pragma once

#include <QColor>

namespace leadopp::ui::wcag {

/// WCAG 2's relative luminance of a colour: 0 for black, 1 for white.
double luminance(const QColor &color);

/// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white): 3 is
/// the minimum for the parts of a control or graphic that carry meaning, 4.5 for text.
double contrast(const QColor &a, const QColor &b);

} // namespace leadopp::ui::wcag
