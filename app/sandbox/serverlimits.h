#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace leadopp::sandbox {

/// What one client may cost the sandbox. The defaults fit a loopback test server: a lead
/// opportunity body is a few kilobytes, so anything near these limits is a wrong client.
struct ServerLimits {
    qint64 maxBodyBytes = 1024 * 1024; ///< a larger declared or sent body: 413
    int maxHeaderBytes = 16 * 1024;    ///< request line and headers; beyond: 431
    int headerTimeoutMs = 5000;        ///< from accept to the end of the headers: 408
    int idleTimeoutMs = 15000;         ///< no byte in or out for this long: closed
    int maxConnections = 64;           ///< beyond: 503 and closed at once
    /// When set, a request without `X-Leadopp-Sandbox-Secret: <secret>` is refused (403)
    /// before it reaches the API: another local program cannot use the sandbox.
    QByteArray secret;
};

/// Name of the header that carries ServerLimits::secret.
inline constexpr char kSandboxSecretHeader[] = "X-Leadopp-Sandbox-Secret";

} // namespace leadopp::sandbox
