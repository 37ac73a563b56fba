#include "ui/session/logging.h"

namespace leadopp::ui {

Q_LOGGING_CATEGORY(lcSession, "leadopp.session", QtWarningMsg)

} // namespace leadopp::ui
