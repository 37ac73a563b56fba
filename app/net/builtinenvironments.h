#pragma once

#include "net/environment.h"

#include <QList>

namespace leadopp::net {

/// The sandbox and the five 3DS gateways, in display order; the sandbox has no URL until
/// someone starts it (EnvironmentStore::setSandboxUrl).
QList<Environment> builtInEnvironments();
/// The id of the built-in environment that `name` names (id or alias such as "production",
/// "qa", "dev"; case-insensitive), empty when none.
QString builtInIdForName(const QString &name);

} // namespace leadopp::net
