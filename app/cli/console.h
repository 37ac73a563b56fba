#pragma once

#include <QString>

namespace leadopp::cli {

/// UTF-8 text to stdout / stderr, flushed (scripts read it as it comes).
void printOut(const QString &text);
void printErr(const QString &text);
void writeOut(const QByteArray &bytes);

} // namespace leadopp::cli
