#pragma once

#include <QUrl>

namespace leadopp::net {

/// 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost".
bool isLoopbackHost(const QString &host);
/// http or https with a host, no user info.
bool isUsableApiUrl(const QUrl &url);
/// A key may travel to https anywhere, and over plain http only to loopback.
bool mayCarryKey(const QUrl &url);
/// A base URL as environments are compared and stored: no trailing slash, query,
/// fragment or user info; "/" as the path becomes none.
QUrl normalisedApiBase(const QUrl &url);
/// Same scheme, host (case-insensitive) and effective port.
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace leadopp::net
