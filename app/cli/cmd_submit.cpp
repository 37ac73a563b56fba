// leadopp submit FILE --env NAME|URL [--id DSID] [--create] [--full] [--json] [--record] [--timeout
// MS]
//                [--deadline MS]
#include "cliio.h"
#include "commands.h"
#include "console.h"
#include "deliveryjson.h"
#include "remote.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"
#include "core/codec/patchbody.h"
#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/apijob.h"
#include "net/environmentstore.h"
#include "net/submissionrecord.h"
#include "sandbox/sandboxthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace leadopp::cli {

namespace {

using net::ApiRequest;
using net::ApiResult;
using net::ErrorKind;

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp submit", text);
}

struct Options {
    QString file;
    QString env;
    QString id;
    bool create = false;
    bool full = false;
    bool json = false;
    bool record = false;
    int timeoutMs = 0;
    int deadlineMs = 0;
};

constexpr int kContinue = -1;

/// kContinue, or the exit code when there is nothing to send (help, usage error).
int parseOptions(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
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
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + u'\n' + helpText(parser, arguments.value(0)));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, arguments.value(0)));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    options->env = parser.value(QStringLiteral("env"));
    options->id = parser.value(QStringLiteral("id"));
    options->create = parser.isSet(QStringLiteral("create"));
    options->full = parser.isSet(QStringLiteral("full"));
    options->json = parser.isSet(QStringLiteral("json"));
    options->record = parser.isSet(QStringLiteral("record"));
    options->timeoutMs = parser.value(QStringLiteral("timeout")).toInt();
    options->deadlineMs = parser.value(QStringLiteral("deadline")).toInt();
    if (positional.size() != 1 || options->env.isEmpty()
        || (options->create && !options->id.isEmpty())) {
        printErr(
            tr("leadopp submit: give one FILE and --env; --create and --id exclude each other.\n")
            + helpText(parser, arguments.value(0)));
        return ExitUsage;
    }
    options->file = positional.first();
    return kContinue;
}

QString errorLabel(const core::FieldError &error)
{
    return core::FieldCatalogue::labelForPath(error.path);
}

void printText(const ApiResult &result)
{
    QString text = result.message + u'\n';
    if (result.httpStatus != 0)
        text += tr("HTTP status: %1\n").arg(result.httpStatus);
    if (!result.traceId.isEmpty())
        text += tr("Trace id: %1\n").arg(result.traceId);
    if (!result.dsLeadOpportunityId.isEmpty())
        text += tr("3DS id: %1\n").arg(result.dsLeadOpportunityId);
    for (const core::FieldError &error : result.fieldErrors) {
        const QString path = error.path.isEmpty() ? QStringLiteral("-") : error.path;
        text += QStringLiteral("%1\t%2\t%3\n").arg(path, errorLabel(error), error.message);
    }
    printOut(text);
}

void printJson(const ApiResult &result)
{
    QJsonArray errors;
    for (const core::FieldError &error : result.fieldErrors) {
        errors.append(QJsonObject { { QStringLiteral("path"), error.path },
                                    { QStringLiteral("label"), errorLabel(error) },
                                    { QStringLiteral("match"), core::matchKindName(error.match) },
                                    { QStringLiteral("message"), error.message },
                                    { QStringLiteral("code"), error.code },
                                    { QStringLiteral("rawPath"), error.rawPath } });
    }
    const QJsonObject object {
        { QStringLiteral("status"), result.httpStatus },
        { QStringLiteral("kind"), net::errorKindName(result.kind) },
        { QStringLiteral("message"), result.message },
        { QStringLiteral("traceId"), result.traceId },
        { QStringLiteral("dsLeadOpportunityId"), result.dsLeadOpportunityId },
        { QStringLiteral("attempts"), result.attempts },
        { QStringLiteral("delivery"), deliveryJson(result) },
        { QStringLiteral("fieldErrorCount"), net::fieldErrorCount(result.fieldErrors) },
        { QStringLiteral("errors"), errors }
    };
    writeOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

bool recordAttempt(const QString &file, core::Draft draft, const ApiRequest &request,
                   const ApiResult &result)
{
    core::Document document(std::move(draft));
    document.appendSubmission(net::toSubmissionAttempt(request, result));
    if (net::isRejection(result.kind))
        document.setRejection(net::toRejection(result, request.environment.id), result.fieldErrors);
    else if (result.isAccepted())
        document.clearRejection();
    core::Draft updated = document.draft();
    if (result.isAccepted() && !result.dsLeadOpportunityId.isEmpty())
        updated.record.insert(QStringLiteral("dsLeadOpportunityId"), result.dsLeadOpportunityId);
    // What the server accepted is the copy the next update is measured against.
    if (result.isAccepted())
        updated.base = { updated.record, result.sentAt, request.environment.id };
    const core::FileWriteResult written = core::writeDraftFile(file, updated);
    if (!written.ok) {
        printErr(tr("leadopp submit: could not record the attempt in %1: %2\n")
                     .arg(file, written.reason));
        return false;
    }
    return true;
}

} // namespace

int runSubmit(const QStringList &arguments)
{
    Options options;
    if (const int exitCode = parseOptions(arguments, &options); exitCode != kContinue)
        return exitCode;
    const core::ReadResult read = core::readDocumentFile(options.file);
    if (!read.ok) {
        printErr(QStringLiteral("leadopp submit: %1: %2\n").arg(options.file, read.error));
        return ExitUsage;
    }
    if (options.record && read.shape != core::InputShape::Draft) {
        printErr(
            tr("leadopp submit: --record needs a draft file (save the file as a draft first).\n"));
        return ExitUsage;
    }
    net::EnvironmentStore environments;
    net::Environment environment = environments.resolve(options.env);
    if (!environment.isValid()) {
        printErr(tr("leadopp submit: unknown environment '%1'.\n").arg(options.env));
        return ExitUsage;
    }
    sandbox::SandboxThread sandboxServer;
    if (environment.sandbox) {
        if (!sandboxServer.start()) {
            printErr(tr("leadopp submit: the sandbox could not listen on loopback.\n"));
            return ExitNetwork;
        }
        environments.setSandboxUrl(sandboxServer.baseUrl());
        environment = environments.environment(environment.id);
    }

    ApiRequest request;
    request.environment = environment;
    request.record = read.draft.record;
    request.dsLeadOpportunityId
        = options.id.isEmpty() ? read.draft.dsLeadOpportunityId() : options.id;
    const bool create = options.create || request.dsLeadOpportunityId.isEmpty();
    request.operation = create ? ApiRequest::Create : ApiRequest::Update;
    request.body = core::requestBody(
        read.draft, create ? core::ExportMode::Create : core::ExportMode::Update,
        options.full ? core::PatchScope::Whole : core::PatchScope::Changes);
    request.apiKey = apiKeyFor(environment);

    QNetworkAccessManager nam;
    net::ApiClient client(&nam);
    client.setTimeoutMs(options.timeoutMs > 0 ? options.timeoutMs : environments.timeoutMs());
    client.setDeadlineMs(options.deadlineMs > 0 ? options.deadlineMs : environments.deadlineMs());
    client.setReconcileUnknownOutcomes(true);
    client.addOriginHeader(sandboxServer.baseUrl(), sandboxServer.secretHeader(),
                           sandboxServer.secret());
    const ApiResult result = runJob(client, request, options.json);
    options.json ? printJson(result) : printText(result);
    if (options.record && !recordAttempt(options.file, read.draft, request, result))
        return ExitUsage;
    return exitCodeFor(result.kind);
}

} // namespace leadopp::cli
