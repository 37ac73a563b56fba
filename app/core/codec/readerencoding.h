#pragma once

#include <QByteArray>
#include <QString>

namespace leadopp::core {

/// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when `bytes` are text in one of those
/// encodings, recognised by the byte order mark or, without one, by the zero bytes around
/// the ASCII character every JSON text starts with; empty otherwise (UTF-8 or not text).
QString wideUnicodeEncoding(const QByteArray &bytes);

/// The sentence that refuses such a file by the name of its encoding.
QString wideEncodingRefusal(const QString &encoding);

/// `json` with every U+FEFF inside a string written as the escape \ufeff. Qt's parser drops
/// a raw U+FEFF that opens a string, so a member name starting with it would lose it on
/// the next read of a saved draft; the escape keeps it, byte for byte.
QByteArray escapeByteOrderMarks(const QByteArray &json);

} // namespace leadopp::core
