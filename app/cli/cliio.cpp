#include "cliio.h"

#include "batchheap.h"
#include "commands.h"
#include "console.h"

#include "core/codec/documentreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace leadopp::cli {

// QCommandLineParser names the program by argv[0]; the command's own name reads better.
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), command);
    return text;
}

namespace {

int usageError(const QString &command, const QString &problem)
{
    printErr(QCoreApplication::translate("leadopp", "%1: %2\nRun '%1 --help' for the options.\n")
                 .arg(command, problem));
    return ExitUsage;
}

} // namespace

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int positionals)
{
    const QString command = arguments.value(0);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printOut(helpText(parser, command));
        return ExitOk;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("leadopp %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (parser.positionalArguments().size() < positionals)
        return usageError(command, QCoreApplication::translate("leadopp", "missing FILE argument"));
    if (parser.positionalArguments().size() > positionals)
        return usageError(command, QCoreApplication::translate("leadopp", "too many arguments"));
    return -1;
}

bool readDraftFile(const QString &command, const QString &path, core::Draft &draft,
                   core::CleanTextProof *cleanText, QStringList *warnings)
{
    prepareHeapForDocument(QFileInfo(path).size());
    // The heap is one for all threads now: parsed in halves on two threads, a big text would
    // have them wait on its lock more than they gain (export and validate of the 5,000-line
    // draft were 0.8 and 1.4 ms slower in halves, medians of 200 and 100 alternated runs).
    const core::ReadResult read
        = core::readDocumentFile(path, core::Fingerprint::Skip, core::ParseSplit::Whole);
    if (!read.ok) {
        printErr(QStringLiteral("%1: %2\n").arg(command, read.error));
        return false;
    }
    for (const QString &warning : read.warnings)
        printErr(QCoreApplication::translate("leadopp", "%1: warning: %2\n").arg(command, warning));
    draft = read.draft;
    if (cleanText)
        *cleanText = read.cleanText;
    if (warnings)
        *warnings = read.warnings;
    return true;
}

void keepUntilExit(core::Draft &&draft)
{
    static auto *const kept = new QList<core::Draft>;
    kept->append(std::move(draft));
}

core::ExportMode chooseMode(bool create, const QJsonObject &record)
{
    return create ? core::ExportMode::Create : core::defaultExportMode(record);
}

QList<core::Finding> findingsOfRequest(const core::Draft &draft, core::ExportMode mode,
                                       core::PatchScope scope, const QJsonObject &sent,
                                       const core::CleanTextProof &cleanText)
{
    if (mode == core::ExportMode::Create || scope == core::PatchScope::Whole || draft.base.isNull())
        return core::validateRecord(draft.record, mode, cleanText);
    QJsonObject checked = sent;
    checked.insert(QStringLiteral("dsLeadOpportunityId"), draft.dsLeadOpportunityId());
    return core::validateRecord(checked, mode);
}

QString formatFindings(const QList<core::Finding> &findings)
{
    QString text;
    for (const core::Finding &finding : findings) {
        text += core::severityName(finding.severity) + QStringLiteral("  ")
            + (finding.path.isEmpty() ? QStringLiteral("-") : finding.path) + QStringLiteral("  ")
            + finding.message + u'\n';
    }
    return text;
}

QString summaryLine(const QList<core::Finding> &findings, const QString &file)
{
    const int errors = int(std::count_if(findings.begin(), findings.end(), [](const auto &f) {
        return f.severity == core::Severity::Error;
    }));
    const int warnings = int(findings.size()) - errors;
    if (findings.isEmpty())
        return QCoreApplication::translate("leadopp", "%1: no problems found.\n").arg(file);
    return QCoreApplication::translate("leadopp", "%1: %2, %3.\n")
        .arg(file, QCoreApplication::translate("leadopp", "%n error(s)", nullptr, errors),
             QCoreApplication::translate("leadopp", "%n warning(s)", nullptr, warnings));
}

QByteArray findingsJson(const QList<core::Finding> &findings, const QStringList &readWarnings)
{
    QJsonArray issues;
    for (const core::Finding &finding : findings) {
        issues.append(QJsonObject {
            { QStringLiteral("path"), finding.path },
            { QStringLiteral("severity"), core::severityName(finding.severity) },
            { QStringLiteral("rule"), finding.rule },
            { QStringLiteral("message"), finding.message },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("issues"), issues },
                                       { QStringLiteral("readWarnings"),
                                         QJsonArray::fromStringList(readWarnings) } })
        .toJson(QJsonDocument::Indented);
}

} // namespace leadopp::cli
