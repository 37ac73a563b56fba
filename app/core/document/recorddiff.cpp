#include "core/document/recorddiff.h"

#include <QSet>

namespace leadopp::core {

namespace {

QSet<QString> keysOf(const QJsonObject &a, const QJsonObject &b)
{
    QSet<QString> keys;
    for (const QString &key : a.keys())
        keys.insert(key);
    for (const QString &key : b.keys())
        keys.insert(key);
    return keys;
}

} // namespace

QStringList changedPaths(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changed;
    for (const QString &key : keysOf(before, after)) {
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        if (old == now)
            continue;
        if (!old.isObject() || !now.isObject()) {
            changed.append(key);
            continue;
        }
        const QJsonObject oldSection = old.toObject();
        const QJsonObject newSection = now.toObject();
        for (const QString &member : keysOf(oldSection, newSection)) {
            if (oldSection.value(member) != newSection.value(member))
                changed.append(key + u'.' + member);
        }
    }
    changed.sort();
    return changed;
}

} // namespace leadopp::core
