#include "core/errors/errorbodyshapes.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/errors/errorbodyitem.h"
#include "core/errors/errorpathparser.h"
#include "core/errors/errorpathresolver.h"

#include <QJsonArray>
#include <algorithm>

namespace leadopp::core {

namespace {

bool isContainer(QJsonValueConstRef value)
{
    const QJsonValue::Type type = value.type();
    return type == QJsonValue::Object || type == QJsonValue::Array;
}

// True when some object member (not an array element) is a string, number, boolean or
// null. Iterative, and stops after `maxNodes`: the verdict on a huge body rests on its
// beginning, which keeps the probe linear.
bool holdsBareScalar(const QJsonObject &root, int maxNodes)
{
    QList<QJsonValue> pending { root };
    for (int visited = 0; !pending.isEmpty() && visited < maxNodes; ++visited) {
        const QJsonValue node = pending.takeLast();
        // Elements and members are typed in place: building each as a value first copied
        // the text of every message of a large body.
        if (node.isArray()) {
            const QJsonArray array = node.toArray(); // const: iterating must not detach
            for (auto it = array.constBegin(); it != array.constEnd(); ++it) {
                if (isContainer(*it))
                    pending.append(*it);
            }
            continue;
        }
        const QJsonObject object = node.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isContainer(it.value()))
                return true;
            pending.append(it.value());
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
