#include "core/errors/errormapper.h"

#include "core/catalogue/formposition.h"
#include "core/errors/errorbodyscanner.h"
#include "core/errors/errorcodetable.h"
#include "core/errors/errormapfallback.h"
#include "core/errors/errormaptrace.h"
#include "core/errors/errorpathparser.h"
#include "core/errors/errorpathresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <utility>

namespace leadopp::core {

namespace {

struct Mapped {
    FieldError error;
    FormPosition key;
    QString text; ///< the server's words, before any raw path was appended
};

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

void mapOne(RawError raw, const ErrorPathResolver &resolver, QList<Mapped> &out)
{
    bool named = raw.hasPath && namesSomething(raw.segments);
    ResolvedPath resolved = named ? resolveNamed(raw, resolver) : ResolvedPath();
    if (!named)
        named = resolveFromProse(raw, resolver, resolved);
    if (resolved.match == MatchKind::Record) {
        const QStringList codePaths = fieldPathsForErrorCode(raw.code);
        for (const QString &path : codePaths) {
            const FieldPath parsed = FieldPath::parse(path);
            out.append({ { path, MatchKind::Exact, raw.message, raw.code, raw.rawPath },
                         FormPosition::of(parsed),
                         raw.message });
        }
        if (!codePaths.isEmpty())
            return;
    }
    FieldError error { resolved.path.toString(), resolved.match, raw.message, raw.code,
                       raw.rawPath };
    if (resolved.match != MatchKind::Exact && named)
        error.message = withRawPath(raw.message, raw.rawPath);
    out.append({ std::move(error), FormPosition::of(resolved.path), raw.message });
}

// The words of record-level entries that also landed on a field. Record-level entries are
// few: their words are looked for among the fields', rather than every field's collected.
QSet<QString> recordWordsOnFields(const QList<Mapped> &mapped)
{
    QSet<QString> onRecord;
    for (const Mapped &entry : mapped) {
        if (entry.error.match == MatchKind::Record)
            onRecord.insert(entry.text);
    }
    QSet<QString> onFields;
    for (const Mapped &entry : mapped) {
        if (!onRecord.isEmpty() && entry.error.match != MatchKind::Record
            && onRecord.contains(entry.text))
            onFields.insert(entry.text);
    }
    return onFields;
}

// Identical entries merge (the one naming a code wins); a record-level entry repeating
// words that already landed on a field (SAP's message beside its errordetails) adds
// nothing. Gives the positions of the entries kept, in order; a merged code is written
// into the kept entry.
QList<qsizetype> keepDistinct(QList<Mapped> &mapped)
{
    const QSet<QString> onFields = recordWordsOnFields(mapped);
    QList<qsizetype> kept;
    kept.reserve(mapped.size());
    // Canonical paths never hold the separator a joined key would need: a pair is enough.
    // Each identity maps to its position in `mapped` plus one; 0 is "not seen yet".
    QHash<std::pair<QString, QString>, qsizetype> seen;
    seen.reserve(mapped.size());
    for (qsizetype at = 0; at < mapped.size(); ++at) {
        const Mapped &entry = mapped.at(at);
        if (entry.error.match == MatchKind::Record && onFields.contains(entry.text))
            continue;
        qsizetype &slot = seen[{ entry.error.path, entry.error.message }];
        if (slot == 0) {
            kept.append(at);
            slot = at + 1;
        } else if (mapped.at(slot - 1).error.code.isEmpty()) {
            mapped[slot - 1].error.code = entry.error.code;
        }
    }
    return kept;
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
    QList<Mapped> mapped;
    ErrorBodyScanner(resolver).scan(
        document, [&](RawError &&raw) { mapOne(std::move(raw), resolver, mapped); });
    QList<qsizetype> kept = keepDistinct(mapped);
    if (kept.isEmpty() && needsExplanation(result.status)) {
        mapped.append({ explainUnusableBody(body, document, result.status), FormPosition(), {} });
        kept.append(mapped.size() - 1);
    }
    // Sorting positions, not the entries themselves, keeps the strings where they are.
    std::stable_sort(kept.begin(), kept.end(),
                     [&](qsizetype a, qsizetype b) { return mapped.at(a).key < mapped.at(b).key; });
    result.errors.reserve(kept.size());
    for (const qsizetype at : std::as_const(kept))
        result.errors.append(std::move(mapped[at].error));
    return result;
}

} // namespace leadopp::core
