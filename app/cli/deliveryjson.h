#pragma once

#include "net/apiresult.h"

#include <QJsonObject>

namespace leadopp::cli {

/// {"state", "cause", "reconciliation", "reconciliationRequests", "deadlineExpired"} of
/// `leadopp submit --json`: whether the request reached the server, and what asking it
/// found when that was unknown.
QJsonObject deliveryJson(const net::ApiResult &result);

} // namespace leadopp::cli
