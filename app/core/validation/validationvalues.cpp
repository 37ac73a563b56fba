#include "core/validation/validationvalues.h"

#include "core/input/wholetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace leadopp::core::validation {

namespace {

bool matches(const QRegularExpression &expression, const QString &text)
{
    return expression.match(text).hasMatch();
}

// The day and the time of day must exist: "2025-02-30T10:00:00Z" has the right shape but
// no day, "2025-06-01T18:46:99Z" no second (the API answers both with 406).
bool validCalendar(const QString &text)
{
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return false;
    if (text.size() <= 10)
        return true;
    const bool withSeconds = text.size() >= 19 && text.at(16) == u':';
    const QTime time = withSeconds ? QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"))
                                   : QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm"));
    return time.isValid();
}

} // namespace

DateTimeShape classifyDateTime(const QString &text)
{
    static const QRegularExpression isoUtc(
        wholeText(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z")));
    static const QRegularExpression plainDate(wholeText(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")));
    static const QRegularExpression anyIso(wholeText(QStringLiteral(
        "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?")));
    if (!validCalendar(text))
        return DateTimeShape::Invalid;
    if (matches(isoUtc, text))
        return DateTimeShape::IsoUtc;
    if (matches(plainDate, text))
        return DateTimeShape::PlainDate;
    if (matches(anyIso, text))
        return DateTimeShape::OtherOffset;
    return DateTimeShape::Invalid;
}

bool isBlank(const QJsonValue &value)
{
    return isBlank(FieldValue(value));
}

bool isBlank(const FieldValue &value)
{
    const QJsonValue &json = value.json();
    if (!json.isString())
        return json.isUndefined() || json.isNull();
    // The text trimmed would be empty: every character is white space (most texts are told
    // by their first, without a copy).
    const QString &text = value.text();
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

bool isPlaceholder(const QString &text)
{
    static const QStringList names = {
        QStringLiteral("string"),   QStringLiteral("date"),   QStringLiteral("date-time"),
        QStringLiteral("datetime"), QStringLiteral("double"), QStringLiteral("float"),
        QStringLiteral("integer"),  QStringLiteral("number"), QStringLiteral("boolean"),
    };
    // Every text value of a record is asked: most are told apart by their length alone,
    // without comparing them with each name.
    static const auto lengths
        = std::minmax_element(names.cbegin(), names.cend(), [](const QString &a, const QString &b) {
              return a.size() < b.size();
          });
    const QString trimmed = text.trimmed();
    return trimmed.size() >= lengths.first->size() && trimmed.size() <= lengths.second->size()
        && names.contains(trimmed, Qt::CaseInsensitive);
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(
        wholeText(QStringLiteral("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")));
    return matches(email, text);
}

bool looksLikeUrl(const QString &text)
{
    static const QRegularExpression host(
        wholeText(QStringLiteral("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+\\.?(:\\d{1,5})?")));
    // A pattern built here would be compiled anew on every call.
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    if (!text.contains(QLatin1String("://")))
        return matches(host, text.section(u'/', 0, 0));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && matches(host, url.host());
}

bool isDuns(const QString &text)
{
    static const QRegularExpression duns(wholeText(QStringLiteral("\\d{9}")));
    QString digits = text;
    digits.remove(u'-').remove(u' ');
    return matches(duns, digits);
}

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QCoreApplication::translate("Validator", "a true/false value");
    case QJsonValue::Double:
        return QCoreApplication::translate("Validator", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("Validator", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("Validator", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("Validator", "an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Validator", "nothing");
}

} // namespace leadopp::core::validation
