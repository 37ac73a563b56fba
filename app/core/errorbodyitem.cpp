#include "core/errorbodyitem.h"

#include "core/errorpathparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace leadopp::core {

namespace {

// Message members, most specific first. `description` is also a field of the record, so
// it only counts next to a path or code member (Google fieldViolations, PayPal details).
// `error` speaks only when nothing else does (Spring's "Bad Request" next to a message).
const char *const kMessageKeys[] = { "detail",         "message",      "msg",
                                     "reason",         "errorMessage", "error_description",
                                     "defaultMessage", "userMessage",  "localizedMessage",
                                     "diagnostics",    "longMessage" };
const char *const kCodeKeys[] = { "code", "errorCode", "error_code", "issue", "keyword" };
// Path members in priority order; the first present wins. `fields`, `keys` and
// `expression` name several fields at once.
const char *const kPathKeys[]
    = { "pointer",   "instancePath", "dataPath", "field", "loc",       "attr", "propertyPath",
        "property",  "path",         "target",   "param", "parameter", "name", "key",
        "attribute", "expression",   "fields",   "keys",  "location" };
const char *const kMultiPathKeys[] = { "fields", "keys", "expression" };
// Where GraphQL servers and JSON:API put the input path; ahead of GraphQL's own `path`,
// which is the path in the response.
const char *const kNestedPathKeys[]
    = { "field", "path", "inputPath", "argumentPath", "pointer", "parameter" };
// Path members that identify an item even when its message is a `description`.
const char *const kStrongPathKeys[]
    = { "pointer", "field",  "loc",  "path",       "target",   "source",       "instancePath",
        "attr",    "fields", "keys", "expression", "dataPath", "propertyPath", "param" };
// On the body itself these describe the request (Spring's `path` is the URL path,
// PayPal's `name` an error name), not a field.
const char *const kRootOnlyKeys[] = { "path", "instance", "name", "type" };
const char *const kItemDataKeys[]
    = { "input",      "value",        "rejectedValue", "_original", "ctx",      "context",
        "params",     "arguments",    "codes",         "links",     "metadata", "locations",
        "source",     "extensions",   "schemaPath",    "loc",       "fields",   "keys",
        "expression", "instancePath", "dataPath",      "path",      "location", "field" };

template<size_t N> bool listed(const char *const (&keys)[N], QStringView key)
{
    for (const char *candidate : keys) {
        if (key == QLatin1String(candidate))
            return true;
    }
    return false;
}

// A message member holds a string, or an object with the words in `value` (OData v2
// `{lang, value}`), `text` (FHIR CodeableConcept) or `message` (Google localizedMessage).
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    const QJsonObject object = value.toObject();
    for (const char *key : { "value", "text", "message" }) {
        const QJsonValue inner = object.value(QLatin1String(key));
        if (inner.isString())
            return inner.toString().trimmed();
    }
    return QString();
}

QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
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

bool usablePath(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("name") && value.isString()) {
        // PayPal's `name` is "UNPROCESSABLE_ENTITY": an error name, not a field.
        const QString text = value.toString();
        return !(looksLikeCode(text) && text == text.toUpper() && text.contains(u'_'));
    }
    return value.isString() || value.isArray() || value.isDouble();
}

// Ajv names a missing member beside the path of the object that lacks it.
void appendMissingProperty(const QJsonObject &item, ErrorItemPath &path)
{
    const QString missing = item.value(QLatin1String("params"))
                                .toObject()
                                .value(QLatin1String("missingProperty"))
                                .toString();
    if (missing.isEmpty())
        return;
    path.segments.append(missing);
    path.raw += (path.raw.isEmpty() || path.raw.endsWith(u'/') ? QString() : QStringLiteral("/"))
        + missing;
}

void readMultiPath(const QJsonValue &value, ErrorItem &read)
{
    read.hasPath = true;
    if (!value.isArray()) {
        read.paths.append(pathFromValue(value));
        return;
    }
    const QJsonArray list = value.toArray();
    for (const QJsonValue &field : list)
        read.paths.append(pathFromValue(field));
}

