// leadopp validate FILE [--create | --id DSID] [--json]
#include "cliio.h"
#include "commands.h"
#include "console.h"

#include <QCoreApplication>

namespace leadopp::cli {

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leadopp",
        "Checks a draft, request body or rejected response against the API rules.\n"
        "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable "
        "input or usage error."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("leadopp", "The file to check."));
    const QCommandLineOption create(
        QStringLiteral("create"),
        QCoreApplication::translate("leadopp", "Check against the create (POST) rules."));
    // A PATCH body (the API's own update examples among them) names no 3DS id: without one
    // it is checked as the create it would otherwise be.
    const QCommandLineOption id(
        QStringLiteral("id"),
        QCoreApplication::translate("leadopp",
                                    "Check against the update (PATCH) rules, as an update of "
                                    "this 3DS id."),
        QStringLiteral("DSID"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("leadopp", "Print the findings as one JSON object."));
    parser.addOptions({ create, id, json });
    if (const int exit = parseCommandLine(parser, arguments, 1); exit >= 0)
        return exit;

    const QString file = parser.positionalArguments().constFirst();
    core::Draft draft;
    core::CleanTextProof cleanText;
    QStringList readWarnings;
    if (!readDraftFile(arguments.value(0), file, draft, &cleanText, &readWarnings))
        return ExitUsage;
    if (parser.isSet(id) && parser.isSet(create)) {
        printErr(QStringLiteral("%1: %2\n")
                     .arg(arguments.value(0),
                          QCoreApplication::translate("leadopp",
                                                      "--create and --id exclude each other.")));
        return ExitUsage;
    }
    if (parser.isSet(id))
        draft.record.insert(QStringLiteral("dsLeadOpportunityId"), parser.value(id));
    const QList<core::Finding> findings = core::validateRecord(
        draft.record, chooseMode(parser.isSet(create), draft.record), cleanText);
    keepUntilExit(std::move(draft));
    if (parser.isSet(json))
        writeOut(findingsJson(findings, readWarnings));
    else
        printOut(formatFindings(findings) + summaryLine(findings, file));
    return core::hasErrors(findings) ? ExitFindings : ExitOk;
}

} // namespace leadopp::cli
