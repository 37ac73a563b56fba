#pragma once

#include <QLoggingCategory>

namespace leadopp::core {

/// "leadopp.core": what the codec read or refused. Quiet by default (warnings only);
/// QT_LOGGING_RULES="leadopp.core.debug=true" turns the details on.
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace leadopp::core
