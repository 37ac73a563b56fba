// leadopp validate FILE [--create | --id DSID] [--json]
#include "cliio.h"
#include "commands.h"
#include "console.h"

#include <QCoreApplication>

namespace leadopp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp", text);
}

void addValidateOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Checks a draft, request body or rejected response against the API rules.\n"
           "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable "
           "input or usage error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to check."));
    // A PATCH body (the API's own update examples among them) names no 3DS id: without one
    // it is checked as the create it would otherwise be.
    parser.addOptions(
        { { QStringLiteral("create"), tr("Check against the create (POST) rules.") },
          { QStringLiteral("id"),
            tr("Check against the update (PATCH) rules, as an update of this 3DS id."),
            QStringLiteral("DSID") },
          { QStringLiteral("json"), tr("Print the findings as one JSON object.") } });
}

// --id makes the file an update of that lead; empty, or why the options cannot be met.
QString applyId(const QCommandLineParser &parser, core::Draft &draft)
{
    if (!parser.isSet(QStringLiteral("id")))
        return QString();
    if (parser.isSet(QStringLiteral("create")))
        return tr("--create and --id exclude each other.");
    draft.record.insert(QStringLiteral("dsLeadOpportunityId"), parser.value(QStringLiteral("id")));
    return QString();
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    addValidateOptions(parser);
    if (const int exit = parseCommandLine(parser, arguments, 1); exit >= 0)
        return exit;

    const QString file = parser.positionalArguments().constFirst();
    core::Draft draft;
    core::CleanTextProof cleanText;
    QStringList readWarnings;
    if (!readDraftFile(arguments.value(0), file, draft, &cleanText, &readWarnings))
        return ExitUsage;
    if (const QString error = applyId(parser, draft); !error.isEmpty()) {
        printErr(QStringLiteral("%1: %2\n").arg(arguments.value(0), error));
        return ExitUsage;
    }
    const bool create = parser.isSet(QStringLiteral("create"));
    const QList<core::Finding> findings
        = core::validateRecord(draft.record, chooseMode(create, draft.record), cleanText);
    keepUntilExit(std::move(draft));
    if (parser.isSet(QStringLiteral("json")))
        writeOut(findingsJson(findings, readWarnings));
    else
        printOut(formatFindings(findings) + summaryLine(findings, file));
    return core::hasErrors(findings) ? ExitFindings : ExitOk;
}

} // namespace leadopp::cli
