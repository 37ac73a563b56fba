#include "core/input/canonicalinput.h"

#include "core/validation/validationvat.h"

#include <QJsonArray>

namespace leadopp::core {

namespace {

QJsonValue canonicalText(FieldKind kind, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (kind) {
    case FieldKind::Vat:
        return validation::normaliseVat(trimmed);
    case FieldKind::Currency:
        return trimmed.toUpper();
    default:
        return trimmed;
    }
}

} // namespace

QJsonValue canonicalInput(const FieldSpec &spec, const QJsonValue &value)
{
    if (value.isString())
        return canonicalText(spec.kind, value.toString());
    if (!value.isArray())
        return value;
    QJsonArray items;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonValue canonical
            = item.isString() ? canonicalText(spec.kind, item.toString()) : item;
        if (!canonical.isUndefined())
            items.append(canonical);
    }
    return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(items);
}

} // namespace leadopp::core
