#include "core/errors/errormapper.h"

#include "core/catalogue/formposition.h"
#include "core/errors/errorbodyscanner.h"
#include "core/errors/errorcodetable.h"
#include "core/errors/errormapentries.h"
#include "core/errors/errormapfallback.h"
#include "core/errors/errormaptrace.h"
#include "core/errors/errorpathparser.h"
#include "core/errors/errorpathresolver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <utility>

namespace leadopp::core {

namespace {

bool namesSomething(const QStringList &segments)
{
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const QString &s) { return !ErrorPathResolver::isRecordMarker(s); });
}

QString withRawPath(const QString &message, const QString &rawPath)
{
    return QCoreApplication::translate("ErrorMapper", "%1 (at %2)").arg(message, rawPath);
}

// Exact beats partial beats record; between equals, the deeper node is the better guess.
bool isBetter(const ResolvedPath &candidate, const ResolvedPath &current)
{
    const auto rank = [](MatchKind kind) {
        return kind == MatchKind::Exact ? 2 : kind == MatchKind::Partial ? 1 : 0;
    };
    if (rank(candidate.match) != rank(current.match))
        return rank(candidate.match) > rank(current.match);
    return candidate.path.size() > current.path.size();
}

// A path the server named, alone and (Microsoft REST `details[].target`) relative to the
// path of the error item around it.
ResolvedPath resolveNamed(const RawError &raw, const ErrorPathResolver &resolver)
{
    ResolvedPath resolved = resolver.resolve(raw.segments);
    if (!raw.context.isEmpty()) {
        const ResolvedPath relative = resolver.resolve(raw.context + raw.segments);
        if (isBetter(relative, resolved))
            resolved = relative;
    }
    return resolved;
}

// A message with no usable path may still carry one in prose; only a candidate that
// resolves counts, so ordinary words never turn into paths.
bool resolveFromProse(RawError &raw, const ErrorPathResolver &resolver, ResolvedPath &resolved)
{
    for (const QString &candidate : pathsInProse(raw.message)) {
        const ResolvedPath found = resolver.resolve(parseErrorPath(candidate));
        if (found.match != MatchKind::Record) {
            raw.rawPath = candidate;
            resolved = found;
            return true;
        }
    }
    return false;
}

void mapOne(RawError raw, const ErrorPathResolver &resolver, const QJsonObject &record,
            MappedEntries &out)
{
    bool named = raw.hasPath && namesSomething(raw.segments);
    ResolvedPath resolved = named ? resolveNamed(raw, resolver) : ResolvedPath();
    if (!named)
        named = resolveFromProse(raw, resolver, resolved);
    if (resolved.match == MatchKind::Record) {
        const QStringList codePaths = fieldPathsForErrorCode(raw.code, record);
        for (const QString &path : codePaths) {
            const FieldPath parsed = FieldPath::parse(path);
            out.add({ path, MatchKind::Exact, raw.message, raw.code, raw.rawPath },
                    FormPosition::of(parsed));
        }
        if (!codePaths.isEmpty())
            return;
    }
    FieldError error { resolved.path.toString(), resolved.match, raw.message, raw.code,
                       raw.rawPath };
    if (resolved.match != MatchKind::Exact && named) {
        error.message = withRawPath(raw.message, raw.rawPath);
        out.addReworded(std::move(error), FormPosition::of(resolved.path), raw.message);
    } else {
        out.add(std::move(error), FormPosition::of(resolved.path));
    }
}

void readEnvelope(const QJsonObject &root, MappedErrors &mapped)
{
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    if (mapped.status == 0)
        mapped.status = info.value(QLatin1String("statusCode")).toInt();
    if (mapped.status == 0)
        mapped.status = root.value(QLatin1String("status")).toInt();
}

QJsonDocument parseBody(const QByteArray &body)
{
    // A UTF-8 byte order mark is not JSON, but servers send it.
    const QByteArray bom("\xEF\xBB\xBF");
    QJsonParseError error {};
    const QJsonDocument document
        = QJsonDocument::fromJson(body.startsWith(bom) ? body.mid(3) : body, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

} // namespace

MappedErrors mapErrors(const QByteArray &body, int httpStatus, const QJsonObject &record)
{
    MappedErrors result;
    result.status = httpStatus;
    const QJsonDocument document = parseBody(body);
    readEnvelope(document.object(), result);
    result.traceId = findTraceId(document);

    const ErrorPathResolver resolver(record);
    MappedEntries entries(body.size());
    ErrorBodyScanner(resolver).scan(
        document, [&](RawError &&raw) { mapOne(std::move(raw), resolver, record, entries); });
    result.errors = entries.takeDistinctInFormOrder();
    if (result.errors.isEmpty() && needsExplanation(result.status))
        result.errors.append(explainUnusableBody(body, document, result.status));
    return result;
}

} // namespace leadopp::core
