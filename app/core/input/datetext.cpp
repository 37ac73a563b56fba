#include "core/input/datetext.h"

#include "core/input/wholetext.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace leadopp::core {

namespace {

const QString kUtcSuffix = QStringLiteral(" UTC");

// "31.12.25" is 2025, not 1925: a rep types two-digit years for this century.
QDate inThisCentury(QDate date, const QString &format)
{
    if (date.isValid() && !format.contains(QLatin1String("yyyy")) && date.year() < 2000)
        date = date.addYears(100);
    return date;
}

QDate parseLocaleDate(const QString &text, const QLocale &locale)
{
    // The short format has a two-digit year in most locales; a typed four-digit year is
    // read with "yyyy" so that "2025" never becomes year 20 or 2020.
    static const QRegularExpression fourDigits(QStringLiteral("\\d{4}"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (text.contains(fourDigits) && !format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return inThisCentury(locale.toDate(text, format), format);
}

QDateTime parseIsoText(const QString &text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        QString spaced = text;
        spaced.replace(u' ', u'T');
        value = QDateTime::fromString(spaced, Qt::ISODateWithMs);
    }
    if (value.isValid() && value.timeSpec() == Qt::LocalTime)
        value.setTimeSpec(Qt::UTC); // a typed time without offset is meant as UTC
    return value;
}

// Splits "30.09.2025 14:30" (or "14:30:51", "14:30:51.326") into the date part and a
// time; the time is 00:00 when absent and invalid when present but unreadable.
std::pair<QString, QTime> splitTime(const QString &text)
{
    static const QRegularExpression trailingTime(wholeText(
        QStringLiteral("(.*\\S)\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?")));
    const QRegularExpressionMatch match = trailingTime.match(text);
    if (!match.hasMatch())
        return { text, QTime(0, 0) };
    const int milliseconds = QString(match.captured(5) + QStringLiteral("00")).left(3).toInt();
    return { match.captured(1),
             QTime(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt(),
                   milliseconds) };
}

// The time of day as stored, to the millisecond it holds: a value shown without its
// seconds lost them when the rep changed only its day.
QString shownTime(QTime time)
{
    if (time == QTime(0, 0))
        return QString();
    const char *format = time.msec() ? "HH:mm:ss.zzz" : time.second() ? "HH:mm:ss" : "HH:mm";
    return u' ' + time.toString(QLatin1String(format));
}

QString withoutUtcSuffix(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1String("UTC"), Qt::CaseInsensitive))
        text.chop(3);
    return text.trimmed();
}

// The locale's short date with the year in full ("dd.MM.yy" becomes "dd.MM.yyyy"): a
// two-digit year would be read back in this century only. The C locale, which has no
// preference, keeps ISO dates.
QString shownDate(QDate date, const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

} // namespace

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QDateTime storedDateTime(const QJsonValue &stored)
{
    if (!stored.isString())
        return {};
    const QDateTime value = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return value.isValid() && value.timeSpec() != Qt::LocalTime ? value.toUTC() : QDateTime();
}

QJsonValue parseTypedDate(const QString &text, const QLocale &locale)
{
    const QString bare = withoutUtcSuffix(text);
    if (bare.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QDateTime iso = parseIsoText(bare);
    if (iso.isValid())
        return isoUtc(iso);
    const auto [datePart, time] = splitTime(bare);
    const QDate date = parseLocaleDate(datePart, locale);
    if (date.isValid() && time.isValid())
        return isoUtc(QDateTime(date, time, QTimeZone::utc()));
    return text.trimmed();
}

QString displayDate(const QJsonValue &stored, const QLocale &locale)
{
    const QDateTime value = storedDateTime(stored);
    if (value.isValid())
        return shownDate(value.date(), locale) + shownTime(value.time()) + kUtcSuffix;
    if (stored.isString())
        return stored.toString();
    if (stored.isUndefined() || stored.isNull())
        return QString();
    return stored.toVariant().toString();
}

} // namespace leadopp::core
