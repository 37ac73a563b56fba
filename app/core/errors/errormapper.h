#pragma once

#include "core/errors/fielderror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace leadopp::core {

/// What the mapper read from an error body besides the field errors.
struct MappedErrors {
    int status = 0;  ///< HTTP status: the one given, else info.statusCode, else 0
    QString traceId; ///< info.traceId, empty when absent
    QList<FieldError> errors;
};

/// Turns any error body (JSON or not, any dialect of error-notations.md) into field
/// errors resolved against `record` (a Draft record) and the field catalogue. Total:
/// any bytes in, a list out; linear in the size of the body. `httpStatus` is 0 when
/// unknown. A 4xx body with no usable message still yields one record-level entry.
MappedErrors mapErrors(const QByteArray &body, int httpStatus, const QJsonObject &record);

} // namespace leadopp::core
