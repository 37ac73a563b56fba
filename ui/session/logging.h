#pragma once

#include <QLoggingCategory>

namespace leadopp::ui {

/// "leadopp.session": each edit pushed on the undo stack, by path (never the value). Quiet by
/// default (warnings only); QT_LOGGING_RULES="leadopp.session.debug=true" turns the details on.
Q_DECLARE_LOGGING_CATEGORY(lcSession)

} // namespace leadopp::ui
