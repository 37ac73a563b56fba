#include "sandbox/logging.h"

namespace leadopp::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "leadopp.sandbox", QtWarningMsg)

} // namespace leadopp::sandbox
