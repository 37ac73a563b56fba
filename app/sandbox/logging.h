#pragma once

#include <QLoggingCategory>

namespace leadopp::sandbox {

/// "leadopp.sandbox": each request served with its status. Quiet by default (warnings
/// only); QT_LOGGING_RULES="leadopp.sandbox.debug=true" turns the details on.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace leadopp::sandbox
