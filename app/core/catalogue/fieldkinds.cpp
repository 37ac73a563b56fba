#include "core/catalogue/fieldkinds.h"

#include "core/input/canonicalinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace leadopp::core {

namespace {

using K = FieldKind;

// One row a kind. A kind missing here behaves as plain text.
// clang-format off
const KindTraits kKinds[] = {
    {K::Text},     {K::Email},          {K::Url},        {K::DateTime},
    {K::Enum, false, false, true},      {K::MultiEnum, true, false, true},
    {K::TextList, true},                {K::Number, false, true},
    {K::Currency}, {K::Country},        {K::Duns},       {K::Vat},
    {K::DsId},
};
// clang-format on

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 15);
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
    static const KindTraits text;
    for (const KindTraits &traits : kKinds) {
        if (traits.kind == kind)
            return traits;
    }
    return text;
}

QString valueText(const FieldSpec &spec, const QJsonValue &value)
{
    if (!kindTraits(spec.kind).list || !value.isArray())
        return scalarText(value);
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(scalarText(item));
    return items.join(u'\n');
}

QJsonValue textValue(const FieldSpec &spec, const QString &text)
{
    const KindTraits &traits = kindTraits(spec.kind);
    if (traits.list)
        return canonicalInput(spec, QJsonArray::fromStringList(text.split(u'\n')));
    if (traits.number) {
        bool ok = false;
        const double number = QLocale::c().toDouble(text.trimmed(), &ok);
        if (ok)
            return number;
    }
    return canonicalInput(spec, text);
}

} // namespace leadopp::core
