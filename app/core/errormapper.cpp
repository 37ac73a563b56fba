#include "core/errormapper.h"

#include "core/errorbodyscanner.h"
#include "core/errorcodetable.h"
#include "core/errormapfallback.h"
#include "core/errorpathparser.h"
#include "core/errorpathresolver.h"
#include "core/fieldcatalogue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace leadopp::core {

namespace {

/// Form position of a mapped error: record level first, then catalogue order, then row.
struct SortKey {
    int level = 0; ///< 0 record, 1 field
    int order = 0; ///< 2 x formOrder, minus one for a section or row ahead of its fields
    int row = -1;
    int item = -1;

    friend bool operator<(const SortKey &a, const SortKey &b)
    {
        return std::tie(a.level, a.order, a.row, a.item)
            < std::tie(b.level, b.order, b.row, b.item);
    }
};

struct Mapped {
    FieldError error;
    SortKey key;
};

SortKey sortKeyOf(const FieldPath &path)
{
    if (path.isRecord())
        return {};
    SortKey key { 1, 0, path.rowIndex(), -1 };
    FieldPath field = path;
    if (std::holds_alternative<int>(path.segments().last()) && path.size() > 1) {
        field = path.parent(); // a row, or an item of a multi-value field
        key.item = std::get<int>(path.segments().last());
    }
    if (const FieldSpec *spec = FieldCatalogue::find(field.pattern())) {
        key.order = 2 * FieldCatalogue::formOrder(spec);
        if (!FieldCatalogue::section(spec->section)->isArray)
            key.row = -1; // the only index was an item's
        return key;
    }
    const QString *head = std::get_if<QString>(&path.segments().first());
    const SectionSpec *section = head ? FieldCatalogue::sectionByKey(*head) : nullptr;
    const QList<const FieldSpec *> fields
        = section ? FieldCatalogue::fieldsOf(section->section) : QList<const FieldSpec *>();
    key.order = fields.isEmpty() ? 0 : 2 * FieldCatalogue::formOrder(fields.first()) - 1;
    key.item = -1;
    return key;
}

bool namesSomething(const QStringList &segments)
{
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const QString &s) { return !ErrorPathResolver::isRecordMarker(s); });
}

QString withRawPath(const QString &message, const QString &rawPath)
{
    return QCoreApplication::translate("ErrorMapper", "%1 (at %2)").arg(message, rawPath);
}

// A message with no usable path may still quote one ("... Path 'offerLines[1].amount',
// line 1, position 16.").
RawError withProsePath(RawError raw)
{
    if (raw.hasPath && namesSomething(raw.segments))
        return raw;
    const QString quoted = pathInProse(raw.message);
    if (!quoted.isEmpty()) {
        raw.rawPath = quoted;
        raw.segments = parseErrorPath(quoted);
        raw.hasPath = true;
    }
    return raw;
}

void mapOne(RawError raw, const ErrorPathResolver &resolver, QList<Mapped> &out)
{
    raw = withProsePath(std::move(raw));
    const bool named = raw.hasPath && namesSomething(raw.segments);
    const ResolvedPath resolved = named ? resolver.resolve(raw.segments) : ResolvedPath();
    if (resolved.match == MatchKind::Record) {
        const QStringList codePaths = fieldPathsForErrorCode(raw.code);
        for (const QString &path : codePaths) {
            const FieldPath parsed = FieldPath::parse(path);
            out.append({ { path, MatchKind::Exact, raw.message, raw.code, raw.rawPath },
                         sortKeyOf(parsed) });
        }
        if (!codePaths.isEmpty())
            return;
    }
    FieldError error { resolved.path.toString(), resolved.match, raw.message, raw.code,
                       raw.rawPath };
    if (resolved.match != MatchKind::Exact && named)
        error.message = withRawPath(raw.message, raw.rawPath);
    out.append({ error, sortKeyOf(resolved.path) });
}

QList<Mapped> withoutDuplicates(const QList<Mapped> &mapped)
{
    QList<Mapped> unique;
    QSet<QString> seen;
    for (const Mapped &entry : mapped) {
        const QString identity
            = entry.error.path + QChar(0x1f) + entry.error.message + QChar(0x1f) + entry.error.code;
        if (!seen.contains(identity)) {
            seen.insert(identity);
            unique.append(entry);
        }
    }
    return unique;
}

void readEnvelope(const QJsonObject &root, MappedErrors &mapped)
{
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    if (mapped.status == 0)
        mapped.status = info.value(QLatin1String("statusCode")).toInt();
    if (mapped.status == 0)
        mapped.status = root.value(QLatin1String("status")).toInt();
    mapped.traceId = info.value(QLatin1String("traceId")).toString();
    if (mapped.traceId.isEmpty())
        mapped.traceId = root.value(QLatin1String("traceId")).toString();
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

    const ErrorPathResolver resolver(record);
    QList<RawError> raws = ErrorBodyScanner(resolver).scan(document);
    QList<Mapped> mapped;
    mapped.reserve(raws.size() + 1);
    for (RawError &raw : raws)
        mapOne(std::move(raw), resolver, mapped);
    mapped = withoutDuplicates(mapped);
    if (mapped.isEmpty() && needsExplanation(result.status))
        mapped.append({ explainUnusableBody(body, document, result.status), SortKey() });
    std::stable_sort(mapped.begin(), mapped.end(),
                     [](const Mapped &a, const Mapped &b) { return a.key < b.key; });
    for (const Mapped &entry : mapped)
        result.errors.append(entry.error);
    return result;
}

} // namespace leadopp::core
