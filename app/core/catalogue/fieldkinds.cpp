#include "core/catalogue/fieldkinds.h"

#include "core/input/canonicalinput.h"
#include "core/input/localenumber.h"
#include "core/validation/kindchecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <iterator>

namespace leadopp::core {

namespace {

using K = FieldKind;
using namespace validation;

// A share as the rep's locale writes it: "15 %", "15%".
QString percentText(double value)
{
    return QLocale().toString(value, 'g', 15) + QLocale().percent();
}

// One row a kind, in FieldKind's order: list, number, choice, rule, editor hint, cell number.
// VAT numbers are checked against the country by a cross rule.
// clang-format off
constexpr KindTraits kKinds[] = {
    {K::Text,      false, false, false, checkText},
    {K::Email,     false, false, false, checkEmail},
    {K::Url,       false, false, false, checkUrl},
    {K::DateTime,  false, false, false, checkDateTime},
    {K::Enum,      false, false, true,  checkEnum},
    {K::MultiEnum, true,  false, true,  checkMultiEnum},
    {K::TextList,  true,  false, false, checkTextList},
    {K::Number,    false, true,  false, checkNumber},
    {K::Currency,  false, false, false, checkCurrency},
    {K::Country,   false, false, false, checkText},
    {K::Duns,      false, false, false, checkDuns},
    {K::Vat,       false, false, false, checkText},
    {K::DsId,      false, false, false, checkDsId},
    {K::Percent,   false, true,  false, checkPercent, QT_TRANSLATE_NOOP("Editors", "0 to 100"),
     percentText},
};
// clang-format on

// Every field of every row asks for its kind's traits: they are found by the kind's number.
constexpr bool oneRowAKindInOrder()
{
    for (size_t i = 0; i < std::size(kKinds); ++i) {
        if (size_t(kKinds[i].kind) != i)
            return false;
    }
    return std::size(kKinds) == size_t(FieldKind::Percent) + 1;
}
static_assert(oneRowAKindInOrder(), "kKinds holds one row a FieldKind, in the enum's order");

// A number shows every digit it holds, so that an editor opened and closed again stores
// the same number: a number field in the rep's notation, the one it is read back in (in
// German 1.234 is "1,234"; "1.234" would read as a thousand and more), any other field in
// the API's. Fifteen digits and C notation changed 9007199254740992 and German amounts.
QString scalarText(const QJsonValue &value, bool number)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return editableNumber(value.toDouble(), number ? QLocale() : QLocale::c());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

} // namespace

const KindTraits &kindTraits(FieldKind kind)
{
    return kKinds[size_t(kind)];
}

QString valueText(const FieldSpec &spec, const QJsonValue &value)
{
    const KindTraits &traits = kindTraits(spec.kind);
    if (!traits.list || !value.isArray())
        return scalarText(value, traits.number);
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(scalarText(item, traits.number));
    return items.join(u'\n');
}

QJsonValue textValue(const FieldSpec &spec, const QString &text)
{
    const KindTraits &traits = kindTraits(spec.kind);
    if (traits.list)
        return canonicalInput(spec, QJsonArray::fromStringList(text.split(u'\n')));
    if (traits.number) {
        // The rep's notation or the canonical one; an ambiguous "1.234" stays text, and
        // validation says what it could mean.
        const TypedNumber typed = readTypedNumber(text);
        if (typed.reading == TypedNumber::Reading::Number)
            return typed.value;
    }
    return canonicalInput(spec, text);
}

} // namespace leadopp::core
