#pragma once

#include <QLoggingCategory>

namespace leadopp::sandbox {

/// "leadopp.sandbox": each request served with its status. Quiet by default (warnings
/// only); QT_LOGGING_RULES="leadopp.sandbox.debug=true" turns the details on.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

/// Keeps Qt HTTP Server's own debug output off, whatever the logging rules say: it prints
/// each request's headers, the API key and the sandbox's secret among them.
void keepRequestHeadersOutOfLogs();

} // namespace leadopp::sandbox
