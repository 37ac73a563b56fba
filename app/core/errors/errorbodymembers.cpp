#include "core/errors/errorbodymembers.h"

#include <QHash>
#include <iterator>

namespace leadopp::core {

namespace {

// In the order of ErrorItemMembers::Name.
const char *const kNames[] = {
    "detail",         "message",      "msg",
    "reason",         "errorMessage", "error_description",
    "defaultMessage", "userMessage",  "localizedMessage",
    "diagnostics",    "longMessage",  "code",
    "errorCode",      "error_code",   "issue",
    "keyword",        "pointer",      "instancePath",
    "dataPath",       "field",        "loc",
    "attr",           "propertyPath", "property",
    "path",           "target",       "param",
    "parameter",      "name",         "key",
    "attribute",      "expression",   "fields",
    "keys",           "location",     "source",
    "title",          "description",  "details",
    "error",          "extensions",   "params",
};
static_assert(std::size(kNames) == ErrorItemMembers::NameCount);

// Members of an error item that hold data about the value (the rejected input, schema
// parameters, links), never further errors.
const char *const kItemDataKeys[]
    = { "input",      "value",        "rejectedValue", "_original", "ctx",      "context",
        "params",     "arguments",    "codes",         "links",     "metadata", "locations",
        "source",     "extensions",   "schemaPath",    "loc",       "fields",   "keys",
        "expression", "instancePath", "dataPath",      "path",      "location", "field" };

// The item's own words, read with it: never entered as inner errors.
const char *const kWordMembers[] = { "message", "localizedMessage", "title" };

struct Role {
    int name = -1;     ///< an ErrorItemMembers::Name, -1 for none
    bool child = true; ///< may hold inner errors
};

QHash<QString, Role> buildRoles()
{
    QHash<QString, Role> roles;
    for (int i = 0; i < ErrorItemMembers::NameCount; ++i)
        roles[QString::fromLatin1(kNames[i])].name = i;
    for (const char *data : kItemDataKeys)
        roles[QString::fromLatin1(data)].child = false;
    for (const char *word : kWordMembers)
        roles[QString::fromLatin1(word)].child = false;
    return roles;
}

} // namespace

ErrorItemMembers::ErrorItemMembers(const QJsonObject &object) : m_object(object)
{
    static const QHash<QString, Role> roles = buildRoles();
    m_positions.fill(-1);
    m_keys.reserve(object.size());
    qsizetype position = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++position) {
        m_keys.append(it.key());
        const auto role = roles.constFind(m_keys.last());
        if (role == roles.cend()) {
            m_children.append(position);
            continue;
        }
        if (role->name >= 0)
            m_positions[role->name] = position;
        if (role->child)
            m_children.append(position);
    }
}

QString ErrorItemMembers::wordsOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (!value.isObject()) // most candidate members are simply absent
        return QString();
    const QJsonObject object = value.toObject();
    for (const char *key : { "value", "text", "message" }) {
        const QJsonValue inner = object.value(QLatin1String(key));
        if (inner.isString())
            return inner.toString().trimmed();
    }
    return QString();
}

bool isItemDataMember(QStringView key)
{
    for (const char *candidate : kItemDataKeys) {
        if (key == QLatin1String(candidate))
            return true;
    }
    return false;
}

} // namespace leadopp::core
