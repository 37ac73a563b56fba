#include "commands.h"
#include "console.h"

namespace leadopp::cli {

// Placeholder until the command lands; replaced by its implementation.
int runSubmit(const QStringList &)
{
    printErr(QStringLiteral("leadopp submit: not available in this build\n"));
    return ExitUsage;
}

} // namespace leadopp::cli
