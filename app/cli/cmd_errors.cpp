#include "commands.h"
#include "console.h"

namespace leadopp::cli {

// Placeholder until the command lands; replaced by its implementation.
int runErrors(const QStringList &)
{
    printErr(QStringLiteral("leadopp errors: not available in this build\n"));
    return ExitUsage;
}

} // namespace leadopp::cli
