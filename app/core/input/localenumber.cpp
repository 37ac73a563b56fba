#include "core/input/localenumber.h"

#include "core/input/wholetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace leadopp::core {

namespace {

// The notation of the API and the files: '.' decimals, no thousands separator.
std::optional<double> canonicalReading(const QString &text)
{
    QLocale canonical = QLocale::c();
    canonical.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double value = canonical.toDouble(text, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// The pattern of thousands grouping for one group separator and decimal point. Built once
// per thread and notation: validating a big record reads many typed numbers.
const QRegularExpression &groupedPattern(const QString &group, const QString &decimal)
{
    thread_local QString builtFor;
    thread_local QRegularExpression pattern;
    const QString key = group + u'\n' + decimal;
    if (key != builtFor) {
        pattern = wholeText(
            QStringLiteral("([+-]?\\d{1,3}(?:%1\\d{3})+)(?:%2(\\d+))?")
                .arg(QRegularExpression::escape(group), QRegularExpression::escape(decimal)));
        builtFor = key;
    }
    return pattern;
}

// Qt follows CLDR's minimum grouping, so Spanish "1.234" or "1.234,50" read as nothing;
// reps write them anyway, so thousands separators placed every three digits are read in
// every locale (a space stands for a space-like separator such as French U+202F).
std::optional<double> groupedReading(QString text, const QLocale &locale)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    const QString group = locale.groupSeparator();
    if (group.size() == 1 && group.at(0).isSpace())
        text.replace(space, group);
    const QRegularExpressionMatch match = groupedPattern(group, locale.decimalPoint()).match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString canonical = match.captured(1).remove(group);
    if (match.hasCaptured(2))
        canonical += u'.' + match.captured(2);
    return canonicalReading(canonical);
}

std::optional<double> localeReading(const QString &text, const QLocale &locale)
{
    bool ok = false;
    const double value = locale.toDouble(text, &ok);
    if (ok && std::isfinite(value))
        return value;
    return groupedReading(text, locale);
}

QString ambiguity(const QString &text, double inLocale, double canonical, const QLocale &locale)
{
    return QCoreApplication::translate(
               "NumberInput",
               "“%1” could mean %2 or %3; type one of these so that it cannot be misread.")
        .arg(text, editableNumber(inLocale, locale), editableNumber(canonical, locale));
}

// The significant digits of a number's text: no sign, separator, exponent, or zero before
// the first digit or after the last that is not one ("0012.500" and "1.25e3" give "125").
QString significantDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c == u'e' || c == u'E')
            break;
        if (c.isDigit())
            digits += c;
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return digits;
}

QString inexact(const QString &text, double value, const QLocale &locale)
{
    return QCoreApplication::translate("NumberInput",
                                       "“%1” has more digits than a number holds; it would be "
                                       "stored and sent as %2. Type it with fewer digits.")
        .arg(text, editableNumber(value, locale));
}

int decimalsOf(double value)
{
    const QString shortest = QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = shortest.indexOf(u'.');
    return point < 0 ? 0 : int(shortest.size() - point - 1);
}

} // namespace

bool holdsEveryDigit(const QString &text, double value)
{
    return significantDigits(text)
        == significantDigits(QLocale::c().toString(value, 'e', QLocale::FloatingPointShortest));
}

TypedNumber readTypedNumber(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const std::optional<double> inLocale = localeReading(trimmed, locale);
    const std::optional<double> canonical = canonicalReading(trimmed);
    if (inLocale && canonical && *inLocale != *canonical)
        return { TypedNumber::Reading::Ambiguous, 0,
                 ambiguity(trimmed, *inLocale, *canonical, locale) };
    if (inLocale || canonical) {
        const double value = inLocale ? *inLocale : *canonical;
        if (!holdsEveryDigit(trimmed, value))
            return { TypedNumber::Reading::Inexact, value, inexact(trimmed, value, locale) };
        return { TypedNumber::Reading::Number, value, {} };
    }
    return { TypedNumber::Reading::NotANumber, 0, {} };
}

QString editableNumber(double value, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString displayAmount(double value, const QString &currency, const QLocale &locale)
{
    const QString number = locale.toString(value, 'f', std::max(2, decimalsOf(value)));
    return currency.isEmpty() ? number : number + u' ' + currency;
}

} // namespace leadopp::core
