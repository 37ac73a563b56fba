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

// The catalogue fields that are sent (not response-only) of one container: in catalogue order,
// and by name.
struct SendableFields {
    QList<SendableField> ordered;
    QHash<QString, const FieldSpec *> byName;
};

const SendableFields &sendableFields(const QString &container)
{
    static const QHash<QString, SendableFields> index = [] {
        QHash<QString, SendableFields> byContainer;
        for (const FieldSpec &spec : FieldCatalogue::fields()) {
            if (spec.readOnly)
                continue;
            SendableFields &fields = byContainer[spec.container()];
            fields.ordered.append({ spec.name(), &spec });
            fields.byName.insert(spec.name(), &spec);
        }
        return byContainer;
    }();
    static const SendableFields none;
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
    const QList<SendableField> &fields = sendableFields(container).ordered;
    if (sendsAsItIs(object, fields))
        return object;
    QJsonObject result;
    for (const SendableField &field : fields) {
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

// Whether the rows of array sections are filtered into the body, or left for the writer to
// filter as it writes them (rowFilters()).
enum class Rows { Filtered, LeftToTheWriter };

QString rowContainer(const SectionSpec &section)
{
    return section.key + QStringLiteral("[]");
}

QJsonValue exportSection(const SectionSpec &section, const QJsonValue &value, Rows rows)
{
    if (section.isArray && value.isArray()) {
        return rows == Rows::Filtered
            ? QJsonValue(filterRows(value.toArray(), rowContainer(section)))
            : value;
    }
    if (!section.isArray && value.isObject())
        return filterMembers(value.toObject(), section.key);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

bool isEmptyContainer(const QJsonValue &value)
{
    return (value.isObject() && value.toObject().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

QJsonObject exportWithRows(const QJsonObject &normalised, ExportMode mode, Rows rows)
{
    QJsonObject body = filterMembers(normalised, QString());
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        if (section.key.isEmpty())
            continue;
        QJsonValue value = exportSection(section, normalised.value(section.key), rows);
        if (value.isUndefined() && keepEmpty(section, mode))
            value = section.isArray ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
        if (value.isUndefined() || (isEmptyContainer(value) && !keepEmpty(section, mode)))
            continue;
        body.insert(section.key, value);
    }
    return body;
}

// What filterRows() keeps of each member of a row of each array section: the sendable members,
// each as sent.
const RowFilters &rowFilters()
{
    static const RowFilters filters = [] {
        RowFilters bySection;
        for (const SectionSpec &section : FieldCatalogue::sections()) {
            if (!section.isArray || section.key.isEmpty())
                continue;
            const SendableFields *fields = &sendableFields(rowContainer(section));
            bySection.insert(section.key, [fields](const QString &name, const QJsonValue &value) {
                const FieldSpec *spec = fields->byName.value(name);
                return spec ? exportValue(*spec, value) : QJsonValue(QJsonValue::Undefined);
            });
        }
        return bySection;
    }();
    return filters;
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
    return exportWithRows(normalised, mode, Rows::Filtered);
}

QByteArray exportCanonicalBody(const QJsonObject &normalised, ExportMode mode)
{
    return toIndentedJson(exportWithRows(normalised, mode, Rows::LeftToTheWriter), rowFilters());
}

QByteArray exportBody(const QJsonObject &record, ExportMode mode)
{
    return exportCanonicalBody(normaliseRecord(record), mode);
}

} // namespace leadopp::core
