#pragma once

#include "core/errorbodywalker.h"
#include "core/errorpathresolver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace leadopp::core {

/// Probes every container of error-notations.md in a parsed body (`error`, `errors`,
/// `invalid-params`, `violations`, `detail`, `userErrors`, a top-level array, the body
/// itself as a nested error object) and merges what they hold, in body order. The 400
/// echo `data` is never read as errors.
class ErrorBodyScanner final
{
public:
    explicit ErrorBodyScanner(const ErrorPathResolver &resolver);

    QList<RawError> scan(const QJsonDocument &document) const;

private:
    void scanRoot(const QJsonObject &root, ErrorBodyWalker &walker) const;
    void scanEnvelopeMessage(const QJsonObject &root, ErrorBodyWalker &walker) const;
    void scanGraphQlData(const QJsonObject &root, ErrorBodyWalker &walker) const;
    bool looksLikeErrorObject(const QJsonObject &root) const;

    const ErrorPathResolver &m_resolver;
};

} // namespace leadopp::core
