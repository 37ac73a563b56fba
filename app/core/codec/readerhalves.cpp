#include "core/codec/readerhalves.h"

#include "core/codec/bytewords.h"
#include "core/codec/jsonstringtoken.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QVarLengthArray>
#include <QtEndian>

namespace leadopp::core {

namespace {

using namespace bytewords;

// Deeper texts are parsed whole: no section lies that deep, and the walk keeps its
// containers on the stack.
constexpr qsizetype kMaxDepth = 64;

// Offset of the first quote, backslash or bracket in the eight bytes at `data`, or 8. '[' and
// '{' differ in one bit only, as do ']' and '}', so one test finds each pair.
int firstStructural(const uchar *data)
{
    const quint64 word = qFromLittleEndian<quint64>(data);
    const quint64 folded = word | (kOnes * 0x20);
    const quint64 marks = zeroBytes(word ^ (kOnes * '"')) | zeroBytes(word ^ (kOnes * '\\'))
        | zeroBytes(folded ^ (kOnes * '{')) | zeroBytes(folded ^ (kOnes * '}'));
    return marks == 0 ? 8 : int(qCountTrailingZeroBits(marks) / 8);
}

// The first quote, backslash or bracket at or after `at`, or where fewer than eight bytes
// are left.
qsizetype nextStructural(const uchar *data, qsizetype at, qsizetype size)
{
#if defined(__SSE2__)
    for (; at + 16 <= size; at += 16) {
        const __m128i bytes = loadSixteen(data + at);
        const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
        const __m128i marks
            = _mm_or_si128(_mm_or_si128(bytesEqual(bytes, '"'), bytesEqual(bytes, '\\')),
                           _mm_or_si128(bytesEqual(folded, '{'), bytesEqual(folded, '}')));
        if (const uint bits = markBits(marks))
            return at + qCountTrailingZeroBits(bits);
    }
#endif
    for (; at + 8 <= size; at += 8) {
        const int first = firstStructural(data + at);
        if (first < 8)
            return at + first;
    }
    return at;
}

qsizetype skipSpace(QByteArrayView json, qsizetype at)
{
    while (at < json.size()
           && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t'))
        ++at;
    return at;
}

// A container open at the point the walk has reached, and the member name it is the value
// of (when its parent is an object).
struct OpenContainer {
    bool isArray = false;
    StringToken name;
};

using OpenContainers = QVarLengthArray<OpenContainer, 16>;

// Only arrays whose ancestors are all objects, reached through names without escapes.
bool mayCutIn(const OpenContainers &open)
{
    if (open.size() < 2 || !open.last().isArray)
        return false;
    for (qsizetype level = 0; level + 1 < open.size(); ++level) {
        const StringToken &name = open[level + 1].name;
        if (open[level].isArray || name.escaped || name.begin < 0 || name.end < name.begin)
            return false;
    }
    return true;
}

TextCut cutThrough(QByteArrayView json, const OpenContainers &open)
{
    TextCut cut;
    for (qsizetype level = 0; level < open.size(); ++level) {
        const StringToken &name = open[level].name;
        if (level > 0) {
            const QByteArrayView spelt = json.sliced(name.begin, name.end - name.begin);
            cut.openers += '"' + spelt.toByteArray() + "\":";
            cut.path.append(QString::fromUtf8(spelt));
        }
        cut.openers += open[level].isArray ? '[' : '{';
        cut.closers.prepend(open[level].isArray ? ']' : '}');
    }
    return cut;
}

// The cut after the element that ends before `headEnd`, when one more object follows it.
std::optional<TextCut> cutAfter(QByteArrayView json, qsizetype headEnd, const OpenContainers &open)
{
    if (!mayCutIn(open))
        return std::nullopt;
    const qsizetype comma = skipSpace(json, headEnd);
    if (comma >= json.size() || json[comma] != ',')
        return std::nullopt;
    const qsizetype next = skipSpace(json, comma + 1);
    if (next >= json.size() || json[next] != '{')
        return std::nullopt;
    TextCut cut = cutThrough(json, open);
    cut.headEnd = headEnd;
    cut.tailBegin = comma + 1;
    return cut;
}

} // namespace

std::optional<TextCut> findCut(QByteArrayView json, qsizetype from)
{
    const auto *data = reinterpret_cast<const uchar *>(json.data());
    const qsizetype size = json.size();
    const qsizetype until = from + (size - from) * 3 / 4;
    OpenContainers open;
    StringToken string;
    qsizetype containers = 0;
    for (qsizetype i = 0; i < until; ++i) {
        i = nextStructural(data, i, size);
        if (i >= until)
            break;
        const uchar byte = data[i];
        if (byte == '"') {
            string.quoteAt(i);
        } else if (byte == '\\') {
            string.escapeAt(data, i, size);
        } else if (!string.open && (byte == '{' || byte == '[')) {
            if (open.size() == kMaxDepth)
                return std::nullopt;
            open.append({ byte == '[', string });
            ++containers;
        } else if (!string.open && (byte == '}' || byte == ']')) {
            if (open.isEmpty())
                return std::nullopt;
            open.removeLast();
            std::optional<TextCut> cut = i >= from ? cutAfter(json, i + 1, open) : std::nullopt;
            if (cut) {
                cut->headContainers = containers;
                return cut;
            }
        }
    }
    return std::nullopt;
}

QByteArray headText(QByteArrayView json, const TextCut &cut)
{
    QByteArray head;
    head.reserve(cut.headEnd + cut.closers.size());
    head.append(json.first(cut.headEnd)).append(cut.closers);
    return head;
}

QByteArray tailText(QByteArrayView json, const TextCut &cut)
{
    QByteArray tail;
    tail.reserve(cut.openers.size() + json.size() - cut.tailBegin);
    tail.append(cut.openers).append(json.sliced(cut.tailBegin));
    return tail;
}

std::optional<QJsonObject> joinHalves(QJsonObject head, const QJsonObject &tail,
                                      const QStringList &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const QString &name = path.first();
    for (auto member = tail.begin(); member != tail.end(); ++member) {
        const QString key = member.key();
        if (key == name)
            continue;
        if (head.contains(key))
            return std::nullopt;
        head.insert(key, member.value());
    }
    // Taken out so that the head's part is not shared, and grows without a copy.
    QJsonValue headPart = head.take(name);
    const QJsonValue tailPart = tail.value(name);
    if (path.size() == 1 && headPart.isArray() && tailPart.isArray()) {
        QJsonArray elements = headPart.toArray();
        headPart = QJsonValue();
        const QJsonArray more = tailPart.toArray();
        for (const QJsonValue &element : more)
            elements.append(element);
        head.insert(name, elements);
        return head;
    }
    if (path.size() == 1 || !headPart.isObject() || !tailPart.isObject())
        return std::nullopt;
    QJsonObject headObject = headPart.toObject();
    headPart = QJsonValue();
    const std::optional<QJsonObject> joined
        = joinHalves(std::move(headObject), tailPart.toObject(), path.mid(1));
    if (!joined)
        return std::nullopt;
    head.insert(name, *joined);
    return head;
}

} // namespace leadopp::core
