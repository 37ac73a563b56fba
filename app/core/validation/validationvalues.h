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

/// A member's value as the rules read it: the JSON value, and its text read out once, when
/// first asked for (QJsonValue::toString() copies it out of the parsed document each time,
/// and a text value is asked by the blank check, its kind's rule and a duplicate key). Not
/// for sharing between threads: the text is kept on first use.
class FieldValue final
{
public:
    explicit FieldValue(const QJsonValue &value = QJsonValue(QJsonValue::Undefined)) : m_json(value)
    { }

    const QJsonValue &json() const { return m_json; }
    /// QJsonValue::toString(): the text of a string, an empty text for any other value.
    const QString &text() const
    {
        if (!m_textRead) {
            m_text = m_json.toString();
            m_textRead = true;
        }
        return m_text;
    }

private:
    QJsonValue m_json;
    mutable QString m_text;
    mutable bool m_textRead = false;
};

/// Missing, null, or a string holding only white space: what "not filled in" means.
bool isBlank(const QJsonValue &value);
bool isBlank(const FieldValue &value);

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
