#include "core/input/typedamount.h"

#include <QStringList>

namespace leadopp::core {

namespace {

// Signs that name one currency only ("$" and "¥" name several, and are not taken).
QString soleSignOf(const QString &currency)
{
    static const QList<std::pair<QString, QString>> kSigns = {
        { QStringLiteral("EUR"), QStringLiteral("€") },
        { QStringLiteral("GBP"), QStringLiteral("£") },
        { QStringLiteral("INR"), QStringLiteral("₹") },
        { QStringLiteral("KRW"), QStringLiteral("₩") },
    };
    for (const auto &[code, sign] : kSigns) {
        if (code.compare(currency, Qt::CaseInsensitive) == 0)
            return sign;
    }
    return QString();
}

QStringList marksOf(const QString &currency, const QLocale &locale)
{
    QStringList marks { currency, soleSignOf(currency) };
    if (locale.currencySymbol(QLocale::CurrencyIsoCode).compare(currency, Qt::CaseInsensitive) == 0)
        marks.append(locale.currencySymbol(QLocale::CurrencySymbol));
    marks.removeAll(QString());
    return marks;
}

} // namespace

QString withoutCurrency(const QString &text, const QString &currency, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (currency.trimmed().isEmpty())
        return text;
    for (const QString &mark : marksOf(currency.trimmed(), locale)) {
        QString number;
        if (trimmed.endsWith(mark, Qt::CaseInsensitive))
            number = trimmed.chopped(mark.size()).trimmed();
        else if (trimmed.startsWith(mark, Qt::CaseInsensitive))
            number = trimmed.sliced(mark.size()).trimmed();
        // The mark alone is no amount: it is left to be refused, not read as a blank.
        if (!number.isEmpty())
            return number;
    }
    return text;
}

} // namespace leadopp::core
