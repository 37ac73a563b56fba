#include "core/validation/validator.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/formposition.h"
#include "core/validation/validationcontext.h"

#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace leadopp::core {

namespace {

using validation::Context;
using validation::Scope;

// A whole-record run over this many rows is shared by two threads (starting a thread costs
// about as much as validating a few dozen rows).
constexpr qsizetype kRowsWorthASecondThread = 256;
// The rows a walk step takes when two threads share a run: small enough that both finish
// together, large enough that a step costs far more than taking it.
constexpr qsizetype kRowsPerStep = 256;

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

// Two threads take the parts one by one (the last first when `lastIsLargest`: the text
// check cannot be cut), each part into a Context of its own on the taking thread's copy of
// the record (both threads only read it), noting rough keys in `notes`. Returns the
// findings of each part.
std::vector<QList<Finding>> shareParts(const QList<validation::WalkStep> &parts,
                                       const QJsonObject &record, ExportMode mode,
                                       bool lastIsLargest, validation::RoughKeyNotes &notes)
{
    const qsizetype count = parts.size();
    const qsizetype largestFirst = lastIsLargest ? 1 : 0;
    std::vector<QList<Finding>> found(static_cast<size_t>(count));
    std::atomic<qsizetype> taken { 0 };
    const auto takeParts = [&](const QJsonObject &copy) {
        for (qsizetype turn = taken++; turn < count; turn = taken++) {
            const qsizetype part = turn < largestFirst ? count - 1 - turn : turn - largestFirst;
            Context context { copy, mode, {}, &notes };
            parts.at(part)(context);
            found[size_t(part)] = std::move(context.findings);
        }
    };
    const QJsonObject secondCopy = record;
    const std::unique_ptr<QThread> second(
        QThread::create([&takeParts, &secondCopy] { takeParts(secondCopy); }));
    second->start();
    takeParts(record);
    second->wait();
    return found;
}

// The walk (noting the rows' rough keys) and the text check shared by two threads, then the
// cross rules, which take those keys instead of looking every row up again. The findings
// are joined in the order of a run in sequence: the walk's, the cross rules', the text's.
QList<Finding> runShared(const QJsonObject &record, ExportMode mode, const Scope &scope,
                         bool checkText)
{
    validation::RoughKeyNotes notes(record);
    QList<validation::WalkStep> parts = validation::walkSteps(record, scope, kRowsPerStep);
    if (checkText)
        parts.append([&scope](Context &c) { validation::checkTextIntegrity(c, scope); });
    std::vector<QList<Finding>> found = shareParts(parts, record, mode, checkText, notes);
    Context crossRules { record, mode, {}, &notes };
    validation::runCrossRules(crossRules, scope);
    QList<Finding> findings;
    const size_t walkParts = found.size() - (checkText ? 1 : 0);
    for (size_t part = 0; part < walkParts; ++part)
        findings.append(found[part]);
    findings.append(crossRules.findings);
    if (checkText)
        findings.append(found.back());
    return inFormOrder(findings);
}

QList<Finding> run(const QJsonObject &record, ExportMode mode, const Scope &scope, bool checkText)
{
    if (worthASecondThread(record, scope))
        return runShared(record, mode, scope, checkText);
    Context context { record, mode, {} };
    validation::walkRecord(context, scope);
    validation::runCrossRules(context, scope);
    if (checkText)
        validation::checkTextIntegrity(context, scope);
    return inFormOrder(context.findings);
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
