// leadopp export FILE [-o OUT] [--create | --id DSID] [--full]
#include "cliio.h"
#include "commands.h"
#include "console.h"

#include "core/codec/atomicfile.h"
#include "core/codec/indentedjson.h"
#include "core/codec/patchbody.h"

#include <QCoreApplication>
#include <QDir>

#include <future>

namespace leadopp::cli {

namespace {

// Atomic: a reader of OUT sees the old body or the new one, never half of it.
bool writeBody(const QString &command, const QString &path, const QByteArray &body)
{
    const core::FileWriteResult written = core::writeFileAtomically(path, body);
    if (written.ok)
        return true;
    printErr(QCoreApplication::translate("leadopp", "%1: cannot write “%2”: %3\n")
                 .arg(command, QDir::toNativeSeparators(path), written.reason));
    return false;
}

struct ExportChoice {
    core::ExportMode mode = core::ExportMode::Update;
    core::PatchScope scope = core::PatchScope::Changes;
};

// --id makes the file an update of that lead (an exported PATCH body carries no 3DS id).
QString applyOptions(const QCommandLineParser &parser, core::Draft &draft, ExportChoice &choice)
{
    const QString id = parser.value(QStringLiteral("id"));
    if (!id.isEmpty() && parser.isSet(QStringLiteral("create")))
        return QCoreApplication::translate("leadopp", "--create and --id exclude each other.");
    if (!id.isEmpty())
        draft.record.insert(QStringLiteral("dsLeadOpportunityId"), id);
    choice.mode = chooseMode(parser.isSet(QStringLiteral("create")), draft.record);
    choice.scope = parser.isSet(QStringLiteral("full")) ? core::PatchScope::Whole
                                                        : core::PatchScope::Changes;
    return QString();
}

void addExportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("leadopp", "The file to export."));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("leadopp", "Write the body to OUT instead of stdout."),
        QStringLiteral("OUT"));
    const QCommandLineOption create(
        QStringLiteral("create"),
        QCoreApplication::translate("leadopp", "Write the create (POST) body."));
    const QCommandLineOption id(
        QStringLiteral("id"),
        QCoreApplication::translate("leadopp", "Write the update (PATCH) body for this 3DS id."),
        QStringLiteral("DSID"));
    const QCommandLineOption full(
        QStringLiteral("full"),
        QCoreApplication::translate("leadopp",
                                    "Send the whole record, not only what changed against the "
                                    "server copy."));
    parser.addOptions({ output, create, id, full });
}

void reportFindings(const QString &file, const QList<core::Finding> &findings, bool *hasErrors)
{
    if (!findings.isEmpty())
        printErr(formatFindings(findings) + summaryLine(findings, file));
    *hasErrors = core::hasErrors(findings);
}

// The request body, with the draft's findings said on stderr. When the whole record is sent,
// the findings are the record's, and the body is made on another core from the start while
// the record is checked. Otherwise the check needs the body (a PATCH body diffs two exported
// records): it is built once, and written out on another core while it is checked.
QByteArray checkedBody(const QString &file, const core::Draft &draft, const ExportChoice &choice,
                       const core::CleanTextProof &cleanText, bool *hasErrors)
{
    if (core::sendsWholeRecord(draft, choice.mode, choice.scope)) {
        std::future<QByteArray> body = std::async(std::launch::async, [&draft, &choice] {
            return core::requestBody(draft, choice.mode, choice.scope);
        });
        reportFindings(file, core::validateRecord(draft.record, choice.mode, cleanText), hasErrors);
        return body.get();
    }
    const QJsonObject sent = core::requestObject(draft, choice.mode, choice.scope);
    std::future<QByteArray> body
        = std::async(std::launch::async, [sent] { return core::toIndentedJson(sent); });
    reportFindings(file, findingsOfRequest(draft, choice.mode, choice.scope, sent, cleanText),
                   hasErrors);
    return body.get();
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leadopp",
        "Writes exactly the request body the API would receive (PATCH when the "
        "draft has a 3DS id, POST otherwise). A PATCH sends the partner opportunity id and "
        "what differs from the server copy the draft is based on.\nFindings go to stderr. "
        "Exit status: "
        "0 written, 1 written but the draft has errors, 2 unreadable input, output "
        "or usage error."));
    addExportOptions(parser);
    const QString command = arguments.value(0);
    if (const int exit = parseCommandLine(parser, arguments, 1); exit >= 0)
        return exit;

    const QString file = parser.positionalArguments().constFirst();
    core::Draft draft;
    core::CleanTextProof cleanText;
    if (!readDraftFile(command, file, draft, &cleanText))
        return ExitUsage;
    ExportChoice choice;
    if (const QString error = applyOptions(parser, draft, choice); !error.isEmpty()) {
        printErr(QStringLiteral("%1: %2\n").arg(command, error));
        return ExitUsage;
    }
    bool hasErrors = false;
    const QByteArray body = checkedBody(file, draft, choice, cleanText, &hasErrors);
    keepUntilExit(std::move(draft));
    if (!parser.isSet(QStringLiteral("output")))
        writeOut(body);
    else if (!writeBody(command, parser.value(QStringLiteral("output")), body))
        return ExitUsage;
    return hasErrors ? ExitFindings : ExitOk;
}

} // namespace leadopp::cli
