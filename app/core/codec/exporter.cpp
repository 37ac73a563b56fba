#include "core/codec/exporter.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/documentreader.h"
#include "core/codec/indentedjson.h"
#include "core/codec/recordnormaliser.h"

#include <QHash>
#include <QJsonArray>

namespace leadopp::core {

namespace {

// A null item of a list (competitors, reasons) carries nothing, like a null member.
QJsonArray withoutNulls(const QJsonArray &items)
{
    QJsonArray result;
    for (const QJsonValue &item : items) {
        if (!item.isNull())
            result.append(item);
    }
    return result;
}

// The value as sent, or Undefined when it is not sent at all: nulls and empty dates carry
// nothing; a date that is not a date is sent as it is, so the API's check names it.
QJsonValue exportValue(const FieldSpec &spec, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Undefined);
    if (value.isArray())
        return withoutNulls(value.toArray());
    if (spec.kind != FieldKind::DateTime || !value.isString())
        return value;
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QString iso = toIsoUtc(text);
    return iso.isNull() ? value : QJsonValue(iso);
}

struct SendableField {
    QString name;
    const FieldSpec *spec;
};

// The catalogue fields that are sent (not response-only), per container.
const QList<SendableField> &sendableFields(const QString &container)
{
    static const QHash<QString, QList<SendableField>> index = [] {
        QHash<QString, QList<SendableField>> byContainer;
        for (const FieldSpec &spec : FieldCatalogue::fields()) {
            if (!spec.readOnly)
                byContainer[spec.container()].append({ spec.name(), &spec });
        }
        return byContainer;
    }();
    static const QList<SendableField> none;
    const auto it = index.constFind(container);
    return it == index.cend() ? none : *it;
}

// True when the member goes out exactly as it is: only a date can be rewritten, so only a
// date is exported to compare.
bool sendsUnchanged(const FieldSpec &spec, const QJsonValue &value)
{
    if (value.isNull() || value.isArray())
        return false;
    if (spec.kind != FieldKind::DateTime || !value.isString())
        return true;
    return exportValue(spec, value) == value;
}

// True when `object` is already what the API takes: sendable members only, each as sent.
// Most rows of a big draft are, and sharing them beats rebuilding thousands of objects. The
// look-ups stop once every member of the object has been found.
bool sendsAsItIs(const QJsonObject &object, const QList<SendableField> &fields)
{
    const qsizetype size = object.size();
    qsizetype sent = 0;
    for (auto field = fields.cbegin(); sent < size && field != fields.cend(); ++field) {
        const QJsonValue value = object.value(field->name);
        if (value.isUndefined())
            continue;
        if (!sendsUnchanged(*field->spec, value))
            return false;
        ++sent;
    }
    return sent == size;
}

// Keeps the catalogue's sendable members of one object (the record root, a section or
// a row) under their canonical names.
QJsonObject filterMembers(const QJsonObject &object, const QString &container)
{
    if (sendsAsItIs(object, sendableFields(container)))
        return object;
    QJsonObject result;
    for (const SendableField &field : sendableFields(container)) {
        const QJsonValue value = exportValue(*field.spec, object.value(field.name));
        if (!value.isUndefined())
            result.insert(field.name, value);
    }
    return result;
}

// Rows are never dropped, not even empty ones: error paths such as offerLines[2].amount
// count rows, and the body must count them the same way as the draft does.
QJsonArray filterRows(const QJsonArray &rows, const QString &container)
{
    QJsonArray result;
    for (const QJsonValue &row : rows)
        result.append(row.isObject() ? QJsonValue(filterMembers(row.toObject(), container)) : row);
    return result;
}

// An empty optional section carries no data: sent, an empty object would only make the
// API demand the section's required members, and the meaning of an empty array in a
// merge-style PATCH is undocumented (it might clear the list). leadOpportunity is always
// sent (both bodies require it), and so are the sections POST requires, so that the
// API's answer names their missing members.
bool keepEmpty(const SectionSpec &section, ExportMode mode)
{
    return section.section == Section::Opportunity
        || (mode == ExportMode::Create && section.requiredForCreate);
}

QJsonValue exportSection(const SectionSpec &section, const QJsonValue &value)
{
    if (section.isArray && value.isArray())
        return filterRows(value.toArray(), section.key + QStringLiteral("[]"));
    if (!section.isArray && value.isObject())
        return filterMembers(value.toObject(), section.key);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

bool isEmptyContainer(const QJsonValue &value)
{
    return (value.isObject() && value.toObject().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

} // namespace

ExportMode defaultExportMode(const QJsonObject &record)
{
    const QLatin1String key("dsLeadOpportunityId");
    QJsonValue id = record.value(key);
    if (!record.contains(key)) {
        // Only an alias needs the normaliser; rows never carry the id, so they stay out
        // of it and a 5,000-line draft costs nothing here.
        QJsonObject idCarriers;
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (!it.value().isArray())
                idCarriers.insert(it.key(), it.value());
        }
        id = normaliseRecord(idCarriers).value(key);
    }
    return id.isString() && !id.toString().trimmed().isEmpty() ? ExportMode::Update
                                                               : ExportMode::Create;
}

QJsonObject exportObject(const QJsonObject &record, ExportMode mode)
{
    return exportCanonicalObject(normaliseRecord(record), mode);
}

QJsonObject exportCanonicalObject(const QJsonObject &normalised, ExportMode mode)
{
    QJsonObject body = filterMembers(normalised, QString());
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        if (section.key.isEmpty())
            continue;
        QJsonValue value = exportSection(section, normalised.value(section.key));
        if (value.isUndefined() && keepEmpty(section, mode))
            value = section.isArray ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
        if (value.isUndefined() || (isEmptyContainer(value) && !keepEmpty(section, mode)))
            continue;
        body.insert(section.key, value);
    }
    return body;
}

QByteArray exportBody(const QJsonObject &record, ExportMode mode)
{
    return toIndentedJson(exportObject(record, mode));
}

} // namespace leadopp::core
