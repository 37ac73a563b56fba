#include "core/validation/validator.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/formposition.h"
#include "core/validation/validationcontext.h"

#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <memory>

namespace leadopp::core {

namespace {

using validation::Context;
using validation::Scope;

// A whole-record run over this many rows splits across two threads: the walk on the
// calling thread, the cross rules and the text check on another (starting a thread costs
// about as much as validating a few dozen rows).
constexpr qsizetype kRowsWorthASecondThread = 256;

bool worthASecondThread(const QJsonObject &record, const Scope &scope)
{
    if (!scope.isAll())
        return false;
    qsizetype rows = 0;
    for (auto it = record.begin(); it != record.end(); ++it)
        rows += it.value().isArray() ? it.value().toArray().size() : 0;
    return rows >= kRowsWorthASecondThread;
}

QList<Finding> inFormOrder(const QList<Finding> &findings)
{
    QList<std::pair<FormPosition, Finding>> keyed;
    keyed.reserve(findings.size());
    for (const Finding &finding : findings)
        keyed.append({ FormPosition::of(finding.path), finding });
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Finding> sorted;
    sorted.reserve(keyed.size());
    for (const auto &entry : std::as_const(keyed))
        sorted.append(entry.second);
    return sorted;
}

// The walk's findings, then the cross rules', then the text check's, sorted stably into
// form order: the same list whether or not the second part ran on another thread. Both
// threads only read the record (each through its own copy of the shared data).
QList<Finding> run(const QJsonObject &record, ExportMode mode, const Scope &scope, bool checkText)
{
    const QJsonObject secondCopy = record;
    Context walked { record, mode, {} };
    Context others { secondCopy, mode, {} };
    const auto crossRulesAndText = [&others, &scope, checkText] {
        validation::runCrossRules(others, scope);
        if (checkText)
            validation::checkTextIntegrity(others, scope);
    };
    if (worthASecondThread(record, scope)) {
        const std::unique_ptr<QThread> second(QThread::create(crossRulesAndText));
        second->start();
        validation::walkRecord(walked, scope);
        second->wait();
    } else {
        validation::walkRecord(walked, scope);
        crossRulesAndText();
    }
    walked.findings.append(others.findings);
    return inFormOrder(walked.findings);
}

} // namespace

QList<Finding> validateRecord(const QJsonObject &record, ExportMode mode,
                              const CleanTextProof &cleanText)
{
    return run(record, mode, Scope::all(), !cleanText.covers(record));
}

QList<Finding> validatePaths(const QJsonObject &record, ExportMode mode,
                             const QList<FieldPath> &changed)
{
    return run(record, mode, Scope::of(affectedPaths(changed)), true);
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
