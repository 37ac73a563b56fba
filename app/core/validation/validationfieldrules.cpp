// Single-field rules, one function per field kind; the kind table (fieldkinds.cpp) says
// which kind uses which.
#include "core/input/localenumber.h"
#include "core/input/wholetext.h"
#include "core/validation/kindchecks.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace leadopp::core::validation {

namespace {

bool requireString(Context &c, const NodePath &path, const FieldValue &value)
{
    if (value.json().isString())
        return true;
    c.error(path, "type",
            QCoreApplication::translate("Validator", "%1 must be text, not %2.")
                .arg(labelOf(path), describeType(value.json())));
    return false;
}

// Free text takes anything, so a placeholder left from the spec examples is a warning.
bool requireText(Context &c, const NodePath &path, const FieldValue &value)
{
    if (!requireString(c, path, value))
        return false;
    if (!isPlaceholder(value.text()))
        return true;
    c.warning(path, "placeholder",
              QCoreApplication::translate(
                  "Validator",
                  "%1 still holds \"%2\", a placeholder left from the API examples; enter the "
                  "real value.")
                  .arg(labelOf(path), value.text()));
    return false;
}

bool requireList(Context &c, const NodePath &path, const FieldValue &value)
{
    if (value.json().isArray())
        return true;
    c.error(path, "type",
            QCoreApplication::translate("Validator", "%1 must be a list, not %2.")
                .arg(labelOf(path), describeType(value.json())));
    return false;
}

} // namespace

void checkText(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    requireText(c, path, value);
}

void checkEmail(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    if (requireText(c, path, value) && !looksLikeEmail(value.text().trimmed()))
        c.warning(path, "email",
                  QCoreApplication::translate("Validator",
                                              "%1 does not look like an e-mail address: \"%2\".")
                      .arg(labelOf(path), value.text()));
}

void checkUrl(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    if (requireText(c, path, value) && !looksLikeUrl(value.text().trimmed()))
        c.warning(
            path, "url",
            QCoreApplication::translate("Validator", "%1 does not look like a web address: \"%2\".")
                .arg(labelOf(path), value.text()));
}

void checkDuns(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    if (requireText(c, path, value) && !isDuns(value.text().trimmed()))
        c.warning(path, "duns",
                  QCoreApplication::translate(
                      "Validator", "%1 must have exactly 9 digits (D&B number), not \"%2\".")
                      .arg(labelOf(path), value.text()));
}

static void reportEnum(Context &c, const FieldSpec &spec, const NodePath &path, const QString &text)
{
    // Long lists (the reasons) would drown the message; the editor offers them anyway.
    const QString values = spec.enumValues.size() <= 8
        ? spec.enumValues.join(QStringLiteral(", "))
        : QCoreApplication::translate("Validator", "the %n values of the API", nullptr,
                                      int(spec.enumValues.size()));
    const QString message = isPlaceholder(text)
        ? QCoreApplication::translate(
            "Validator",
            "%1 must be one of %3, not \"%2\" (a placeholder left from the API examples).")
        : spec.enumValues.contains(text.trimmed(), Qt::CaseInsensitive)
        ? QCoreApplication::translate(
            "Validator",
            "%1 must be one of %3, not \"%2\" (values are upper case, without spaces).")
        : QCoreApplication::translate("Validator", "%1 must be one of %3, not \"%2\".");
    c.error(path, "enum", message.arg(labelOf(path), text, values));
}

void checkEnum(Context &c, const FieldSpec &spec, const NodePath &path, const FieldValue &value)
{
    if (requireString(c, path, value) && !spec.enumValues.contains(value.text()))
        reportEnum(c, spec, path, value.text());
}

void checkMultiEnum(Context &c, const FieldSpec &spec, const NodePath &path,
                    const FieldValue &value)
{
    if (!requireList(c, path, value))
        return;
    const QJsonArray items = value.json().toArray();
    for (int i = 0; i < items.size(); ++i)
        checkEnum(c, spec, path.index(i), FieldValue(items.at(i)));
}

void checkTextList(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    if (!requireList(c, path, value))
        return;
    const QJsonArray items = value.json().toArray();
    for (int i = 0; i < items.size(); ++i)
        requireText(c, path.index(i), FieldValue(items.at(i)));
}

void checkNumber(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    if (value.json().isDouble()) {
        // The API takes any number; a negative amount is almost always a sign slip. The
        // amount is said as the rep types it (German "-1500,75").
        if (value.json().toDouble() < 0)
            c.warning(path, "negative-amount",
                      QCoreApplication::translate(
                          "Validator", "%1 is negative (%2); amounts are normally positive.")
                          .arg(labelOf(path), editableNumber(value.json().toDouble())));
        return;
    }
    if (!value.json().isString()) {
        c.error(path, "number",
                QCoreApplication::translate("Validator", "%1 must be a number, not %2.")
                    .arg(labelOf(path), describeType(value.json())));
        return;
    }
    // A number typed in the editor that the rep's notation and the canonical one read
    // differently, or with more digits than a number holds, is kept as text, and the rep is
    // told how to type it.
    const TypedNumber typed = readTypedNumber(value.text());
    if (typed.reading == TypedNumber::Reading::Ambiguous
        || typed.reading == TypedNumber::Reading::Inexact) {
        c.error(
            path, "number",
            QCoreApplication::translate("Validator", "%1: %2").arg(labelOf(path), typed.problem));
        return;
    }
    bool numeric = false;
    value.text().trimmed().toDouble(&numeric);
    const QString message = isPlaceholder(value.text())
        ? QCoreApplication::translate(
            "Validator",
            "%1 must be a number, not \"%2\" (a placeholder left from the API examples).")
        : numeric ? QCoreApplication::translate(
              "Validator", "%1 must be a number, not the text \"%2\" (remove the quotes).")
                  : QCoreApplication::translate("Validator", "%1 must be a number, not \"%2\".");
    c.error(path, "number", message.arg(labelOf(path), value.text()));
}

