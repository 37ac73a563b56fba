// leadopp submit FILE --env NAME|URL [--id DSID] [--create] [--json] [--record] [--timeout MS]
//                [--deadline MS]
#include "cliio.h"
#include "commands.h"
#include "console.h"
#include "submitcommand.h"

#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/apijob.h"
#include "net/environmentstore.h"
#include "net/keychaincredentialstore.h"
#include "net/submissionworkflow.h"
#include "sandbox/sandboxthread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace leadopp::cli {

namespace {

using namespace submit;
using net::ApiRequest;
using net::ApiResult;
using net::ErrorKind;

QString keychainKey(const QString &envId)
{
    net::KeychainCredentialStore store;
    QString key;
    QEventLoop loop;
    QObject::connect(&store, &net::CredentialStore::keyRead, &loop,
                     [&](const QString &, const QString &value, bool ok) {
                         if (ok)
                             key = value;
                         loop.quit();
                     });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    store.readKey(envId);
    loop.exec();
    return key;
}

QString apiKeyFor(const net::Environment &environment)
{
    const QString fromEnvironment = qEnvironmentVariable("LEADOPP_API_KEY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (environment.sandbox)
        return net::sandboxKey(); // scripts need not configure one
    return keychainKey(environment.id);
}

ApiResult runJob(net::ApiClient &client, const ApiRequest &request, bool quiet)
{
    ApiResult result;
    QEventLoop loop;
    net::ApiJob *job = client.start(request);
    QObject::connect(job, &net::ApiJob::finished, &loop, [&](const ApiResult &answer) {
        result = answer;
        loop.quit();
    });
    QObject::connect(job, &net::ApiJob::retrying, &loop, [quiet](int attempt, int waitMs) {
        if (!quiet)
            printErr(tr("Retrying (attempt %1) in %2 ms...\n").arg(attempt).arg(waitMs));
    });
    loop.exec();
    return result;
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
    const core::FileWriteResult written
        = core::writeFileAtomically(file, core::writeDraft(updated));
    if (!written.ok) {
        printErr(tr("leadopp submit: could not record the attempt in %1: %2\n")
                     .arg(file, written.reason));
        return false;
    }
    return true;
}

// 0 accepted, 1 the record was refused (fields named or not), 2 setup (no API key: found
// before anything is sent), 3 network or server failure.
int exitCodeFor(ErrorKind kind)
{
    if (kind == ErrorKind::Accepted)
        return ExitOk;
    if (net::isRejection(kind))
        return ExitFindings;
    return kind == ErrorKind::NoKey ? ExitUsage : ExitNetwork;
}

int checkInput(const Options &options, const core::ReadResult &read)
{
    if (!read.ok) {
        printErr(QStringLiteral("leadopp submit: %1: %2\n").arg(options.file, read.error));
        return ExitUsage;
    }
    if (options.record && read.shape != core::InputShape::Draft) {
        printErr(
            tr("leadopp submit: --record needs a draft file (save the file as a draft first).\n"));
        return ExitUsage;
    }
    return kContinue;
}

// The built-in sandbox runs in this process for the length of the command.
int openEnvironment(const QString &name, net::EnvironmentStore &environments,
                    sandbox::SandboxThread &sandboxServer, net::Environment *environment)
{
    *environment = environments.resolve(name);
    if (!environment->isValid()) {
        printErr(tr("leadopp submit: unknown environment '%1'.\n").arg(name));
        return ExitUsage;
    }
    if (!environment->sandbox)
        return kContinue;
    if (!sandboxServer.start()) {
        printErr(tr("leadopp submit: the sandbox could not listen on loopback.\n"));
        return ExitNetwork;
    }
    environments.setSandboxUrl(sandboxServer.baseUrl());
    *environment = environments.environment(environment->id);
    return kContinue;
}

ApiResult send(const ApiRequest &request, const Options &options,
               const net::EnvironmentStore &environments,
               const sandbox::SandboxThread &sandboxServer)
{
    QNetworkAccessManager nam;
    net::ApiClient client(&nam);
    client.setTimeoutMs(options.timeoutMs > 0 ? options.timeoutMs : environments.timeoutMs());
    client.setDeadlineMs(options.deadlineMs > 0 ? options.deadlineMs : environments.deadlineMs());
    client.setReconcileUnknownOutcomes(true);
    client.addOriginHeader(sandboxServer.baseUrl(), sandboxServer.secretHeader(),
                           sandboxServer.secret());
    return runJob(client, request, options.json);
}

} // namespace

int runSubmit(const QStringList &arguments)
{
    Options options;
    if (const int exitCode = parseOptions(arguments, &options); exitCode != kContinue)
        return exitCode;
    const core::ReadResult read = core::readDocumentFile(options.file);
    if (const int exitCode = checkInput(options, read); exitCode != kContinue)
        return exitCode;
    net::EnvironmentStore environments;
    sandbox::SandboxThread sandboxServer;
    net::Environment environment;
    if (const int exitCode
        = openEnvironment(options.env, environments, sandboxServer, &environment);
        exitCode != kContinue)
        return exitCode;
    ApiRequest request = net::buildSubmitRequest(
        read.draft.record, options.id.isEmpty() ? read.draft.dsLeadOpportunityId() : options.id,
        options.create ? core::ExportMode::Create : core::ExportMode::Update);
    request.environment = environment;
    request.apiKey = apiKeyFor(environment);
    const ApiResult result = send(request, options, environments, sandboxServer);
    options.json ? printJson(result) : printText(result);
    if (options.record && !recordAttempt(options.file, read.draft, request, result))
        return ExitUsage;
    return exitCodeFor(result.kind);
}

} // namespace leadopp::cli
