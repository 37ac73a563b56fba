// leadopp submit: sends a file through the shared submission workflow (net) and presents
// the answer; with --record the outcome is applied to the draft as the window applies it.
#include "commands.h"
#include "console.h"
#include "deliveryjson.h"
#include "remote.h"
#include "submitoptions.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "core/document/changelist.h"
#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/submissionrecord.h"
#include "net/submissionworkflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadopp::cli {

namespace {

using net::ApiRequest;
using net::ApiResult;

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp submit", text);
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

// Said before the update goes: the server keeps its values where the body cannot reach.
void printUnsent(const QList<core::FieldChange> &unsent)
{
    if (unsent.isEmpty())
        return;
    QString text = tr("Not sent, an update cannot clear them (the server keeps its values):\n");
    for (const core::FieldChange &change : unsent)
        text += QStringLiteral("  ") + core::changeLine(change) + u'\n';
    printErr(text);
}

void printJson(const ApiResult &result, const QList<core::FieldChange> &unsent)
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
        { QStringLiteral("errors"), errors },
        { QStringLiteral("unsent"), QJsonArray::fromStringList(core::changePaths(unsent)) }
    };
    writeOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

bool recordAttempt(const QString &file, core::Draft draft, const ApiRequest &request,
                   const ApiResult &result)
{
    core::Document document(std::move(draft));
    net::applyOutcome(document,
                      net::submitOutcome(document, request, result, request.environment.id));
    core::Draft updated = document.draft();
    if (result.isAccepted() && !result.dsLeadOpportunityId.isEmpty())
        updated.record.insert(QStringLiteral("dsLeadOpportunityId"), result.dsLeadOpportunityId);
    const core::FileWriteResult written = core::writeDraftFile(file, updated);
    if (!written.ok) {
        printErr(tr("leadopp submit: could not record the attempt in %1: %2\n")
                     .arg(file, written.reason));
        return false;
    }
    return true;
}

// --id names the lead to update when the file does not (or names another).
ApiRequest submitRequest(core::Draft draft, const SubmitOptions &options)
{
    if (!options.id.isEmpty())
        draft.record.insert(QStringLiteral("dsLeadOpportunityId"), options.id);
    return net::buildSubmitRequest(
        draft, options.create ? core::ExportMode::Create : core::ExportMode::Update,
        options.full ? core::PatchScope::Whole : core::PatchScope::Changes);
}

// Reads FILE; false (the reason printed) when it cannot be sent as asked.
bool readSubmittedFile(const SubmitOptions &options, core::ReadResult *read)
{
    *read = core::readDocumentFile(options.file);
    if (!read->ok) {
        printErr(QStringLiteral("leadopp submit: %1: %2\n").arg(options.file, read->error));
        return false;
    }
    if (options.record && read->shape != core::InputShape::Draft) {
        printErr(
            tr("leadopp submit: --record needs a draft file (save the file as a draft first).\n"));
        return false;
    }
    return true;
}

} // namespace

int runSubmit(const QStringList &arguments)
{
    SubmitOptions options;
    if (const int exitCode = parseSubmitOptions(arguments, &options); exitCode >= 0)
        return exitCode;
    core::ReadResult read;
    if (!readSubmittedFile(options, &read))
        return ExitUsage;
    RemoteSession remote;
    if (const int exitCode = remote.open(QStringLiteral("leadopp submit"), options.env);
        exitCode >= 0)
        return exitCode;
    if (options.timeoutMs > 0)
        remote.client().setTimeoutMs(options.timeoutMs);
    if (options.deadlineMs > 0)
        remote.client().setDeadlineMs(options.deadlineMs);
    remote.client().setReconcileUnknownOutcomes(true);
    ApiRequest request = submitRequest(read.draft, options);
    request.environment = remote.environment();
    request.apiKey = remote.apiKey();
    const QList<core::FieldChange> unsent = net::unsentChanges(request);
    printUnsent(unsent);
    const ApiResult result = runJob(remote.client(), request, options.json);
    options.json ? printJson(result, unsent) : printText(result);
    if (options.record && !recordAttempt(options.file, read.draft, request, result))
        return ExitUsage;
    return exitCodeFor(result.kind);
}

} // namespace leadopp::cli
