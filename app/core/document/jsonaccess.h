#pragma once

#include "core/catalogue/fieldpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace leadopp::core {

/// Reads the value at `path` in `root`; QJsonValue::Undefined when any step is missing.
QJsonValue valueAt(const QJsonObject &root, const FieldPath &path);

/// Writes `value` at `path`, creating missing objects and arrays on the way (an index one
/// past the end appends). Returns false, leaving `root` unchanged, when the path crosses
/// a value of another type or an index beyond the end. An Undefined value removes the
/// member.
bool setValueAt(QJsonObject &root, const FieldPath &path, const QJsonValue &value);

/// valueAt() and setValueAt() below a value of the record: the segments of `path` from
/// `from` on are read or written inside `node` (a row kept apart from its record).
QJsonValue valueBelow(const QJsonValue &node, const FieldPath &path, int from);
bool setValueBelow(QJsonValue &node, const FieldPath &path, int from, const QJsonValue &value);

/// Moves item `from` of `array` to position `to` (both in range), touching only the items
/// between them: a move to a neighbouring place is a swap, where taking the item out and
/// putting it back would shift every item after it twice.
void moveArrayItem(QJsonArray &array, int from, int to);

} // namespace leadopp::core
