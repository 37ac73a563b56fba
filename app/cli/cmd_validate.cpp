#include "commands.h"
#include "console.h"

namespace leadopp::cli {

// Placeholder until the command lands; replaced by its implementation.
int runValidate(const QStringList &)
{
    printErr(QStringLiteral("leadopp validate: not available in this build\n"));
    return ExitUsage;
}

} // namespace leadopp::cli
