// The parts of `leadopp submit` (cmd_submit.cpp): its options and how it prints an outcome.
// The workflow itself (request, result applied to a draft) is net's.
#pragma once

#include "net/apiresult.h"

#include <QString>
#include <QStringList>

namespace leadopp::cli::submit {

/// What the command was asked to do.
struct Options {
    QString file;
    QString env;
    QString id;
    bool create = false;
    bool json = false;
    bool record = false;
    int timeoutMs = 0;
    int deadlineMs = 0;
};

/// Returned where there is more to do; any other value is the exit code.
constexpr int kContinue = -1;

/// kContinue, or the exit code when there is nothing to send (help, usage error).
int parseOptions(const QStringList &arguments, Options *options);

/// The outcome as lines of text: message, status, trace id, 3DS id, one line a field error.
void printText(const net::ApiResult &result);
/// The outcome as one JSON object (kind, message, delivery, errors, ...).
void printJson(const net::ApiResult &result);

/// The command's words, in the "leadopp submit" translation context.
QString tr(const char *text);

} // namespace leadopp::cli::submit
