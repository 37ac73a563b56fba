// The entry point of the network commands' module (see remoteloader.h).
#include "commands.h"

#include <QtGlobal>

namespace {

struct RemoteCommand {
    const char *name;
    int (*run)(const QStringList &);
};

const RemoteCommand kRemoteCommands[] = {
    { "submit", leadopp::cli::runSubmit },
    { "get", leadopp::cli::runGet },
    { "search", leadopp::cli::runSearch },
    { "sandbox", leadopp::cli::runSandbox },
};

} // namespace

extern "C" Q_DECL_EXPORT int leadoppRunRemoteCommand(const QString &name,
                                                     const QStringList &arguments)
{
    for (const RemoteCommand &command : kRemoteCommands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    return leadopp::cli::ExitUsage;
}
