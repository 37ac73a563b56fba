#pragma once

#include "core/errors/errorbodyshapes.h"
#include "core/errors/errorbodywalker.h"
#include "core/errors/errorpathresolver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace leadopp::core {

/// Reads every message of a parsed error body, wherever the framework put it. The rule
/// (error-notations terms): an object anywhere in the body that pairs a path-like member
/// with a message-like member is a field error; an object whose keys are paths and whose
/// values are messages is a nested error object; the known shapes of each framework only
/// decide which member is the path and which the message. The 400 echo of the record in
/// `data` is never read as errors.
class ErrorBodyScanner final
{
public:
    explicit ErrorBodyScanner(const ErrorPathResolver &resolver);

    /// Hands every message of the body to `sink`, in body order.
    void scan(const QJsonDocument &document, const ErrorBodyWalker::Sink &sink) const;

private:
    bool isEnvelope(const QJsonObject &root) const;

    ErrorBodyShapes m_shapes;
};

} // namespace leadopp::core
