#include "ui/common/logging.h"

namespace leadopp::ui {

Q_LOGGING_CATEGORY(lcUi, "leadopp.ui", QtWarningMsg)

} // namespace leadopp::ui
