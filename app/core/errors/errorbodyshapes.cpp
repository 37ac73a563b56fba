#include "core/errors/errorbodyshapes.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/errors/errorbodyitem.h"
#include "core/errors/errorpathparser.h"
#include "core/errors/errorpathresolver.h"

#include <QJsonArray>
#include <algorithm>

namespace leadopp::core {

namespace {

// True when some object member (not an array element) is a string, number, boolean or
// null. Iterative, and stops after `maxNodes`: the verdict on a huge body rests on its
// beginning, which keeps the probe linear.
bool holdsBareScalar(const QJsonObject &root, int maxNodes)
{
    QList<QJsonValue> pending { root };
    for (int visited = 0; !pending.isEmpty() && visited < maxNodes; ++visited) {
        const QJsonValue node = pending.takeLast();
        if (node.isArray()) {
            const QJsonArray array = node.toArray(); // const: iterating must not detach
            for (const QJsonValue &element : array) {
                if (element.isObject() || element.isArray())
                    pending.append(element);
            }
            continue;
        }
        const QJsonObject object = node.toObject();
        for (const QJsonValue &member : object) {
            if (!member.isObject() && !member.isArray())
                return true;
            pending.append(member);
        }
    }
    return false;
}

// Words, not an identifier or a value: "must be >= 0", never "EUR" or "error".
bool isSentence(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    return text.contains(u' ') && !looksLikeCode(text);
}

} // namespace

bool ErrorBodyShapes::isStringList(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return !array.isEmpty() && std::all_of(array.begin(), array.end(), [](const QJsonValue &v) {
        return v.isString();
    });
}

bool ErrorBodyShapes::keyNamesSomething(const QString &key) const
{
    return ErrorPathResolver::isRecordMarker(key)
        || m_resolver.resolve(parseErrorPath(key)).match != MatchKind::Record;
}

bool ErrorBodyShapes::isRootErrorObject(const QJsonObject &root) const
{
    if (root.isEmpty() || holdsBareScalar(root, 100000))
        return false;
    bool keysResolve = false;
    bool allStringLists = true;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        allStringLists = allStringLists && isStringList(it.value());
        keysResolve = keysResolve || keyNamesSomething(it.key());
    }
    return keysResolve || allStringLists;
}

bool ErrorBodyShapes::isMessageMap(const QJsonObject &object) const
{
    bool allStringLists = true;
    bool allKeysResolve = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const bool list = isStringList(value);
        if (!list && !value.isObject() && !value.isArray() && !isSentence(value))
            return false;
        allStringLists = allStringLists && list;
        allKeysResolve = allKeysResolve && keyNamesSomething(it.key());
    }
    return !object.isEmpty() && (allStringLists || allKeysResolve);
}

bool ErrorBodyShapes::isRecordEcho(const QJsonObject &object) const
{
    bool holdsSection = false;
    for (auto it = object.constBegin(); it != object.constEnd() && !holdsSection; ++it) {
        const SectionSpec *section = FieldCatalogue::sectionByKey(it.key());
        holdsSection = section && section->section != Section::Record
            && (it.value().isObject() || it.value().isArray());
    }
    // A few thousand nodes are plenty to meet a value of a real record.
    return holdsSection && holdsBareScalar(object, 4096);
}

} // namespace leadopp::core
