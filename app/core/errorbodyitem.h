#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadopp::core {

/// One path an error item names, split into raw segments and kept as written.
struct ErrorItemPath {
    QStringList segments;
    QString raw;
};

/// What one error object of any dialect says: `{detail, pointer}`, `{name, reason}`,
/// `{loc, msg, type}`, `{message, errorCode, fields}`, `{code, target, message}`,
/// `{field, description}`, `{code, title, detail, source: {pointer}}`, ...
struct ErrorItem {
    QString message; ///< the most specific message; empty when none
    QString title;   ///< a summary, used only when there is no message
    QString code;
    bool hasPath = false;          ///< a path member was present (even an empty `fields`)
    QList<ErrorItemPath> paths;    ///< one per field named (Salesforce `fields` names several)
    QList<QJsonArray> nestedItems; ///< inner lists of error items (`errors`, `details`, ...)
    QJsonObject nestedObject;      ///< an inner `errors` object (a nested error object)
};

/// Reads the members of one error item. Never follows more than one level.
ErrorItem readErrorItem(const QJsonObject &item);

/// True when an object inside a nested error object is an error item (it carries a
/// message member) rather than one more level of field names.
bool isErrorItem(const QJsonObject &object);

} // namespace leadopp::core
