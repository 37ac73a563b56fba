// leadopp sandbox: serve the partner-API sandbox on loopback until SIGINT or SIGTERM.
#include "cliio.h"
#include "commands.h"
#include "console.h"

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace leadopp::cli {

namespace {

using sandbox::FaultPlan;
using sandbox::SandboxServer;

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp sandbox", text);
}

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop reads the pipe and quits.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

// Routes SIGINT and SIGTERM into the event loop so the server closes cleanly.
bool quitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
        && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Serves the partner API's leads-opportunities operations on 127.0.0.1."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("port"), tr("Port to listen on (0: any free port)."), QStringLiteral("N"),
          QStringLiteral("0") },
        { QStringLiteral("data"), tr("Directory that keeps the leads between runs."),
          QStringLiteral("DIR") },
        { QStringLiteral("error-style"),
          tr("Field errors of a 400: %1.")
              .arg(sandbox::errorStyleNames().join(QStringLiteral(", "))),
          QStringLiteral("S"), QStringLiteral("pointer") },
        { QStringLiteral("fault"),
          tr("Inject a fault into the next COUNT answers (or 'all'): %1.")
              .arg(sandbox::faultNames().join(QStringLiteral(", "))),
          QStringLiteral("NAME[:COUNT]") },
        { QStringLiteral("fault-delay"), tr("Delay of the 'delay' fault in milliseconds."),
          QStringLiteral("MS"), QStringLiteral("2000") },
        { QStringLiteral("retry-after"), tr("Retry-After seconds of the 'retry-after' fault."),
          QStringLiteral("S"), QStringLiteral("1") },
    });
}

// Applies every option to the server; returns an error sentence, empty when all is well.
QString configure(const QCommandLineParser &parser, SandboxServer &server)
{
    const auto style = sandbox::errorStyleFromName(parser.value(QStringLiteral("error-style")));
    if (!style)
        return tr("unknown error style '%1'").arg(parser.value(QStringLiteral("error-style")));
    server.setErrorStyle(*style);
    FaultPlan plan;
    bool delayOk = false;
    bool retryOk = false;
    plan.delayMs = parser.value(QStringLiteral("fault-delay")).toInt(&delayOk);
    plan.retryAfterSeconds = parser.value(QStringLiteral("retry-after")).toInt(&retryOk);
    if (!delayOk || plan.delayMs < 0 || !retryOk || plan.retryAfterSeconds < 0)
        return tr("--fault-delay and --retry-after take a number");
    if (parser.isSet(QStringLiteral("fault"))
        && !sandbox::parseFaultSpec(parser.value(QStringLiteral("fault")), &plan))
        return tr("unknown fault '%1'").arg(parser.value(QStringLiteral("fault")));
    server.injectFault(plan);
    if (parser.isSet(QStringLiteral("data"))
        && !server.setDataDirectory(parser.value(QStringLiteral("data"))))
        return server.dataError();
    return {};
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("leadopp sandbox: %1\n").arg(message));
    return ExitUsage;
}

} // namespace

int runSandbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, arguments.value(0)));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return usageError(tr("--port takes a number from 0 to 65535"));

    SandboxServer server;
    if (const QString error = configure(parser, server); !error.isEmpty())
        return usageError(error);
    if (server.listen(quint16(port)) == 0)
        return usageError(tr("cannot listen on 127.0.0.1:%1").arg(port));
    QObject::connect(&server, &SandboxServer::requestServed, &server,
                     [](const QString &request, int status) {
                         printOut(QStringLiteral("%1 -> %2\n").arg(request).arg(status));
                     });
    if (!quitOnSignals(&server))
        printErr(tr("leadopp sandbox: cannot watch for signals; stop with kill -9\n"));
    printOut(tr("Sandbox listening on %1\n").arg(server.baseUrl().toString()));
    printOut(tr("Leads: %1\n").arg(server.leadIds().join(QStringLiteral(", "))));
    QCoreApplication::exec();
    printOut(tr("Sandbox stopped.\n"));
    return ExitOk;
}

} // namespace leadopp::cli
