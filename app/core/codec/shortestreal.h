#pragma once

namespace leadopp::core {

/// Room writeShortestReal() needs at most.
constexpr int kMaxShortestRealLength = 32;

/// Writes the finite `real` at `at` exactly as QByteArray::number(real, 'g',
/// QLocale::FloatingPointShortest) spells it ("0.1", "1e+21", "123456", "1e-05"), which is
/// how QJsonDocument writes a double, without building a string; returns the end.
char *writeShortestReal(double real, char *at);

} // namespace leadopp::core
