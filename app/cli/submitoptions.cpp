// leadopp submit FILE --env NAME|URL [--id DSID] [--create] [--full] [--json] [--record]
//                [--timeout MS] [--deadline MS]
#include "submitoptions.h"

#include "cliio.h"
#include "commands.h"
#include "console.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace leadopp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp submit", text);
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Sends a draft or request body to the partner API.\n"
           "Exit status: 0 accepted, 1 rejected (fields named or not), 2 unreadable input, "
           "usage or setup (no API key), 3 network or server failure."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Draft, request body, 400 response or GET response."));
    parser.addOption({ QStringLiteral("env"),
                       tr("Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL."),
                       QStringLiteral("NAME|URL") });
    parser.addOption({ QStringLiteral("id"),
                       tr("3DS id to update (default: the file's dsLeadOpportunityId)."),
                       QStringLiteral("DSID") });
    parser.addOption(
        { QStringLiteral("create"), tr("Create (POST) even when the file has a 3DS id.") });
    parser.addOption({ QStringLiteral("full"),
                       tr("Send the whole record, not only what changed against the server "
                          "copy the draft is based on.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the outcome as JSON.") });
    parser.addOption({ QStringLiteral("record"),
                       tr("Append the attempt (never the key) to FILE, which must be a draft.") });
    parser.addOption({ QStringLiteral("timeout"), tr("Transfer timeout in milliseconds."),
                       QStringLiteral("MS") });
    parser.addOption({ QStringLiteral("deadline"),
                       tr("Overall deadline of one request in milliseconds (default 60000)."),
                       QStringLiteral("MS") });
}

void readOptions(const QCommandLineParser &parser, SubmitOptions *options)
{
    options->file = parser.positionalArguments().value(0);
    options->env = parser.value(QStringLiteral("env"));
    options->id = parser.value(QStringLiteral("id"));
    options->create = parser.isSet(QStringLiteral("create"));
    options->full = parser.isSet(QStringLiteral("full"));
    options->json = parser.isSet(QStringLiteral("json"));
    options->record = parser.isSet(QStringLiteral("record"));
    options->timeoutMs = parser.value(QStringLiteral("timeout")).toInt();
    options->deadlineMs = parser.value(QStringLiteral("deadline")).toInt();
}

} // namespace

int parseSubmitOptions(const QStringList &arguments, SubmitOptions *options)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + u'\n' + helpText(parser, arguments.value(0)));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, arguments.value(0)));
        return ExitOk;
    }
    readOptions(parser, options);
    if (parser.positionalArguments().size() != 1 || options->env.isEmpty()
        || (options->create && !options->id.isEmpty())) {
        printErr(
            tr("leadopp submit: give one FILE and --env; --create and --id exclude each other.\n")
            + helpText(parser, arguments.value(0)));
        return ExitUsage;
    }
    return -1;
}

} // namespace leadopp::cli
