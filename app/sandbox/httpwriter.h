#pragma once

#include "sandbox/apireply.h"
#include "sandbox/sandboxserver.h"

class QHttpServerResponder;

namespace leadopp::sandbox {

/// Writes a complete answer: status line, Content-Type, Content-Length, extra headers, body.
void sendReply(QHttpServerResponder &responder, const ApiReply &reply);

/// Answers with an injected fault (any Fault but None and Delay). Returns the HTTP status
/// written, 0 when the connection is cut. Faults below HTTP use the responder's socket.
int sendFault(QHttpServerResponder &responder, const FaultPlan &plan);

/// Declared size of the OversizeBody answer (64 MiB), streamed in chunks as the client reads.
constexpr qint64 kOversizeBytes = qint64(64) * 1024 * 1024;

} // namespace leadopp::sandbox
