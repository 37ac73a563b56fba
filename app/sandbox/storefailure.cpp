#include "sandbox/storefailure.h"

#include "sandbox/envelopes.h"

namespace leadopp::sandbox {

ApiReply storeFailureReply(const core::FileWriteResult &write)
{
    const int status = write.isOutOfSpace() ? 507 : 500;
    const QJsonObject error {
        { QStringLiteral("code"), QStringLiteral("STORE_WRITE_FAILED") },
        { QStringLiteral("message"),
          QStringLiteral("The sandbox could not keep the change: %1.").arg(write.reason) },
    };
    return ApiReply::json(status,
                          { { QStringLiteral("info"), envelopes::info(status) },
                            { QStringLiteral("error"), error },
                            { QStringLiteral("data"), envelopes::nullIds() } });
}

} // namespace leadopp::sandbox
