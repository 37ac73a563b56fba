#include "core/codec/readerscan.h"

#include "core/codec/bytewords.h"
#include "core/codec/jsonstringtoken.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QtEndian>
#include <array>

namespace leadopp::core {

namespace {

using namespace bytewords;

// Every draft is scanned on open and on every CLI read. Eight bytes at a time are tested
// for the kinds that matter (quote, backslash, colon, bracket, NUL, non-ASCII), so the plain
// text between them, most of any draft, costs a few operations per word.
enum ByteClass : unsigned char { Plain, Quote, Backslash, Colon, Opening, Nul, NonAscii };

constexpr std::array<unsigned char, 256> byteClasses()
{
    std::array<unsigned char, 256> classes {};
    for (int byte = 0x80; byte < 0x100; ++byte)
        classes[byte] = NonAscii;
    classes['"'] = Quote;
    classes['\\'] = Backslash;
    classes[':'] = Colon;
    classes['{'] = Opening;
    classes['['] = Opening;
    classes[0] = Nul;
    return classes;
}

constexpr std::array<unsigned char, 256> kByteClasses = byteClasses();

// Offset of the first byte that is not Plain in the eight at `data`, or 8. '[' and '{'
// differ in one bit only, so one test finds both; a NUL byte is a zero byte of the word.
int firstSignificant(const uchar *data)
{
    const quint64 word = qFromLittleEndian<quint64>(data);
    const quint64 marks = (word & kHighBits) | zeroBytes(word ^ (kOnes * '"'))
        | zeroBytes(word ^ (kOnes * '\\')) | zeroBytes(word ^ (kOnes * ':'))
        | zeroBytes((word | (kOnes * 0x20)) ^ (kOnes * '{')) | zeroBytes(word);
    return marks == 0 ? 8 : int(qCountTrailingZeroBits(marks) / 8);
}

// The first byte at or after `at` that is not Plain, or where fewer than eight bytes are left.
qsizetype nextSignificant(const uchar *data, qsizetype at, qsizetype size)
{
#if defined(__SSE2__)
    for (; at + 16 <= size; at += 16) {
        const __m128i bytes = loadSixteen(data + at);
        const __m128i brackets = bytesEqual(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), '{');
        const __m128i marks = _mm_or_si128(
            _mm_or_si128(bytesEqual(bytes, '"'), bytesEqual(bytes, '\\')),
            _mm_or_si128(_mm_or_si128(bytesEqual(bytes, ':'), brackets), bytesEqual(bytes, 0)));
        // The high bit of a byte marks it NonAscii.
        if (const uint bits = markBits(marks) | markBits(bytes))
            return at + qCountTrailingZeroBits(bits);
    }
#endif
    for (; at + 8 <= size; at += 8) {
        const int first = firstSignificant(data + at);
        if (first < 8)
            return at + first;
    }
    return at;
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

// Length of the well-formed sequence at `at`, or 0 when it is not one.
int sequenceLength(const uchar *data, qsizetype at, qsizetype size)
{
    const Lead lead = leadOf(data[at]);
    if (lead.length == 0 || at + lead.length > size || data[at + 1] < lead.low
        || data[at + 1] > lead.high)
        return 0;
    for (int k = 2; k < lead.length; ++k) {
        if (!isUtf8Continuation(data[at + k]))
            return 0;
    }
    return lead.length;
}

int hexDigit(uchar byte)
{
    if (byte >= '0' && byte <= '9')
        return byte - '0';
    const uchar lower = byte | 0x20;
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

// True when the escape whose backslash is at `at` is \u0000 or a surrogate (\uD800-\uDFFF).
// A malformed escape is left to the parser, which refuses it.
bool escapesFlawedUnit(const uchar *data, qsizetype at, qsizetype size)
{
    if (at + 5 >= size || data[at + 1] != 'u')
        return false;
    int unit = 0;
    for (int k = 2; k < 6; ++k) {
        const int digit = hexDigit(data[at + k]);
        if (digit < 0)
            return false;
        unit = unit * 16 + digit;
    }
    return unit == 0 || (unit >= 0xD800 && unit <= 0xDFFF);
}

bool isByteOrderMark(const uchar *data, qsizetype at)
{
    return data[at] == 0xEF && data[at + 1] == 0xBB && data[at + 2] == 0xBF;
}

// Steps `at` to the last byte of the UTF-8 sequence it starts, or records it as the first
// invalid byte and returns false.
bool skipSequence(const uchar *data, qsizetype &at, qsizetype size, TextScan &scan)
{
    const int length = sequenceLength(data, at, size);
    if (length == 0) {
        scan.invalidUtf8 = at;
        return false;
    }
    scan.hasByteOrderMark = scan.hasByteOrderMark || (length == 3 && isByteOrderMark(data, at));
    at += length - 1;
    return true;
}

// The distinct member names of a text: a draft spells a few dozen names thousands of times,
// and a set of views into the text answers each colon without a copy.
class MemberNames final
{
public:
    explicit MemberNames(TextScan &scan) : m_scan(scan) { }

    /// A colon outside strings: one member more, named by the last string.
    void add(QByteArrayView json, const StringToken &last)
    {
        ++m_scan.memberColons;
        if (last.begin < 0 || last.end < last.begin) // not JSON; the parser says so
            return;
        if (last.escaped) {
            m_scan.memberNameEscaped = true;
            return;
        }
        const QByteArrayView name = json.sliced(last.begin, last.end - last.begin);
        if (m_seen.contains(name))
            return;
        m_seen.insert(name);
        m_scan.memberNames.append(name);
    }

private:
    TextScan &m_scan;
    QSet<QByteArrayView> m_seen;
};

// One level of the tree: its objects' members are counted, and its containers make up the
// next level only while the text still has containers the walk has not met. Once all are
// met (usually at the rows), the values below are not asked their type at all.
qsizetype countLevel(const QList<QJsonValue> &level, qsizetype &unmet, QList<QJsonValue> &next)
{
    qsizetype members = 0;
    for (const QJsonValue &container : level) {
        if (container.isObject()) {
            const QJsonObject object = container.toObject();
            members += object.size();
            for (auto it = object.begin(); unmet > 0 && it != object.end(); ++it) {
                if (it.value().isObject() || it.value().isArray()) {
                    next.append(it.value());
                    --unmet;
                }
            }
            continue;
        }
        const QJsonArray array = container.toArray();
        for (auto it = array.begin(); unmet > 0 && it != array.end(); ++it) {
            if ((*it).isObject() || (*it).isArray()) {
                next.append(*it);
                --unmet;
            }
        }
    }
    return members;
}

} // namespace

TextScan scanText(QByteArrayView json)
{
    TextScan scan;
    const auto *data = reinterpret_cast<const uchar *>(json.data());
    const qsizetype size = json.size();
    StringToken string;
    MemberNames names(scan);
    for (qsizetype i = 0; i < size; ++i) {
        i = nextSignificant(data, i, size);
        if (i >= size)
            break;
        switch (kByteClasses[data[i]]) {
        case Plain:
            break;
        case Quote:
            string.quoteAt(i);
            break;
        case Backslash:
            scan.mayHoldFlawedText = scan.mayHoldFlawedText || escapesFlawedUnit(data, i, size);
            string.escapeAt(data, i, size);
            break;
        case Colon:
            if (!string.open)
                names.add(json, string);
            break;
        case Opening:
            scan.containers += string.open ? 0 : 1;
            break;
        case Nul: // the parser takes raw control bytes in strings as they are
            scan.mayHoldFlawedText = true;
            break;
        default:
            if (!skipSequence(data, i, size, scan))
                return scan;
        }
    }
    return scan;
}

qsizetype memberCount(const QJsonObject &object, qsizetype containers)
{
    qsizetype unmet = containers - 1;
    qsizetype members = 0;
    QList<QJsonValue> level { object };
    while (!level.isEmpty()) {
        QList<QJsonValue> next;
        members += countLevel(level, unmet, next);
        level.swap(next);
    }
    return members;
}

} // namespace leadopp::core
