#pragma once

#include <QString>
#include <QStringList>

namespace leadopp::cli {

/// Runs network command `name` ("submit", "get", "search", "sandbox") from the module that
/// holds them, loaded now: the other commands never load QtNetwork, the keychain or the
/// sandbox. ExitUsage, with the reason on stderr, when the module cannot be loaded.
int runRemoteCommand(const QString &name, const QStringList &arguments);

} // namespace leadopp::cli
