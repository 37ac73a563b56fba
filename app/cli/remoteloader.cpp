#include "remoteloader.h"

#include "commands.h"
#include "console.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace leadopp::cli {

namespace {

using RemoteEntry = int (*)(const QString &, const QStringList &);

// The module sits with the layer libraries: the installed private directory (its path from
// the executable is set at configure time), or lib/ beside bin/ in a build tree.
QStringList moduleCandidates()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("/leadopp_cli_remote");
    return { bin.filePath(QStringLiteral(LEADOPP_BIN_TO_PRIVATE_LIBS) + name),
             bin.filePath(QStringLiteral("../lib") + name) };
}

} // namespace

int runRemoteCommand(const QString &name, const QStringList &arguments)
{
    QString reason;
    for (const QString &candidate : moduleCandidates()) {
        QLibrary module(candidate);
        const auto entry = reinterpret_cast<RemoteEntry>(module.resolve("leadoppRunRemoteCommand"));
        if (entry)
            return entry(name, arguments);
        if (reason.isEmpty())
            reason = module.errorString();
    }
    printErr(QCoreApplication::translate("leadopp",
                                         "leadopp: the network commands cannot be loaded: %1\n")
                 .arg(reason));
    return ExitUsage;
}

} // namespace leadopp::cli
