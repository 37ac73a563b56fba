#pragma once

#include <QString>
#include <QStringList>

namespace leadopp::cli {

/// What `leadopp submit` was asked to do.
struct SubmitOptions {
    QString file;
    QString env;
    QString id;
    bool create = false;
    bool full = false;
    bool json = false;
    bool record = false;
    int timeoutMs = 0;
    int deadlineMs = 0;
};

/// -1 when `options` holds a command to run; otherwise the exit code to return at once
/// (help printed: 0; a usage error printed to stderr: 2).
int parseSubmitOptions(const QStringList &arguments, SubmitOptions *options);

} // namespace leadopp::cli
