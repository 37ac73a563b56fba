#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace leadopp::sandbox {

/// One answer of the sandbox, before it meets a socket.
struct ApiReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers (Retry-After, ...)

    static ApiReply json(int status, const QJsonObject &object);
};

} // namespace leadopp::sandbox
