#pragma once

#include <QJsonValue>
#include <QString>

namespace leadopp::core::validation {

/// How a date-time text relates to the API's ISO 8601 UTC format.
enum class DateTimeShape {
    IsoUtc,      ///< "2025-06-01T18:46:51.326Z": what the API takes
    PlainDate,   ///< "2025-06-30": the exporter turns it into a date-time
    OtherOffset, ///< a valid ISO date-time with another offset or none: converted on export
    Invalid,     ///< anything else: the API answers 406 ERR805
};

DateTimeShape classifyDateTime(const QString &text);

/// Missing, null, or a string holding only white space: what "not filled in" means.
bool isBlank(const QJsonValue &value);

/// The type names the spec's examples hold instead of data ("string", "date", "double").
bool isPlaceholder(const QString &text);

/// A plausible e-mail address: one '@', a dotted domain, no white space.
bool looksLikeEmail(const QString &text);

/// A plausible web address: http(s) URL or a bare host such as "www.example.com".
bool looksLikeUrl(const QString &text);

/// A D&B number: exactly 9 digits once the usual separators (dashes, spaces) are removed.
bool isDuns(const QString &text);

/// The JSON type of a value in words, for messages ("a number", "an object").
QString describeType(const QJsonValue &value);

} // namespace leadopp::core::validation
