#include "core/document/jsonaccess.h"

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

// True when writing at segments[depth...] below `node` can succeed: containers may be
// missing (they are created), but a node of another type or an index beyond the end
// refuses the write.
bool canWrite(QJsonValue node, const Segments &segments, const QJsonValue &value)
{
    for (const FieldPath::Segment &segment : segments) {
        if (const int *row = std::get_if<int>(&segment)) {
            if (!node.isArray() && !node.isUndefined() && !node.isNull())
                return false;
            const qsizetype size = node.isArray() ? node.toArray().size() : 0;
            if (*row > size || (*row == size && value.isUndefined()))
                return false;
        } else if (!node.isObject() && !node.isUndefined() && !node.isNull()) {
            return false;
        }
        node = stepInto(node, segment);
    }
    return true;
}

// Writes `value` at segments[depth...] below `node` (checked by canWrite()). Each
// container is taken out of its parent before it is changed, so it has one owner and is
// changed in place: a cell edit copies neither the 5,000 rows beside it nor its row.
void writeInto(QJsonValue &node, const Segments &segments, int depth, const QJsonValue &value)
{
    if (depth == segments.size()) {
        node = value;
        return;
    }
    const FieldPath::Segment &segment = segments.at(depth);
    if (const int *row = std::get_if<int>(&segment)) {
        QJsonArray array = node.toArray();
        node = QJsonValue();
        QJsonValue child(QJsonValue::Undefined);
        if (*row < array.size()) {
            child = array.at(*row);
            array.replace(*row, QJsonValue());
        }
        writeInto(child, segments, depth + 1, value);
        if (child.isUndefined())
            array.removeAt(*row);
        else if (*row == array.size())
            array.append(child);
        else
            array.replace(*row, child);
        node = array;
        return;
    }
    QJsonObject object = node.toObject();
    node = QJsonValue();
    const QString &key = std::get<QString>(segment);
    QJsonValue child = object.value(key);
    if (!child.isUndefined())
        object.insert(key, QJsonValue());
    writeInto(child, segments, depth + 1, value);
    if (child.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
    node = object;
}

} // namespace

QJsonValue valueAt(const QJsonObject &root, const FieldPath &path)
{
    if (!path.isValid())
        return QJsonValue(QJsonValue::Undefined);
    return valueBelow(root, path, 0);
}

QJsonValue valueBelow(const QJsonValue &node, const FieldPath &path, int from)
{
    QJsonValue value = node;
    for (int i = from; i < path.size() && !value.isUndefined(); ++i)
        value = stepInto(value, path.segments().at(i));
    return value;
}

bool setValueBelow(QJsonValue &node, const FieldPath &path, int from, const QJsonValue &value)
{
    const Segments below = path.segments().mid(from);
    if (!canWrite(node, below, value))
        return false;
    writeInto(node, below, 0, value);
    return true;
}

bool setValueAt(QJsonObject &root, const FieldPath &path, const QJsonValue &value)
{
    if (!path.isValid() || path.isRecord() || std::holds_alternative<int>(path.segments().first()))
        return false;
    if (!canWrite(root, path.segments(), value))
        return false;
    QJsonValue node = root;
    root = QJsonObject();
    writeInto(node, path.segments(), 0, value);
    root = node.toObject();
    return true;
}

void moveArrayItem(QJsonArray &array, int from, int to)
{
    const int step = from < to ? 1 : -1;
    const QJsonValue moved = array.at(from);
    for (int at = from; at != to; at += step)
        array.replace(at, array.at(at + step));
    array.replace(to, moved);
}

} // namespace leadopp::core
