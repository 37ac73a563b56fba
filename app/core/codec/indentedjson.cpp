#include "core/codec/indentedjson.h"

#include "core/codec/shortestreal.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace leadopp::core {

namespace {

// The text written so far: `used` bytes of `bytes`, which grows by doubling so that each
// piece is written in place through a pointer.
class Output
{
public:
    explicit Output(qsizetype expectedSize) { bytes.resize(std::max<qsizetype>(expectedSize, 64)); }

    /// Room for `count` more bytes; write them, then advance() to the end of what was written.
    char *reserve(qsizetype count)
    {
        if (used + count > bytes.size())
            bytes.resize(std::max(bytes.size() * 2, used + count));
        return bytes.data() + used;
    }
    void advance(const char *end) { used = end - bytes.constData(); }
    void append(const char *text, qsizetype length)
    {
        std::memcpy(reserve(length), text, size_t(length));
        used += length;
    }
    void append(const char *text) { append(text, qsizetype(std::strlen(text))); }
    void indent(int depth)
    {
        const qsizetype count = 4 * qsizetype(depth);
        std::memset(reserve(count), ' ', size_t(count));
        used += count;
    }
    QByteArray take()
    {
        bytes.resize(used);
        return std::move(bytes);
    }

private:
    QByteArray bytes;
    qsizetype used = 0;
};

char hexDigitChar(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char *writeUnicodeEscape(char16_t unit, char *at)
{
    *at++ = '\\';
    *at++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *at++ = hexDigitChar((unit >> shift) & 0xF);
    return at;
}

// An ASCII code unit as JSON writes it: quote, backslash and control characters escaped,
// the short forms where JSON has one.
char *writeAscii(char16_t unit, char *at)
{
    if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
        *at++ = char(unit);
        return at;
    }
    static constexpr char kShortForms[][2]
        = { { '"', '"' },  { '\\', '\\' }, { '\b', 'b' }, { '\f', 'f' },
            { '\n', 'n' }, { '\r', 'r' },  { '\t', 't' } };
    for (const auto &form : kShortForms) {
        if (unit == char16_t(form[0])) {
            *at++ = '\\';
            *at++ = form[1];
            return at;
        }
    }
    return writeUnicodeEscape(unit, at);
}

char *writeUtf8(char32_t code, char *at)
{
    if (code < 0x800) {
        *at++ = char(0xC0 | (code >> 6));
    } else if (code < 0x10000) {
        *at++ = char(0xE0 | (code >> 12));
        *at++ = char(0x80 | ((code >> 6) & 0x3F));
    } else {
        *at++ = char(0xF0 | (code >> 18));
        *at++ = char(0x80 | ((code >> 12) & 0x3F));
        *at++ = char(0x80 | ((code >> 6) & 0x3F));
    }
    *at++ = char(0x80 | (code & 0x3F));
    return at;
}

// Copies the code units from `unit` on, eight at a time, while they are ASCII that JSON
// writes as it is (no quote, backslash or control character), as one byte each; returns the
// first unit not copied. Names and most values are such runs. `at` has room for eight bytes
// beyond each unit copied.
const char16_t *copyPlainAscii(const char16_t *unit, [[maybe_unused]] const char16_t *end,
                               [[maybe_unused]] char *&at)
{
#if defined(__SSE2__)
    while (end - unit >= 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(unit));
        const __m128i ascii
            = _mm_cmpeq_epi16(_mm_and_si128(units, _mm_set1_epi16(-0x80)), _mm_setzero_si128());
        const __m128i escaped
            = _mm_or_si128(_mm_cmplt_epi16(units, _mm_set1_epi16(0x20)),
                           _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16('"')),
                                        _mm_cmpeq_epi16(units, _mm_set1_epi16('\\'))));
        // Two bits per unit that is not written as it is.
        const uint special = uint(_mm_movemask_epi8(_mm_andnot_si128(escaped, ascii))) ^ 0xFFFFu;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(at), _mm_packus_epi16(units, units));
        const int plain = special == 0 ? 8 : int(qCountTrailingZeroBits(special) / 2);
        unit += plain;
        at += plain;
        if (plain < 8)
            break;
    }
#endif
    return unit;
}

