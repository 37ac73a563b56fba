#pragma once

#include <QStringList>

namespace leadopp::cli {

/// Exit codes shared by every command.
enum ExitCode {
    ExitOk = 0,       ///< no errors / accepted / body read
    ExitFindings = 1, ///< validation errors / rejected
    ExitUsage = 2,    ///< unreadable input, usage error or setup (no API key)
    ExitNetwork = 3,  ///< network or server failure
};

// Each command receives its own arguments, argv[0] being "leadopp <command>".
int runValidate(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runErrors(const QStringList &arguments);
int runSubmit(const QStringList &arguments);
int runSandbox(const QStringList &arguments);
int runGet(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runDiff(const QStringList &arguments);

} // namespace leadopp::cli
