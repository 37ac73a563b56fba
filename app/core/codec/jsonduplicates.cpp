#include "core/codec/jsonduplicates.h"

#include "core/codec/bytewords.h"
#include "core/input/localenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QLocale>
#include <QVarLengthArray>
#include <algorithm>
#include <cstring>

namespace leadopp::core {

namespace {

constexpr int kMaxWarnings = 50;

// Every draft is scanned on open and on every CLI read, so the scan allocates nothing for a
// member name without escapes: names are views into the text, compared byte for byte, and a
// path is spelled only for an object that has a duplicate.
struct Frame {
    bool object = false;
    bool expectKey = true;
    bool duplicated = false;
    int index = 0;
    QByteArrayView key;                       ///< the member whose value comes next
    QVarLengthArray<QByteArrayView, 16> keys; ///< every member name, in order, repeats included
    QList<QByteArray> decoded;                ///< owns the names that had escapes
};

// The offset after the closing quote of the string token starting at `begin` (a quote).
qsizetype stringEnd(QByteArrayView json, qsizetype begin)
{
    const char *data = json.data();
    const qsizetype size = json.size();
    for (qsizetype i = begin + 1; i < size; ++i) {
        const void *stop = std::memchr(data + i, '"', size_t(size - i));
        if (!stop)
            return size;
        const qsizetype quote = static_cast<const char *>(stop) - data;
        qsizetype slashes = 0;
        while (quote - slashes - 1 > begin && data[quote - slashes - 1] == '\\')
            ++slashes;
        if (slashes % 2 == 0)
            return quote + 1;
        i = quote;
    }
    return size;
}

// The name a member token spells (without its quotes), decoded only when it has escapes:
// "a\u0062" and "ab" are the same member.
QByteArrayView memberName(Frame &frame, QByteArrayView token)
{
    if (token.size() < 2) // text that parsed as JSON has its quotes; kept safe all the same
        return token;
    const QByteArrayView inner = token.sliced(1, token.size() - 2);
    if (!inner.contains('\\'))
        return inner;
    const QByteArray quoted = '[' + token.toByteArray() + ']';
    frame.decoded.append(QJsonDocument::fromJson(quoted).array().at(0).toString().toUtf8());
    return frame.decoded.constLast();
}

void onKey(Frame &frame, QByteArrayView name)
{
    frame.duplicated = frame.duplicated || frame.keys.contains(name);
    frame.keys.append(name);
    frame.key = name;
    frame.expectKey = false;
}

// "offerLines[1]" for the frame above `depth` open frames: the parents still hold the
// member or index the child sits at.
QString pathTo(const QList<Frame> &stack, qsizetype depth)
{
    QString path;
    for (qsizetype level = 0; level < depth; ++level) {
        const Frame &parent = stack.at(level);
        if (!parent.object)
            path += u'[' + QString::number(parent.index) + u']';
        else
            path += (path.isEmpty() ? QString() : QString(u'.')) + QString::fromUtf8(parent.key);
    }
    return path;
}

void reportDuplicates(const Frame &frame, const QString &path, QStringList &warnings)
{
    QList<QByteArrayView> seen;
    for (const QByteArrayView name : frame.keys) {
        const auto count = std::count(frame.keys.cbegin(), frame.keys.cend(), name);
        if (count < 2 || seen.contains(name) || warnings.size() >= kMaxWarnings)
            continue;
        seen.append(name);
        const QString where = path.isEmpty()
            ? QCoreApplication::translate("DocumentReader", "the top level")
            : path;
        warnings.append(
            QCoreApplication::translate(
                "DocumentReader", "The member “%1” occurs %2 times in %3; the last value is kept.")
                .arg(QString::fromUtf8(name))
                .arg(count)
                .arg(where));
    }
}

void closeFrame(QList<Frame> &stack, QStringList &warnings, bool duplicates)
{
    if (stack.isEmpty())
        return;
    if (duplicates && stack.constLast().duplicated)
        reportDuplicates(stack.constLast(), pathTo(stack, stack.size() - 1), warnings);
    stack.removeLast();
}

bool isNumberByte(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// The number token at `begin` (outside any string); warns when the double it parses to
// lacks some of its digits. Returns the offset after it.
qsizetype checkNumber(const QByteArray &json, qsizetype begin, const QList<Frame> &stack,
                      QStringList &warnings)
{
    qsizetype end = begin;
    while (end < json.size() && isNumberByte(json.at(end)))
        ++end;
    const QString literal = QString::fromLatin1(json.mid(begin, end - begin));
    bool ok = false;
    const double value = QLocale::c().toDouble(literal, &ok);
    if (ok && !holdsEveryDigit(literal, value) && warnings.size() < kMaxWarnings) {
        const QString where = pathTo(stack, stack.size());
        warnings.append(
            QCoreApplication::translate(
                "DocumentReader",
                "The number %1 in %2 has more digits than a number holds; it is "
                "read, saved and sent as %3.")
                .arg(literal,
                     where.isEmpty()
                         ? QCoreApplication::translate("DocumentReader", "the top level")
                         : where,
                     QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest)));
    }
    return end;
}

// One walk for both checks: member names given twice (`duplicates`), numbers a double
// cannot hold (`numbers`).
QStringList walkText(const QByteArray &json, bool duplicates, bool numbers)
{
    QStringList warnings;
    QList<Frame> stack;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size;) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            stack.emplaceBack().object = c == '{';
            ++i;
        } else if (c == '}' || c == ']') {
            closeFrame(stack, warnings, duplicates);
            ++i;
        } else if (numbers && (c == '-' || (c >= '0' && c <= '9'))) {
            i = checkNumber(json, i, stack, warnings);
        } else if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey)
                onKey(stack.last(),
                      memberName(stack.last(), QByteArrayView(json).sliced(i, end - i)));
            i = end;
        } else if (c == ',' && !stack.isEmpty()) {
            stack.last().expectKey = true;
            ++stack.last().index;
            ++i;
        } else {
            ++i;
        }
    }
    return warnings;
}

} // namespace

QStringList duplicateMemberWarnings(const QByteArray &json)
{
    return walkText(json, true, false);
}

// Sixteen digits and points in a row is where a double may start to lose a digit (a
// number's digits stand together, its point among them); a run in a string only costs the
// walk that says it was nothing. Every text read is asked, sixteen bytes at a time: a run
// that long fills a block, or ends one and starts the next.
bool mayHoldInexactNumber(QByteArrayView json)
{
    constexpr int kRun = 16;
    const auto *data = reinterpret_cast<const uchar *>(json.data());
    const qsizetype size = json.size();
    int run = 0; // digits and points that end the bytes before `at`
    qsizetype at = 0;
#if defined(__SSE2__)
    using namespace bytewords;
    for (; at + 16 <= size; at += 16) {
        const __m128i bytes = loadSixteen(data + at);
        const __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
        const __m128i digits = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(9)), offset);
        const uint marks = markBits(_mm_or_si128(digits, bytesEqual(bytes, '.')));
        if (marks == 0xFFFF || run + qCountTrailingZeroBits(~marks) >= kRun)
            return true;
        run = int(qCountLeadingZeroBits(quint16(~marks)));
    }
#endif
    for (; at < size; ++at) {
        const uchar c = data[at];
        run = (c >= '0' && c <= '9') || c == '.' ? run + 1 : 0;
        if (run >= kRun)
            return true;
    }
    return false;
}

QStringList inexactNumberWarnings(const QByteArray &json)
{
    return walkText(json, false, true);
}

} // namespace leadopp::core
