#include "core/validation/validator.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/validation/validationcontext.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace leadopp::core {

namespace {

using validation::Context;
using validation::Scope;

// Form position of a path: (field order, row, list item). Section-level paths come just
// before their section's first field, unknown members just after its last one.
using SortKey = std::tuple<int, int, int>;

// What the form position takes from a path's pattern: the order, whether the row counts,
// and at which depth a list item's index sits (-1: none). Shared by all rows.
struct PatternPlace {
    int order = 0;
    bool byRow = false;
    int itemDepth = -1;
};

PatternPlace placeOf(const FieldPath &path, int unknownAtRoot)
{
    for (int depth = path.size(); depth >= 1; --depth) {
        if (const FieldSpec *spec = FieldCatalogue::find(path.left(depth).pattern()))
            return { FieldCatalogue::formOrder(spec) * 4 + 1, true,
                     depth < path.size() ? depth : -1 };
    }
    const QString *head = std::get_if<QString>(&path.segments().first());
    const SectionSpec *section = head ? FieldCatalogue::sectionByKey(*head) : nullptr;
    const QList<const FieldSpec *> fields
        = section ? FieldCatalogue::fieldsOf(section->section) : QList<const FieldSpec *>();
    if (fields.isEmpty())
        return { unknownAtRoot, false, -1 };
    const bool sectionLevel = path.size() == 1
        || (path.size() == 2 && std::holds_alternative<int>(path.segments().at(1)));
    const int order = sectionLevel ? FieldCatalogue::formOrder(fields.first()) * 4
                                   : FieldCatalogue::formOrder(fields.last()) * 4 + 2;
    return { order, true, -1 };
}

// `places` caches placeOf() per pattern for one run: findings of thousands of rows share
// a handful of patterns.
SortKey sortKey(const QString &text, QHash<QString, PatternPlace> &places)
{
    const FieldPath path = FieldPath::parse(text);
    const int unknownAtRoot = int(FieldCatalogue::fields().size()) * 4 + 3;
    if (!path.isValid() || path.isRecord())
        return { path.isRecord() ? -1 : unknownAtRoot, -1, -1 };
    const QString pattern = path.pattern();
    auto place = places.constFind(pattern);
    if (place == places.cend())
        place = places.insert(pattern, placeOf(path, unknownAtRoot));
    const int *item
        = place->itemDepth >= 0 ? std::get_if<int>(&path.segments().at(place->itemDepth)) : nullptr;
    return { place->order, place->byRow ? path.rowIndex() : -1, item ? *item : -1 };
}

QList<Finding> run(const QJsonObject &record, ExportMode mode, const Scope &scope)
{
    Context context { record, mode, {} };
    validation::walkRecord(context, scope);
    validation::runCrossRules(context, scope);
    validation::checkTextIntegrity(context, scope);
    QList<std::pair<SortKey, Finding>> keyed;
    keyed.reserve(context.findings.size());
    QHash<QString, PatternPlace> places;
    for (const Finding &finding : std::as_const(context.findings))
        keyed.append({ sortKey(finding.path, places), finding });
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Finding> sorted;
    sorted.reserve(keyed.size());
    for (const auto &entry : std::as_const(keyed))
        sorted.append(entry.second);
    return sorted;
}

} // namespace

QList<Finding> validateRecord(const QJsonObject &record, ExportMode mode)
{
    return run(record, mode, Scope::all());
}

QList<Finding> validatePaths(const QJsonObject &record, ExportMode mode,
                             const QList<FieldPath> &changed)
{
    return run(record, mode, Scope::of(affectedPaths(changed)));
}

QList<FieldPath> affectedPaths(const QList<FieldPath> &changed)
{
    QList<FieldPath> affected;
    const auto add = [&affected](const FieldPath &path) {
        if (path.isValid() && !affected.contains(path))
            affected.append(path);
    };
    for (const FieldPath &path : changed) {
        add(path);
        // Whether a section is sent at all (and so whether its required members are
        // missed) hangs on every member of it: the first value typed into an empty
        // section makes its siblings required.
        if (path.size() > 1)
            add(path.left(1));
        if (path.isValid()) {
            for (const FieldPath &dependant : validation::crossDependants(path))
                add(dependant);
        }
    }
    return affected;
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &finding) { return finding.severity == Severity::Error; });
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace leadopp::core
