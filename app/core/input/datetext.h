#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace leadopp::core {

/// Dates as a rep types and reads them. The API wants ISO 8601 date-times in UTC
/// ("2025-09-30T00:00:00.000Z"); a rep types "2025-09-30", "2025-09-30 14:30", a full ISO
/// date-time (any offset, converted to UTC) or the locale's short date ("30.09.2025" in
/// German, "09/30/2025" in US English, two- or four-digit year), optionally followed by a
/// time and "UTC".

/// The value to store for typed text: an ISO 8601 UTC date-time when the text is a date,
/// Undefined for blank text, and otherwise the text itself (trimmed), so that nothing
/// typed is lost and validation names it.
QJsonValue parseTypedDate(const QString &text, const QLocale &locale = QLocale());

/// How a stored value reads in a date field: in the locale's short date with a four-digit
/// year ("30.09.2025 UTC" in German, "2025/07/08 09:00 UTC" in Japanese; ISO
/// "2025-09-30 UTC" in the C locale), so parseTypedDate() reads it back unchanged;
/// anything that is not an ISO date-time (a placeholder, "30.09.2025" as the server
/// echoed it) verbatim; blank for Undefined, null and "".
QString displayDate(const QJsonValue &stored, const QLocale &locale = QLocale());

/// The date-time of a stored ISO value in UTC; invalid when it is none.
QDateTime storedDateTime(const QJsonValue &stored);

/// The canonical text of a date-time: "2025-09-30T00:00:00.000Z".
QString isoUtc(const QDateTime &dateTime);

} // namespace leadopp::core
