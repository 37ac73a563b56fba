#include "net/logging.h"

namespace leadopp::net {

Q_LOGGING_CATEGORY(lcNet, "leadopp.net", QtWarningMsg)

} // namespace leadopp::net
