#pragma once

#include "sandbox/serverlimits.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace leadopp::sandbox {

class GuardedListener;

/// Dialect of the `errors` member of a 400 answer, so every client path is exercised.
enum class ErrorStyle {
    PointerList,  ///< partner API: [{"detail": "...", "pointer": "#/offerLines/1/amount"}]
    DottedMap,    ///< {"offerLines[1].amount": ["..."]}
    NestedObject, ///< {"offerLines": {"1": {"amount": ["..."]}}}
};

/// Faults the sandbox can inject into its next answers (tests and demos).
enum class Fault {
    None,
    Delay,             ///< answer after FaultPlan::delayMs
    TooManyRequests,   ///< 429 without Retry-After
    TooManyRetryAfter, ///< 429 with Retry-After: FaultPlan::retryAfterSeconds
    Maintenance,       ///< 503 ERR899
    ResetMidBody,      ///< close the connection half-way through the body
    HtmlBody,          ///< 502 with an HTML page
    TruncatedJson,     ///< 200 with a cut-off JSON body
    OversizeBody,      ///< 200 with a body larger than any client limit
};

struct FaultPlan {
    Fault fault = Fault::None;
    int count = 1; ///< how many requests get the fault (-1: all)
    int delayMs = 0;
    int retryAfterSeconds = 1;
};

/// The loopback partner-API sandbox: the four leads-opportunities operations of the
/// contract on 127.0.0.1, an in-memory store seeded with realistic leads (optionally
/// persisted), the same validation as core plus server-only rules.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1; `port` 0 picks an ephemeral port. Returns the bound port, 0
    /// on failure. Every connection is held to the limits (see GuardedListener).
    quint16 listen(quint16 port = 0);
    /// Serves on `descriptor`, a socket already listening on 127.0.0.1 (opened on another
    /// thread, see SandboxThread); takes it over. Returns the port, 0 on failure.
    quint16 listenOn(qintptr descriptor);
    /// Limits for the connections accepted after the next listen().
    void setLimits(const ServerLimits &limits);
    const ServerLimits &limits() const;
    /// Connections open right now (tests).
    int openConnections() const;
    quint16 port() const;
    /// "http://127.0.0.1:<port>"
    QUrl baseUrl() const;

    void setErrorStyle(ErrorStyle style);
    ErrorStyle errorStyle() const;
    /// Loads the store from `directory` and writes every change back (atomically). A
    /// directory without a store gets the current leads written to it.
    bool setDataDirectory(const QString &directory);
    /// Why the last setDataDirectory() or store write failed (one translated sentence).
    QString dataError() const;
    void injectFault(const FaultPlan &plan);
    /// Number of requests served since start (tests check that no retry happened).
    int requestCount() const;

    /// The seeded 3DS ids, e.g. for demos and tests ("XJSR-DZMFFT", ...).
    QStringList leadIds() const;

Q_SIGNALS:
    /// One request answered: "PATCH /sales/.../XJSR-DZMFFT" and the status written (0 when
    /// the connection was cut). Never carries headers, so never the API key.
    void requestServed(const QString &request, int status);

private:
    quint16 serveOn(GuardedListener *listener);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace leadopp::sandbox
