#include "core/errors/errorbodyitem.h"

#include "core/errors/errorpathparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <iterator>

namespace leadopp::core {

namespace {

using M = ErrorItemMembers;

// Message members, most specific first. `description` is also a field of the record, so
// it only counts next to a path or code member (Google fieldViolations, PayPal details).
// `error` speaks only when nothing else does (Spring's "Bad Request" next to a message).
const M::Name kMessageKeys[] = { M::Detail,         M::Message,      M::Msg,
                                 M::Reason,         M::ErrorMessage, M::ErrorDescription,
                                 M::DefaultMessage, M::UserMessage,  M::LocalizedMessage,
                                 M::Diagnostics,    M::LongMessage };
const M::Name kCodeKeys[] = { M::Code, M::ErrorCode, M::ErrorCodeSnake, M::Issue, M::Keyword };
// Path members in priority order; the first present wins. `fields`, `keys` and
// `expression` name several fields at once.
const M::Name kPathKeys[]
    = { M::Pointer,    M::InstancePath, M::DataPath,   M::Field,     M::Loc,
        M::Attr,       M::PropertyPath, M::Property,   M::Path,      M::Target,
        M::Param,      M::Parameter,    M::NameMember, M::KeyMember, M::Attribute,
        M::Expression, M::Fields,       M::Keys,       M::Location };
const M::Name kMultiPathKeys[] = { M::Fields, M::Keys, M::Expression };
// Where GraphQL servers and JSON:API put the input path; ahead of GraphQL's own `path`,
// which is the path in the response.
const char *const kNestedPathKeys[]
    = { "field", "path", "inputPath", "argumentPath", "pointer", "parameter" };
// Path members that identify an item even when its message is a `description`.
const M::Name kStrongPathKeys[]
    = { M::Pointer,    M::Field,        M::Loc,          M::Path,   M::Target,
        M::Source,     M::InstancePath, M::Attr,         M::Fields, M::Keys,
        M::Expression, M::DataPath,     M::PropertyPath, M::Param };
// On the body itself these describe the request (Spring's `path` is the URL path,
// PayPal's `name` an error name), not a field. (`instance` and `type` are never path
// members.)
const M::Name kRootOnlyKeys[] = { M::Path, M::NameMember };

template<size_t N> bool listed(const M::Name (&names)[N], M::Name name)
{
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

template<size_t N> bool hasAny(const M &item, const M::Name (&names)[N])
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](M::Name name) { return item.has(name); });
}

QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return QString();
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

bool usablePath(M::Name key, const QJsonValue &value)
{
    if (key == M::NameMember && value.isString()) {
        // PayPal's `name` is "UNPROCESSABLE_ENTITY": an error name, not a field.
        const QString text = value.toString();
        return !(looksLikeCode(text) && text == text.toUpper() && text.contains(u'_'));
    }
    return value.isString() || value.isArray() || value.isDouble();
}

// Ajv names a missing member beside the path of the object that lacks it.
void appendMissingProperty(const M &item, ErrorItemPath &path)
{
    const QString missing
        = item.value(M::Params).toObject().value(QLatin1String("missingProperty")).toString();
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

bool readNestedPath(const M &item, ErrorItem &read)
{
    for (const M::Name holder : { M::Extensions, M::Source }) {
        if (!item.value(holder).isObject())
            continue;
        const QJsonObject nested = item.value(holder).toObject();
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

void readPaths(const M &item, bool atRoot, ErrorItem &read)
{
    if (readNestedPath(item, read))
        return;
    for (const M::Name name : kPathKeys) {
        if (!item.has(name)) // absent members are skipped unread: this runs for every item
            continue;
        const QJsonValue value = item.value(name);
        if ((atRoot && listed(kRootOnlyKeys, name)) || !usablePath(name, value))
            continue;
        if (listed(kMultiPathKeys, name)) {
            readMultiPath(value, read);
            return;
        }
        read.hasPath = true;
        read.paths.append(pathFromValue(value));
        if (name == M::InstancePath || name == M::DataPath)
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

void readTexts(const M &item, ErrorItem &read)
{
    for (const M::Name key : kCodeKeys) {
        read.code = item.has(key) ? codeText(item.value(key)) : QString();
        if (!read.code.isEmpty())
            break;
    }
    for (const M::Name key : kMessageKeys) {
        if (item.has(key))
            addText(item.words(key), read);
    }
    if (hasAny(item, kStrongPathKeys) || hasAny(item, kCodeKeys))
        addText(M::wordsOf(item.value(M::Description)), read);
    const QJsonValue &details = item.value(M::Details);
    if (details.isObject()) // FHIR: details {coding, text}
        addText(M::wordsOf(details), read);
    const QString error = item.value(M::Error).toString().trimmed();
    if (read.messages.isEmpty())
        addText(error, read);
    else if (read.code.isEmpty())
        read.code = error;
}

} // namespace

ErrorItem readErrorItem(const ErrorItemMembers &item, bool atRoot)
{
    ErrorItem read;
    readTexts(item, read);
    read.title = item.value(M::Title).toString().trimmed();
    readPaths(item, atRoot, read);
    return read;
}

bool isErrorItem(const ErrorItemMembers &object)
{
    for (const M::Name key : kMessageKeys) {
        if (object.has(key) && !object.words(key).isEmpty())
            return true;
    }
    if (object.value(M::Error).isString())
        return true;
    // A code alone still says something; a title or description only next to a path.
    for (const M::Name key : kCodeKeys) {
        if (object.has(key) && object.value(key).isString())
            return true;
    }
    const bool pathNamed = hasAny(object, kStrongPathKeys);
    return (object.value(M::Title).isString() && pathNamed)
        || (object.value(M::Description).isString() && (pathNamed || hasAny(object, kCodeKeys)));
}

bool isErrorItem(const QJsonObject &object)
{
    return isErrorItem(ErrorItemMembers(object));
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
