#pragma once

#include "core/errors/errorbodymembers.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace leadopp::core {

/// One path an error item names, split into raw segments and kept as written.
struct ErrorItemPath {
    QStringList segments;
    QString raw;
};

/// What one error object of any framework says: `{detail, pointer}`, `{name, reason}`,
/// `{loc, msg, type}`, `{message, errorCode, fields}`, `{code, target, message}`,
/// `{field, description}`, `{instancePath, params: {missingProperty}}`, ...
struct ErrorItem {
    QStringList messages;       ///< every human text of the item, most specific first
    QString title;              ///< a problem's summary, used only when nothing else speaks
    QString code;               ///< a code member, else the first code-like text
    bool hasPath = false;       ///< a path member was present (even an empty `fields`)
    QList<ErrorItemPath> paths; ///< one per field named (Salesforce `fields` names several)
};

/// Reads the members of one error item. `atRoot`: the body itself, whose `path`,
/// `instance` and `name` describe the request, not a field.
ErrorItem readErrorItem(const ErrorItemMembers &item, bool atRoot = false);

/// The discovery rule: an object is an error item when it carries a message-like member
/// (or a `description` next to a path or code member).
bool isErrorItem(const ErrorItemMembers &object);
bool isErrorItem(const QJsonObject &object);

/// A text without spaces made of letters, digits and `_ . : / -` that reads as an
/// identifier (`VALUE_OUT_OF_RANGE`, `min_value`, `ERR801`, `errors.required`).
bool looksLikeCode(QStringView text);

} // namespace leadopp::core
