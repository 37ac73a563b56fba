#pragma once

#include <QLocale>
#include <QString>

namespace leadopp::core {

/// Numbers as a rep types and reads them. A typed number is read in the rep's notation
/// ("12.400,50" in German) and in the canonical one the API and the files use ("12400.5");
/// when both readings succeed and disagree ("1.234" is 1234 in German and 1.234
/// canonically) the entry is ambiguous and is refused with a sentence instead of guessed.
struct TypedNumber {
    enum class Reading {
        Blank,      ///< nothing typed
        Number,     ///< `value` holds the number
        Ambiguous,  ///< `problem` says why and how to type it
        NotANumber, ///< text that no notation reads as a number
        Inexact,    ///< more digits than a number holds; `problem` says what it would become
    };
    Reading reading = Reading::Blank;
    double value = 0;
    QString problem;
};

TypedNumber readTypedNumber(const QString &text, const QLocale &locale = QLocale());

/// Whether `value`, read from the number `text` (in any notation), holds every digit of it:
/// a double keeps about 16, so 12345678901234567890 becomes 12345678901234567000, while
/// 0.1 and 1.50e3 stay what they say.
bool holdsEveryDigit(const QString &text, double value);

/// A number as an editor shows it for typing: the locale's decimal separator, no thousands
/// separator and every significant digit, so that reading it back gives the same number
/// and is never ambiguous ("1234,5" in German, "1234.5" in English).
QString editableNumber(double value, const QLocale &locale = QLocale());

/// An amount as a table shows it: thousands grouped, at least two decimals (more when the
/// value has them, so nothing is hidden) and the currency code after it when there is one
/// ("12.400,50 EUR" in German, "12,400.50 EUR" in English).
QString displayAmount(double value, const QString &currency, const QLocale &locale = QLocale());

} // namespace leadopp::core
