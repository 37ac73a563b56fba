#pragma once

#include <QLoggingCategory>

namespace leadopp::ui {

/// "leadopp.ui": each message box and file prompt with its answer. Quiet by default (warnings
/// only); QT_LOGGING_RULES="leadopp.ui.debug=true" turns the details on.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace leadopp::ui