// A string in quotes, as UTF-8; a lone surrogate cannot be UTF-8 and is written as its
// escape, as Qt does.
void writeString(Output &out, const QString &text)
{
    const char16_t *unit = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = unit + text.size();
    // "\uXXXX" is the longest form of a unit; eight more bytes for the last run's copy.
    char *at = out.reserve(6 * text.size() + 10);
    *at++ = '"';
    while ((unit = copyPlainAscii(unit, end, at)) != end) {
        const char16_t code = *unit++;
        if (code < 0x80)
            at = writeAscii(code, at);
        else if (!QChar::isSurrogate(code))
            at = writeUtf8(code, at);
        else if (QChar::isHighSurrogate(code) && unit != end && QChar::isLowSurrogate(*unit))
            at = writeUtf8(QChar::surrogateToUcs4(code, *unit++), at);
        else
            at = writeUnicodeEscape(code, at);
    }
    *at++ = '"';
    out.advance(at);
}

// Integers as their digits; other numbers in Qt's shortest form ("0.1", "1e+21", "-0");
// infinities and NaN, which JSON cannot spell, as null.
void writeNumber(Output &out, const QJsonValue &value)
{
    const QCborValue number = QCborValue::fromJsonValue(value);
    if (number.isInteger()) {
        char *at = out.reserve(24);
        out.advance(std::to_chars(at, at + 24, number.toInteger()).ptr);
        return;
    }
    const double real = number.toDouble();
    if (std::isfinite(real))
        out.advance(writeShortestReal(real, out.reserve(kMaxShortestRealLength)));
    else
        out.append("null");
}

void writeValue(Output &out, const QJsonValue &value, int depth);

// The members `filter` keeps of one row, as writeObject() writes the object they make.
void writeFilteredRow(Output &out, const QJsonObject &row, const RowMemberFilter &filter, int depth)
{
    const char *separator = "\n";
    out.append("{", 1);
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString name = it.key();
        const QJsonValue value = filter(name, it.value());
        if (value.isUndefined())
            continue;
        out.append(separator);
        separator = ",\n";
        out.indent(depth + 1);
        writeString(out, name);
        out.append(": ", 2);
        writeValue(out, value, depth + 1);
    }
    out.append("\n", 1);
    out.indent(depth);
    out.append("}", 1);
}

void writeFilteredRows(Output &out, const QJsonArray &rows, const RowMemberFilter &filter,
                       int depth)
{
    out.append("[\n", 2);
    for (auto it = rows.begin(); it != rows.end();) {
        out.indent(depth + 1);
        if ((*it).isObject())
            writeFilteredRow(out, (*it).toObject(), filter, depth + 1);
        else
            writeValue(out, *it, depth + 1);
        ++it;
        out.append(it == rows.end() ? "\n" : ",\n");
    }
    out.indent(depth);
    out.append("]", 1);
}

// `rowFilters`: those of the top level, whose array members named there are written through
// them; none below.
void writeObject(Output &out, const QJsonObject &object, int depth,
                 const RowFilters *rowFilters = nullptr)
{
    out.append("{\n", 2);
    for (auto it = object.begin(); it != object.end();) {
        out.indent(depth + 1);
        const QString name = it.key();
        writeString(out, name);
        out.append(": ", 2);
        const auto filter = rowFilters ? rowFilters->constFind(name) : RowFilters::const_iterator();
        if (rowFilters && filter != rowFilters->cend() && it.value().isArray())
            writeFilteredRows(out, it.value().toArray(), *filter, depth + 1);
        else
            writeValue(out, it.value(), depth + 1);
        ++it;
        out.append(it == object.end() ? "\n" : ",\n");
    }
    out.indent(depth);
    out.append("}", 1);
}

void writeArray(Output &out, const QJsonArray &array, int depth)
{
    out.append("[\n", 2);
    for (auto it = array.begin(); it != array.end();) {
        out.indent(depth + 1);
        writeValue(out, *it, depth + 1);
        ++it;
        out.append(it == array.end() ? "\n" : ",\n");
    }
    out.indent(depth);
    out.append("]", 1);
}

void writeValue(Output &out, const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        writeNumber(out, value);
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray(), depth);
        break;
    case QJsonValue::Object:
        writeObject(out, value.toObject(), depth);
        break;
    default:
        out.append("null");
    }
}

} // namespace

QByteArray toIndentedJson(const QJsonObject &object, qsizetype expectedSize)
{
    Output out(expectedSize);
    writeObject(out, object, 0);
    out.append("\n", 1);
    return out.take();
}

QByteArray toIndentedJson(const QJsonObject &object, const RowFilters &rowFilters,
                          qsizetype expectedSize)
{
    Output out(expectedSize);
    writeObject(out, object, 0, &rowFilters);
    out.append("\n", 1);
    return out.take();
}

} // namespace leadopp::core
