#pragma once

#include "core/errors/fielderror.h"

#include <QByteArray>
#include <QJsonDocument>

namespace leadopp::core {

/// The one record-level entry for an error body that names no usable message: empty,
/// not JSON (HTML, plain text), or JSON without any message (`errors: {}`). The message
/// says what happened, translated; a problem document's `title` or an HTML `<title>`
/// is quoted when there is one. `document` is null when the body is not JSON.
FieldError explainUnusableBody(const QByteArray &body, const QJsonDocument &document, int status);

/// Whether a status with no usable message still deserves that entry (errors and
/// unknown statuses do; 1xx to 3xx do not).
bool needsExplanation(int status);

} // namespace leadopp::core
