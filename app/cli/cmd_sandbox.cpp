#include "commands.h"
#include "console.h"

namespace leadopp::cli {

// Placeholder until the command lands; replaced by its implementation.
int runSandbox(const QStringList &)
{
    printErr(QStringLiteral("leadopp sandbox: not available in this build\n"));
    return ExitUsage;
}

} // namespace leadopp::cli
