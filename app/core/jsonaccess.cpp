#include "core/jsonaccess.h"

#include <QJsonArray>

namespace leadopp::core {

namespace {

using Segments = QList<FieldPath::Segment>;

QJsonValue stepInto(const QJsonValue &value, const FieldPath::Segment &segment)
{
    if (const int *row = std::get_if<int>(&segment))
        return value.isArray() ? value.toArray().at(*row) : QJsonValue(QJsonValue::Undefined);
    return value.isObject() ? value.toObject().value(std::get<QString>(segment))
                            : QJsonValue(QJsonValue::Undefined);
}

// Rebuilds `node` with `value` written at segments[depth...]. Containers are created
// only where the node is missing; a node of another type refuses the write.
bool writeInto(QJsonValue &node, const Segments &segments, int depth, const QJsonValue &value)
{
    if (depth == segments.size()) {
        node = value;
        return true;
    }
    const FieldPath::Segment &segment = segments.at(depth);
    if (const int *row = std::get_if<int>(&segment)) {
        if (!node.isArray() && !node.isUndefined() && !node.isNull())
            return false;
        QJsonArray array = node.toArray();
        if (*row > array.size() || (*row == array.size() && value.isUndefined()))
            return false;
        QJsonValue child = *row < array.size() ? array.at(*row) : QJsonValue(QJsonValue::Undefined);
        if (!writeInto(child, segments, depth + 1, value))
            return false;
        if (child.isUndefined())
            array.removeAt(*row);
        else if (*row == array.size())
            array.append(child);
        else
            array.replace(*row, child);
        node = array;
        return true;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull())
        return false;
    QJsonObject object = node.toObject();
    const QString &key = std::get<QString>(segment);
    QJsonValue child = object.value(key);
    if (!writeInto(child, segments, depth + 1, value))
        return false;
    if (child.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
    node = object;
    return true;
}

} // namespace

QJsonValue valueAt(const QJsonObject &root, const FieldPath &path)
{
    if (!path.isValid())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = root;
    for (const FieldPath::Segment &segment : path.segments()) {
        node = stepInto(node, segment);
        if (node.isUndefined())
            break;
    }
    return node;
}

bool setValueAt(QJsonObject &root, const FieldPath &path, const QJsonValue &value)
{
    if (!path.isValid() || path.isRecord() || std::holds_alternative<int>(path.segments().first()))
        return false;
    QJsonValue node = root;
    if (!writeInto(node, path.segments(), 0, value))
        return false;
    root = node.toObject();
    return true;
}

} // namespace leadopp::core
