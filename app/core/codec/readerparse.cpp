#include "core/codec/readerparse.h"

#include "core/codec/jsonduplicates.h"
#include "core/codec/readerencoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace leadopp::core {

namespace {

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the sequence a lead byte starts and the allowed range of its second byte;
// the narrowed ranges reject overlong forms, surrogates and code points past U+10FFFF.
struct Lead {
    int length;
    uchar low;
    uchar high;
};

Lead leadOf(uchar byte)
{
    if (byte < 0x80)
        return { 1, 0, 0 };
    if (byte >= 0xC2 && byte <= 0xDF)
        return { 2, 0x80, 0xBF };
    if (byte == 0xE0)
        return { 3, 0xA0, 0xBF };
    if (byte == 0xED)
        return { 3, 0x80, 0x9F };
    if (byte >= 0xE1 && byte <= 0xEF)
        return { 3, 0x80, 0xBF };
    if (byte == 0xF0)
        return { 4, 0x90, 0xBF };
    if (byte >= 0xF1 && byte <= 0xF3)
        return { 4, 0x80, 0xBF };
    if (byte == 0xF4)
        return { 4, 0x80, 0x8F };
    return { 0, 0, 0 };
}

// 1-based line and column (in characters) of a byte offset.
QString position(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const uchar byte = uchar(bytes.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if (!isContinuation(byte)) {
            ++column;
        }
    }
    return QCoreApplication::translate("DocumentReader", "Line %1, column %2")
        .arg(line)
        .arg(column);
}

QString sizeError(qsizetype size)
{
    return QCoreApplication::translate(
               "DocumentReader",
               "The file is too large (%1 MB); a lead opportunity file holds at most %2 MB.")
        .arg(double(size) / (1024 * 1024), 0, 'f', 1)
        .arg(kMaxDocumentBytes / (1024 * 1024));
}

// Qt reports a lone scalar as "illegal value"; the first character says what it was.
QString notAnObject(char first)
{
    if (first == '[')
        return QCoreApplication::translate(
            "DocumentReader", "The file holds a JSON array, not a lead opportunity object.");
    if (first == '"')
        return QCoreApplication::translate(
            "DocumentReader", "The file holds a single JSON text, not a lead opportunity object.");
    if (first == '-' || (first >= '0' && first <= '9'))
        return QCoreApplication::translate(
            "DocumentReader",
            "The file holds a single JSON number, not a lead opportunity object.");
    if (first == 't' || first == 'f' || first == 'n')
        return QCoreApplication::translate(
            "DocumentReader", "The file holds a single JSON value, not a lead opportunity object.");
    return QString();
}

ParsedObject failure(const QString &error)
{
    ParsedObject result;
    result.error = error;
    return result;
}

ParsedObject parseJson(const QByteArray &data)
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return failure(QCoreApplication::translate("DocumentReader", "The file is empty."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (document.isObject()) {
        ParsedObject result;
        result.ok = true;
        result.object = document.object();
        return result;
    }
    // Whatever follows, a file that does not open an object is not a record.
    const QString notObject = notAnObject(document.isArray() ? '[' : trimmed.at(0));
    if (!notObject.isEmpty())
        return failure(notObject);
    // Qt reports the offset after the offending character, except for trailing garbage.
    const qsizetype offset = parseError.error == QJsonParseError::GarbageAtEnd
        ? parseError.offset
        : parseError.offset - 1;
    return failure(QCoreApplication::translate("DocumentReader", "%1: %2.")
                       .arg(position(data, offset), parseError.errorString()));
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const Lead lead = leadOf(data[i]);
        if (lead.length == 0 || i + lead.length > size || data[i + 1] < lead.low
            || data[i + 1] > lead.high)
            return i;
        for (int k = 2; k < lead.length; ++k) {
            if (!isContinuation(data[i + k]))
                return i;
        }
        i += lead.length;
    }
    return -1;
}

ParsedObject parseObjectBytes(const QByteArray &bytes)
{
    if (bytes.size() > kMaxDocumentBytes)
        return failure(sizeError(bytes.size()));
    const QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QString wide = wideUnicodeEncoding(data);
    const qsizetype invalid = firstInvalidUtf8(data);
    if (invalid >= 0) {
        const QString sentence
            = QCoreApplication::translate("DocumentReader",
                                          "%1: the file is not UTF-8 text (invalid byte 0x%2).")
                  .arg(position(data, invalid))
                  .arg(uchar(data.at(invalid)), 2, 16, QLatin1Char('0'));
        return failure(wide.isEmpty() ? sentence : sentence + u' ' + wideEncodingRefusal(wide));
    }
    if (!wide.isEmpty()) // valid UTF-8 by accident ("{\0}\0"): still not a UTF-8 file
        return failure(QCoreApplication::translate("DocumentReader", "The file is not UTF-8 text.")
                       + u' ' + wideEncodingRefusal(wide));
    ParsedObject parsed = parseJson(escapeByteOrderMarks(data));
    if (parsed.ok) {
        parsed.warnings = duplicateMemberWarnings(data);
    }
    return parsed;
}

} // namespace leadopp::core
