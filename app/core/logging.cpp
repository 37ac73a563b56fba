#include "core/logging.h"

namespace leadopp::core {

Q_LOGGING_CATEGORY(lcCore, "leadopp.core", QtWarningMsg)

} // namespace leadopp::core
