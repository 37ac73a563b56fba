#include "core/validation/validator.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/formposition.h"
#include "core/validation/validationcontext.h"

#include <algorithm>

namespace leadopp::core {

namespace {

using validation::Context;
using validation::Scope;

QList<Finding> run(const QJsonObject &record, ExportMode mode, const Scope &scope)
{
    Context context { record, mode, {} };
    validation::walkRecord(context, scope);
    validation::runCrossRules(context, scope);
    validation::checkTextIntegrity(context, scope);
    QList<std::pair<FormPosition, Finding>> keyed;
    keyed.reserve(context.findings.size());
    for (const Finding &finding : std::as_const(context.findings))
        keyed.append({ FormPosition::of(finding.path), finding });
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