bool readNestedPath(const QJsonObject &item, ErrorItem &read)
{
    for (const char *holder : { "extensions", "source" }) {
        const QJsonObject nested = item.value(QLatin1String(holder)).toObject();
        for (const char *key : kNestedPathKeys) {
            const QJsonValue value = nested.value(QLatin1String(key));
            if (value.isString() || value.isArray()) {
                read.hasPath = true;
                read.paths.append(pathFromValue(value));
                return true;
            }
        }
    }
    return false;
}

void readPaths(const QJsonObject &item, bool atRoot, ErrorItem &read)
{
    if (readNestedPath(item, read))
        return;
    for (const char *key : kPathKeys) {
        const QString name = QLatin1String(key);
        const QJsonValue value = item.value(name);
        if ((atRoot && listed(kRootOnlyKeys, name)) || !usablePath(name, value))
            continue;
        if (listed(kMultiPathKeys, name)) {
            readMultiPath(value, read);
            return;
        }
        read.hasPath = true;
        read.paths.append(pathFromValue(value));
        if (name == QLatin1String("instancePath") || name == QLatin1String("dataPath"))
            appendMissingProperty(item, read.paths.last());
        return;
    }
}

void addText(const QString &text, ErrorItem &read)
{
    if (text.isEmpty() || read.messages.contains(text))
        return;
    if (looksLikeCode(text)) {
        if (read.code.isEmpty())
            read.code = text;
        return;
    }
    read.messages.append(text);
}

void readTexts(const QJsonObject &item, ErrorItem &read)
{
    for (const char *key : kCodeKeys) {
        read.code = codeText(item.value(QLatin1String(key)));
        if (!read.code.isEmpty())
            break;
    }
    for (const char *key : kMessageKeys)
        addText(textOf(item.value(QLatin1String(key))), read);
    const bool describes = hasAnyKey(item, kStrongPathKeys, std::size(kStrongPathKeys))
        || hasAnyKey(item, kCodeKeys, std::size(kCodeKeys));
    if (describes)
        addText(textOf(item.value(QLatin1String("description"))), read);
    const QJsonValue details = item.value(QLatin1String("details"));
    if (details.isObject()) // FHIR: details {coding, text}
        addText(textOf(details), read);
    const QString error = item.value(QLatin1String("error")).toString().trimmed();
    if (read.messages.isEmpty())
        addText(error, read);
    else if (read.code.isEmpty())
        read.code = error;
}

} // namespace

ErrorItem readErrorItem(const QJsonObject &item, bool atRoot)
{
    ErrorItem read;
    readTexts(item, read);
    read.title = item.value(QLatin1String("title")).toString().trimmed();
    readPaths(item, atRoot, read);
    return read;
}

bool isErrorItem(const QJsonObject &object)
{
    for (const char *key : kMessageKeys) {
        if (!textOf(object.value(QLatin1String(key))).isEmpty())
            return true;
    }
    if (object.value(QLatin1String("error")).isString())
        return true;
    // A code alone still says something; a title or description only next to a path.
    for (const char *key : kCodeKeys) {
        if (object.value(QLatin1String(key)).isString())
            return true;
    }
    const bool pathNamed = hasAnyKey(object, kStrongPathKeys, std::size(kStrongPathKeys));
    return (object.value(QLatin1String("title")).isString() && pathNamed)
        || (object.value(QLatin1String("description")).isString()
            && (pathNamed || hasAnyKey(object, kCodeKeys, std::size(kCodeKeys))));
}

bool isItemDataMember(QStringView key)
{
    return listed(kItemDataKeys, key);
}

bool looksLikeCode(QStringView text)
{
    // A word closed by a full stop is a sentence ("Rejected."), never an identifier.
    if (text.size() < 2 || text.size() > 80 || text.endsWith(u'.') || text.endsWith(u'!')
        || text.endsWith(u'?'))
        return false;
    bool separator = false;
    bool lower = false;
    for (const QChar c : text) {
        if (c == u'_' || c == u'.' || c == u':' || c == u'/' || c == u'-')
            separator = true;
        else if (c.isLower())
            lower = true;
        else if (!c.isLetterOrNumber())
            return false;
    }
    // "ERR801", "NullValue"-style names need a separator or no lower-case letter at all.
    return separator || !lower;
}

} // namespace leadopp::core
