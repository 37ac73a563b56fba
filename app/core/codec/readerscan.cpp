#include "core/codec/readerscan.h"

#include "core/codec/bytewords.h"
#include "core/codec/jsonstringtoken.h"
#include "core/codec/namerepeats.h"

#include <QList>
#include <QSet>
#include <array>

namespace leadopp::core {

namespace {

using namespace bytewords;

// Every draft is scanned on open and on every CLI read. Sixteen bytes at a time are tested
// for the kinds that matter (quote, backslash, colon, bracket, NUL, non-ASCII), so the plain
// text between them, most of any draft, costs a few operations per block.
enum ByteClass : unsigned char { Plain, Quote, Backslash, Colon, Opening, Closing, Nul, NonAscii };

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
    classes['}'] = Closing;
    classes[']'] = Closing;
    classes[0] = Nul;
    return classes;
}

constexpr std::array<unsigned char, 256> kByteClasses = byteClasses();

// The bytes of the sixteen at `data` that are not Plain, as bit n for byte n. The walk takes
// them one after the other from the one mask, so a text dense with quotes and colons is
// tested sixteen bytes at a time, not again from each byte the walk stopped at.
uint significantBits(const uchar *data)
{
#if defined(__SSE2__)
    const __m128i bytes = loadSixteen(data);
    const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20)); // '[' and ']' as '{', '}'
    const __m128i brackets = _mm_or_si128(bytesEqual(folded, '{'), bytesEqual(folded, '}'));
    const __m128i marks = _mm_or_si128(
        _mm_or_si128(bytesEqual(bytes, '"'), bytesEqual(bytes, '\\')),
        _mm_or_si128(_mm_or_si128(bytesEqual(bytes, ':'), brackets), bytesEqual(bytes, 0)));
    // The high bit of a byte marks it NonAscii.
    return markBits(marks) | markBits(bytes);
#else
    uint bits = 0;
    for (int k = 0; k < 16; ++k)
        bits |= uint(kByteClasses[data[k]] != Plain) << k;
    return bits;
#endif
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

// The walk over the bytes that are not Plain, in order, with the string token it is in.
class ScanWalk final
{
public:
    ScanWalk(QByteArrayView json, TextScan &scan)
        : m_json(json), m_data(reinterpret_cast<const uchar *>(json.data())), m_scan(scan),
          m_names(scan)
    { }

    /// The byte at `at`, which may step `at` over the rest of its UTF-8 sequence or escape;
    /// false when the text is not UTF-8 there, which ends the scan.
    bool take(qsizetype &at)
    {
        const qsizetype size = m_json.size();
        switch (kByteClasses[m_data[at]]) {
        case Plain:
            break;
        case Quote:
            m_string.quoteAt(at);
            break;
        case Backslash:
            m_scan.mayHoldFlawedText
                = m_scan.mayHoldFlawedText || escapesFlawedUnit(m_data, at, size);
            m_string.escapeAt(m_data, at, size);
            break;
        case Colon:
            if (!m_string.open)
                addName();
            break;
        case Opening:
            if (!m_string.open) {
                ++m_scan.containers;
                m_repeats.open(m_data[at] == '{');
            }
            break;
        case Closing:
            if (!m_string.open)
                m_repeats.close();
            break;
        case Nul: // the parser takes raw control bytes in strings as they are
            m_scan.mayHoldFlawedText = true;
            break;
        default:
            return skipSequence(m_data, at, size, m_scan);
        }
        return true;
    }

    bool namesMayRepeat() const { return m_repeats.mayRepeat(); }

private:
    // A colon outside strings: the last string names a member.
    void addName()
    {
        m_names.add(m_json, m_string);
        if (m_string.begin < 0 || m_string.end < m_string.begin || m_string.escaped)
            m_repeats.unreadableName();
        else
            m_repeats.name(m_json.sliced(m_string.begin, m_string.end - m_string.begin));
    }

    QByteArrayView m_json;
    const uchar *m_data;
    TextScan &m_scan;
    StringToken m_string;
    MemberNames m_names;
    NameRepeatWatch m_repeats;
};

} // namespace

TextScan scanText(QByteArrayView json)
{
    TextScan scan;
    ScanWalk walk(json, scan);
    forEachMarked(
        reinterpret_cast<const uchar *>(json.data()), json.size(), significantBits,
        [](uchar byte) { return kByteClasses[byte] != Plain; },
        [&walk](qsizetype &at) { return walk.take(at); });
    scan.namesMayRepeat = walk.namesMayRepeat();
    return scan;
}

} // namespace leadopp::core
