#include "ui/models/cellvalue.h"

#include "core/catalogue/fieldkinds.h"

namespace leadopp::ui {

QVariant cellValue(const QJsonValue &value, const core::FieldSpec &spec)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble() && core::kindTraits(spec.kind).number)
        return value.toDouble();
    return core::valueText(spec, value);
}

QJsonValue cellInput(const QVariant &input, const core::FieldSpec &spec)
{
    if (core::kindTraits(spec.kind).number && input.metaType().id() == QMetaType::Double)
        return input.toDouble();
    if (input.metaType().id() == QMetaType::QStringList)
        return core::textValue(spec, input.toStringList().join(u'\n'));
    return core::textValue(spec, input.toString());
}

} // namespace leadopp::ui
