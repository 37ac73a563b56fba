#include "core/codec/exporter.h"
#include "core/input/wholetext.h"

#include <QDateTime>
#include <QRegularExpression>

namespace leadopp::core {

namespace {

// Date, optional time (seconds and fraction optional), optional zone: "2025-06-30",
// "2025-06-01T18:46:51Z", "2025-06-01 18:46:51.326123+02:00". No zone means UTC, as
// the API's own responses are in UTC.
const QRegularExpression &isoPattern()
{
    static const QRegularExpression pattern(
        wholeText(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"
                                 "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                                 "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?")));
    return pattern;
}

int milliseconds(const QString &fraction)
{
    return fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(3).toInt();
}

// Seconds east of UTC; "+02:00", "-0530", "+02", "Z".
int offsetSeconds(const QString &zone)
{
    if (zone.isEmpty() || zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return 0;
    const QString digits = zone.mid(1).remove(u':');
    const int minutes = digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt();
    return (zone.startsWith(u'-') ? -60 : 60) * minutes;
}

} // namespace

QString toIsoUtc(const QString &text)
{
    const QRegularExpressionMatch match = isoPattern().match(text.trimmed());
    if (!match.hasMatch())
        return QString();
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), milliseconds(match.captured(7)));
    const int offset = offsetSeconds(match.captured(8));
    if (!date.isValid() || !time.isValid() || qAbs(offset) > 18 * 3600)
        return QString();
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offset);
    return utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace leadopp::core
