#pragma once

#include "sandbox/apireply.h"
#include "sandbox/requestrules.h"
#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QList>

namespace leadopp::sandbox {

/// The 400 of a refused update or create: `data` = the submitted record in the server's
/// own shape, `info`, and the field errors in the chosen dialect (paths in server naming).
/// A create keeps the `error` object {code, message} its schema requires in every dialect
/// and carries the field errors in extra members: the pointer list inside `error`, the
/// dotted and nested objects in `errors`.
ApiReply rejectionReply(ErrorStyle style, const QJsonObject &record,
                        const QList<FieldProblem> &problems, bool create = false);

/// The field errors alone, in one dialect: the `errors` member (DottedMap, NestedObject) or
/// the `error` list (PointerList). Exposed for tests.
QJsonObject dottedErrors(const QList<FieldProblem> &problems);
QJsonObject nestedErrors(const QList<FieldProblem> &problems);
QJsonArray pointerErrors(const QList<FieldProblem> &problems);

} // namespace leadopp::sandbox
