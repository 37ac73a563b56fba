#pragma once

#include <QRegularExpression>

namespace leadopp::core {

/// A pattern that must match the whole text. Written as "^...$" it would not: "$" also
/// matches before a line break that ends the text, so "EUR\n" would pass for a currency
/// code and "XJSR-DZMFFT\n" for a 3DS id.
inline QRegularExpression wholeText(const QString &pattern,
                                    QRegularExpression::PatternOptions options = {})
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), options);
}

} // namespace leadopp::core
