#include "core/codec/readerencoding.h"

#include <QCoreApplication>

namespace leadopp::core {

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix, int length)
{
    return bytes.size() >= length
        && QByteArrayView(bytes).first(length) == QByteArrayView(prefix, length);
}

// Zero-byte layout of the first code unit when there is no byte order mark.
QString byZeroBytes(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return {};
    const bool z0 = bytes.at(0) == 0, z1 = bytes.at(1) == 0, z2 = bytes.at(2) == 0,
               z3 = bytes.at(3) == 0;
    if (z0 && z1 && z2 && !z3)
        return QStringLiteral("UTF-32BE");
    if (!z0 && z1 && z2 && z3)
        return QStringLiteral("UTF-32LE");
    if (z0 && !z1 && z2 && !z3)
        return QStringLiteral("UTF-16BE");
    if (!z0 && z1 && !z2 && z3)
        return QStringLiteral("UTF-16LE");
    return {};
}

} // namespace

QString wideUnicodeEncoding(const QByteArray &bytes)
{
    // UTF-32LE's mark begins with UTF-16LE's, so the longer marks are tried first.
    if (startsWith(bytes, "\x00\x00\xFE\xFF", 4))
        return QStringLiteral("UTF-32BE");
    if (startsWith(bytes, "\xFF\xFE\x00\x00", 4))
        return QStringLiteral("UTF-32LE");
    if (startsWith(bytes, "\xFE\xFF", 2))
        return QStringLiteral("UTF-16BE");
    if (startsWith(bytes, "\xFF\xFE", 2))
        return QStringLiteral("UTF-16LE");
    return byZeroBytes(bytes);
}

QByteArray escapeByteOrderMarks(const QByteArray &json)
{
    static const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    if (!json.contains(bom))
        return json;
    QByteArray out;
    out.reserve(json.size() + 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString && c == '\\' && i + 1 < json.size()) {
            out += c;
            out += json.at(++i);
            continue;
        }
        if (c == '"')
            inString = !inString;
        if (inString && c == '\xEF' && QByteArrayView(json).sliced(i).startsWith(bom)) {
            out += "\\ufeff";
            i += 2;
            continue;
        }
        out += c;
    }
    return out;
}

QString wideEncodingRefusal(const QString &encoding)
{
    return QCoreApplication::translate(
               "DocumentReader",
               "It is %1 text; lead opportunity files are UTF-8, so save it as UTF-8 and open "
               "it again.")
        .arg(encoding);
}

} // namespace leadopp::core
