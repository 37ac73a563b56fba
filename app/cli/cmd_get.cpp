// leadopp get DSID --env NAME|URL [-o FILE]
#include "cliio.h"
#include "commands.h"
#include "console.h"
#include "remote.h"

#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"

#include <QCoreApplication>
#include <QDir>

namespace leadopp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp get", text);
}

void printFailure(const net::ApiResult &result)
{
    QString text = result.message + u'\n';
    if (!result.traceId.isEmpty())
        text += tr("Trace id: %1\n").arg(result.traceId);
    printErr(text);
}

// The GET answer as a draft based on it: a later PATCH sends only what the rep changes.
bool draftFromAnswer(const QString &command, const net::ApiResult &result,
                     const net::Environment &environment, core::Draft &draft)
{
    const core::ReadResult read = core::readDocument(result.body);
    if (!read.ok || read.shape != core::InputShape::GetResponse) {
        printErr(tr("%1: the answer holds no lead record: %2\n").arg(command, read.error));
        return false;
    }
    draft = read.draft;
    draft.base.environment = environment.id;
    draft.base.fetchedAt
        = result.sentAt.isValid() ? result.sentAt : QDateTime::currentDateTimeUtc();
    return true;
}

bool writeDraftTo(const QString &command, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        writeOut(bytes);
        return true;
    }
    const core::FileWriteResult written = core::writeFileAtomically(path, bytes);
    if (!written.ok)
        printErr(tr("%1: cannot write “%2”: %3\n")
                     .arg(command, QDir::toNativeSeparators(path), written.reason));
    return written.ok;
}

void addGetOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Fetches a lead by its 3DS id and writes it as a draft based on the server copy.\n"
           "Exit status: 0 written, 2 usage, output or setup error (no API key), 3 network "
           "or server failure (an unknown id included)."));
    parser.addPositionalArgument(QStringLiteral("DSID"), tr("The 3DS id, e.g. XJSR-DZMFFT."));
    const QCommandLineOption env(
        QStringLiteral("env"), tr("Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL."),
        QStringLiteral("NAME|URL"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    tr("Write the draft to FILE instead of stdout."),
                                    QStringLiteral("FILE"));
    parser.addOptions({ env, output });
}

} // namespace

int runGet(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGetOptions(parser);
    const QString command = arguments.value(0);
    if (const int exit = parseCommandLine(parser, arguments, 1); exit >= 0)
        return exit;
    if (!parser.isSet(QStringLiteral("env"))) {
        printErr(tr("%1: --env is required.\n").arg(command));
        return ExitUsage;
    }
    RemoteSession remote;
    if (const int exit = remote.open(command, parser.value(QStringLiteral("env"))); exit >= 0)
        return exit;
    net::ApiRequest request = remote.request(net::ApiRequest::Get);
    request.dsLeadOpportunityId = parser.positionalArguments().constFirst();
    const net::ApiResult result = runJob(remote.client(), request, false);
    if (!result.isAccepted()) {
        printFailure(result);
        return exitCodeFor(result.kind);
    }
    core::Draft draft;
    if (!draftFromAnswer(command, result, remote.environment(), draft))
        return ExitNetwork;
    return writeDraftTo(command, parser.value(QStringLiteral("output")), core::writeDraft(draft))
        ? ExitOk
        : ExitUsage;
}

} // namespace leadopp::cli
