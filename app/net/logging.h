#pragma once

#include <QLoggingCategory>

namespace leadopp::net {

/// "leadopp.net": each exchange with its method, address, status and stage; never a
/// header, so never a key. Quiet by default (warnings only);
/// QT_LOGGING_RULES="leadopp.net.debug=true" turns the details on.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace leadopp::net
