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

bool worthASecondThread(const QJsonObject &record)
{
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

QList<Finding> run(const QJsonObject &record, ExportMode mode, const Scope &scope, bool checkText)
{
    Context context { record, mode, {} };
    validation::walkRecord(context, scope);
    validation::runCrossRules(context, scope);
    if (checkText)
        validation::checkTextIntegrity(context, scope);
    return inFormOrder(context.findings);
}

} // namespace

// The walk's parts in the order a run in sequence takes them, and the rough keys they note
// for the rules across rows. The parts refer to `scope`, which lives as long as they do.
struct SharedValidation::Parts {
    Parts(const QJsonObject &validated, ExportMode validatedMode, bool walkText)
        : record(validated), mode(validatedMode), checkText(walkText), notes(validated),
          steps(validation::walkSteps(validated, scope, kRowsPerStep)),
          found(static_cast<size_t>(steps.size() + (walkText ? 1 : 0)))
    {
        if (walkText)
            steps.append([this](Context &c) { validation::checkTextIntegrity(c, scope); });
    }

    const QJsonObject record;
    const ExportMode mode;
    const bool checkText;
    const Scope scope = Scope::all();
    validation::RoughKeyNotes notes;
    QList<validation::WalkStep> steps;
    std::vector<QList<Finding>> found; ///< each step's findings, by step
    std::atomic<qsizetype> taken { 0 };
};

SharedValidation::SharedValidation(const QJsonObject &record, ExportMode mode,
                                   const CleanTextProof &cleanText)
    : m_parts(std::make_unique<Parts>(record, mode, !cleanText.covers(record)))
{ }

SharedValidation::~SharedValidation() = default;

// The text check cannot be cut: the first thread to come takes it first, so that it does
// not end the run alone.
void SharedValidation::takeParts()
{
    Parts &p = *m_parts;
    const QJsonObject copy = p.record;
    const qsizetype count = p.steps.size();
    const qsizetype largestFirst = p.checkText ? 1 : 0;
    for (qsizetype turn = p.taken++; turn < count; turn = p.taken++) {
        const qsizetype step = turn < largestFirst ? count - 1 - turn : turn - largestFirst;
        Context context { copy, p.mode, {}, &p.notes };
        p.steps.at(step)(context);
        p.found[size_t(step)] = std::move(context.findings);
    }
}

// The walk's findings, the cross rules' (taking the keys the walk noted instead of looking
// every row up again), the text's: the order of a run in sequence.
QList<Finding> SharedValidation::finish()
{
    Parts &p = *m_parts;
    Context crossRules { p.record, p.mode, {}, &p.notes };
    validation::runCrossRules(crossRules, p.scope);
    QList<Finding> findings;
    const size_t walkParts = p.found.size() - (p.checkText ? 1 : 0);
    for (size_t part = 0; part < walkParts; ++part)
        findings.append(p.found[part]);
    findings.append(crossRules.findings);
    if (p.checkText)
        findings.append(p.found.back());
    return inFormOrder(findings);
}

QList<Finding> validateRecord(const QJsonObject &record, ExportMode mode,
                              const CleanTextProof &cleanText)
{
    if (!worthASecondThread(record))
        return run(record, mode, Scope::all(), !cleanText.covers(record));
    SharedValidation shared(record, mode, cleanText);
    const std::unique_ptr<QThread> second(QThread::create([&shared] { shared.takeParts(); }));
    second->start();
    shared.takeParts();
    second->wait();
    return shared.finish();
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
