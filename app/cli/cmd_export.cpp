// leadopp export FILE [-o OUT] [--create]
#include "cliio.h"
#include "commands.h"
#include "console.h"

#include "core/codec/atomicfile.h"

#include <QCoreApplication>
#include <QDir>

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

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leadopp",
        "Writes exactly the request body the API would receive (PATCH when the "
        "draft has a 3DS id, POST otherwise).\nFindings go to stderr. Exit status: "
        "0 written, 1 written but the draft has errors, 2 unreadable input, output "
        "or usage error."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("leadopp", "The file to export."));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("leadopp", "Write the body to OUT instead of stdout."),
        QStringLiteral("OUT"));
    const QCommandLineOption create(
        QStringLiteral("create"),
        QCoreApplication::translate("leadopp", "Write the create (POST) body."));
    parser.addOptions({ output, create });
    const QString command = arguments.value(0);
    if (const int exit = parseCommandLine(parser, arguments, 1); exit >= 0)
        return exit;

    const QString file = parser.positionalArguments().constFirst();
    core::Draft draft;
    if (!readDraftFile(command, file, draft))
        return ExitUsage;
    const core::ExportMode mode = chooseMode(parser.isSet(create), draft.record);
    const QList<core::Finding> findings = core::validateRecord(draft.record, mode);
    if (!findings.isEmpty())
        printErr(formatFindings(findings) + summaryLine(findings, file));
    const QByteArray body = core::exportBody(draft.record, mode);
    if (!parser.isSet(output))
        writeOut(body);
    else if (!writeBody(command, parser.value(output), body))
        return ExitUsage;
    return core::hasErrors(findings) ? ExitFindings : ExitOk;
}

} // namespace leadopp::cli
