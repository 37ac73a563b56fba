#include "core/errorbodyitem.h"

#include "core/errorpathparser.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace leadopp::core {

namespace {

// Message members, most specific first. `description` is also a field of the record, so
// it only counts next to a path or code member (Google fieldViolations).
const char *const kMessageKeys[]
    = { "detail",         "message",     "msg",  "reason", "errorMessage", "error_description",
        "defaultMessage", "userMessage", "error" };
const char *const kCodeKeys[] = { "code", "errorCode", "error_code" };
const char *const kPathKeys[]
    = { "pointer",  "field",        "loc",       "path",     "target",
        "name",     "param",        "parameter", "property", "propertyPath",
        "location", "instancePath", "dataPath",  "key",      "attribute" };
const char *const kNestedKeys[] = { "errors",         "fieldViolations", "details",   "violations",
                                    "invalid-params", "invalid_params",  "userErrors" };
// Path members that identify an item even when its message is a `description`.
const char *const kStrongPathKeys[] = { "pointer", "field", "loc", "path", "target", "source" };

QString stringMember(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString();
}

bool hasAnyKey(const QJsonObject &object, const char *const *keys, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        if (object.contains(QLatin1String(keys[i])))
            return true;
    }
    return false;
}

ErrorItemPath pathFromValue(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return { parseErrorPathArray(array),
                 QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) };
    }
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return { parseErrorPath(text), text };
}

void readPaths(const QJsonObject &item, ErrorItem &read)
{
    const QJsonValue fields = item.value(QLatin1String("fields"));
    if (fields.isArray()) { // Salesforce: several fields, or none = the record
        read.hasPath = true;
        const QJsonArray list = fields.toArray();
        for (const QJsonValue &field : list)
            read.paths.append(pathFromValue(field));
        return;
    }
    const QJsonObject source = item.value(QLatin1String("source")).toObject();
    for (const char *key : { "pointer", "parameter" }) {
        if (source.value(QLatin1String(key)).isString()) {
            read.hasPath = true;
            read.paths.append(pathFromValue(source.value(QLatin1String(key))));
            return;
        }
    }
    for (const char *key : kPathKeys) {
        const QJsonValue value = item.value(QLatin1String(key));
        if (value.isString() || value.isArray() || value.isDouble()) {
            read.hasPath = true;
            read.paths.append(pathFromValue(value));
            return;
        }
    }
}

} // namespace

ErrorItem readErrorItem(const QJsonObject &item)
{
    ErrorItem read;
    for (const char *key : kMessageKeys) {
        read.message = stringMember(item, key);
        if (!read.message.isEmpty())
            break;
    }
    if (read.message.isEmpty() && hasAnyKey(item, kStrongPathKeys, std::size(kStrongPathKeys)))
        read.message = stringMember(item, "description");
    read.title = stringMember(item, "title");
    for (const char *key : kCodeKeys) {
        read.code = stringMember(item, key);
        if (!read.code.isEmpty())
            break;
    }
    readPaths(item, read);
    for (const char *key : kNestedKeys) {
        const QJsonValue value = item.value(QLatin1String(key));
        if (value.isArray())
            read.nestedItems.append(value.toArray());
    }
    read.nestedObject = item.value(QLatin1String("errors")).toObject();
    return read;
}

bool isErrorItem(const QJsonObject &object)
{
    for (const char *key : kMessageKeys) {
        if (object.value(QLatin1String(key)).isString())
            return true;
    }
    return object.value(QLatin1String("description")).isString()
        && (hasAnyKey(object, kStrongPathKeys, std::size(kStrongPathKeys))
            || hasAnyKey(object, kCodeKeys, std::size(kCodeKeys)));
}

} // namespace leadopp::core
