#include "core/errors/errorbodyscanner.h"

#include <QJsonArray>
#include <algorithm>

namespace leadopp::core {

namespace {

// Members of a response envelope or problem document: a body holding any of them is not
// itself a nested error object.
const char *const kEnvelopeKeys[] = {
    "info",      "error",     "errors", "data",       "message", "detail",
    "title",     "type",      "status", "statusCode", "traceId", "instance",
    "timestamp", "timeStamp", "path",   "code",       "success",
};

} // namespace

ErrorBodyScanner::ErrorBodyScanner(const ErrorPathResolver &resolver) : m_shapes(resolver) { }

void ErrorBodyScanner::scan(const QJsonDocument &document, const ErrorBodyWalker::Sink &sink) const
{
    ErrorBodyWalker walker(m_shapes, sink);
    if (document.isArray()) { // Salesforce, Ajv: [{message, errorCode, fields}]
        walker.discover(document.array());
        return;
    }
    const QJsonObject root = document.object();
    if (!isEnvelope(root) && m_shapes.isRootErrorObject(root))
        walker.walkNested(root); // Django REST framework, Rails
    else if (isErrorItem(root))
        walker.walkRootItem(root); // gateway {message}, gRPC status, WordPress, PayPal
    else
        walker.discover(root);
}

bool ErrorBodyScanner::isEnvelope(const QJsonObject &root) const
{
    return std::any_of(std::begin(kEnvelopeKeys), std::end(kEnvelopeKeys),
                       [&](const char *key) { return root.contains(QLatin1String(key)); });
}

} // namespace leadopp::core