// A share in whole percent. Typed text that is no number is told as for any number; a
// number out of range or with decimals stays as typed and is named, never changed.
void checkPercent(Context &c, const FieldSpec &spec, const NodePath &path, const FieldValue &value)
{
    if (!value.json().isDouble())
        return checkNumber(c, spec, path, value);
    const double number = value.json().toDouble();
    const QString text = QString::number(number, 'g', 15);
    if (number != std::floor(number))
        c.error(path, "percent",
                QCoreApplication::translate("Validator",
                                            "%1 must be a whole percentage such as 15, not %2.")
                    .arg(labelOf(path), text));
    else if (number < 0 || number > 100)
        c.error(path, "percent",
                QCoreApplication::translate("Validator",
                                            "%1 must be a percentage from 0 to 100, not %2.")
                    .arg(labelOf(path), text));
}

void checkCurrency(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    static const QRegularExpression code(wholeText(QStringLiteral("[A-Z]{3}")));
    if (!requireString(c, path, value) || code.match(value.text()).hasMatch())
        return;
    const QString message = isPlaceholder(value.text())
        ? QCoreApplication::translate(
            "Validator",
            "%1 must be a three-letter ISO 4217 code such as EUR, not \"%2\" (a placeholder "
            "left from the API examples).")
        : QCoreApplication::translate(
            "Validator",
            "%1 must be a three-letter upper-case ISO 4217 code such as EUR, not \"%2\".");
    c.error(path, "currency", message.arg(labelOf(path), value.text()));
}

// The API keeps milliseconds: digits of a fraction past them that are not zero are cut
// ("18:46:51.3261Z" is sent as "18:46:51.326Z"), and the rep is told so.
bool losesSubMilliseconds(const QString &text)
{
    static const QRegularExpression fraction(QStringLiteral(":\\d{2}[.,]\\d{3}(\\d+)"));
    if (text.size() <= 24) // 2025-06-01T18:46:51.326Z
        return false;
    const QRegularExpressionMatch match = fraction.match(text);
    const QStringView past = match.capturedView(1);
    return std::any_of(past.cbegin(), past.cend(), [](QChar digit) { return digit != u'0'; });
}

void warnSubMilliseconds(Context &c, const NodePath &path, const QString &text)
{
    c.warning(path, "date-time",
              QCoreApplication::translate("Validator",
                                          "%1 is more precise than a millisecond (\"%2\"); the "
                                          "API keeps milliseconds, and the export sends %3.")
                  .arg(labelOf(path), text, toIsoUtc(text)));
}

void checkDateTime(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    if (!requireString(c, path, value))
        return;
    const QString text = value.text();
    const DateTimeShape shape = classifyDateTime(text.trimmed());
    if (shape != DateTimeShape::Invalid && losesSubMilliseconds(text))
        return warnSubMilliseconds(c, path, text);
    switch (shape) {
    case DateTimeShape::IsoUtc:
        return;
    case DateTimeShape::PlainDate:
        c.warning(
            path, "date-time",
            QCoreApplication::translate(
                "Validator", "%1 is a date without a time (\"%2\"); the export sends it as %3.")
                .arg(labelOf(path), text, text.trimmed() + QStringLiteral("T00:00:00.000Z")));
        return;
    case DateTimeShape::OtherOffset:
        c.warning(path, "date-time",
                  QCoreApplication::translate(
                      "Validator", "%1 is not in UTC (\"%2\"); the export converts it to UTC.")
                      .arg(labelOf(path), text));
        return;
    case DateTimeShape::Invalid:
        break;
    }
    const QString message = isPlaceholder(text)
        ? QCoreApplication::translate(
            "Validator",
            "%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not \"%2\" "
            "(a placeholder left from the API examples); the API answers 406 ERR805.")
        : QCoreApplication::translate(
            "Validator",
            "%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not \"%2\"; "
            "the API answers 406 ERR805.");
    c.error(path, "date-time", message.arg(labelOf(path), text));
}

// A 3DS id names the lead an update goes to (.../leads-opportunities/XJSR-DZMFFT): a
// placeholder such as "string" would send it to a lead that does not exist.
void checkDsId(Context &c, const FieldSpec &, const NodePath &path, const FieldValue &value)
{
    static const QRegularExpression shape(
        wholeText(QStringLiteral("[A-Za-z0-9]+(-[A-Za-z0-9]+)+")));
    if (!requireString(c, path, value) || shape.match(value.text()).hasMatch())
        return;
    c.error(path, "ds-id",
            QCoreApplication::translate("Validator",
                                        "%1 must be a 3DS identifier such as XJSR-DZMFFT, not "
                                        "\"%2\"; an update would go to a lead that does not exist.")
                .arg(labelOf(path), value.text()));
}

void checkFieldValue(Context &context, const FieldSpec &spec, const NodePath &path,
                     const FieldValue &value)
{
    if (const KindCheck check = kindTraits(spec.kind).check)
        check(context, spec, path, value);
}

} // namespace leadopp::core::validation
