#include "deliveryjson.h"

namespace leadopp::cli {

QJsonObject deliveryJson(const net::ApiResult &result)
{
    static const char *const names[] = { "not-sent", "answered", "unknown" };
    return { { QStringLiteral("state"), QLatin1String(names[int(result.delivery)]) },
             { QStringLiteral("cause"), net::unknownCauseName(result.unknownCause) },
             { QStringLiteral("reconciliation"),
               net::reconciliationName(result.reconciliation.state) },
             { QStringLiteral("reconciliationRequests"), result.reconciliation.requests },
             { QStringLiteral("deadlineExpired"), result.deadlineExpired } };
}

} // namespace leadopp::cli
