#include "ui/models/cellvalue.h"

#include "core/input/localenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace leadopp::ui {

namespace {

bool isList(core::FieldKind kind)
{
    return kind == core::FieldKind::MultiEnum || kind == core::FieldKind::TextList;
}

QJsonValue listInput(const QVariant &input)
{
    QStringList items = input.metaType().id() == QMetaType::QStringList
        ? input.toStringList()
        : input.toString().split(u',');
    QJsonArray array;
    for (const QString &item : std::as_const(items)) {
        if (!item.trimmed().isEmpty())
            array.append(item.trimmed());
    }
    return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
}

QString listText(const QJsonArray &array)
{
    QStringList items;
    for (const QJsonValue &item : array)
        items.append(item.isString() ? item.toString() : item.toVariant().toString());
    return items.join(QStringLiteral(", "));
}

} // namespace

QVariant cellValue(const QJsonValue &value, core::FieldKind kind)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return listText(value.toArray());
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Double:
        return kind == core::FieldKind::Number ? QVariant(value.toDouble())
                                               : QVariant(value.toVariant().toString());
    default:
        return value.toVariant();
    }
}

QJsonValue cellInput(const QVariant &input, core::FieldKind kind)
{
    if (isList(kind))
        return listInput(input);
    if (kind == core::FieldKind::Number && input.metaType().id() == QMetaType::Double)
        return input.toDouble();
    const QString text = input.toString().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (kind == core::FieldKind::Number) {
        const core::TypedNumber typed = core::readTypedNumber(text);
        return typed.reading == core::TypedNumber::Reading::Number ? QJsonValue(typed.value)
                                                                   : QJsonValue(text);
    }
    return text;
}

} // namespace leadopp::ui
