#include "core/codec/readerhalves.h"

#include "core/codec/bytewords.h"
#include "core/codec/jsonstringtoken.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QVarLengthArray>

namespace leadopp::core {

namespace {

using namespace bytewords;

bool isStructural(uchar byte)
{
    return byte == '"' || byte == '\\' || byte == '{' || byte == '}' || byte == '[' || byte == ']';
}

// Deeper texts are parsed whole: no section lies that deep, and the walk keeps its
// containers on the stack.
constexpr qsizetype kMaxDepth = 64;

// The quotes, backslashes and brackets among the sixteen bytes at `data`, as bit n for byte
// n. '[' and '{' differ in one bit only, as do ']' and '}', so one test finds each pair.
uint structuralBits(const uchar *data)
{
#if defined(__SSE2__)
    const __m128i bytes = loadSixteen(data);
    const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    const __m128i marks
        = _mm_or_si128(_mm_or_si128(bytesEqual(bytes, '"'), bytesEqual(bytes, '\\')),
                       _mm_or_si128(bytesEqual(folded, '{'), bytesEqual(folded, '}')));
    return markBits(marks);
#else
    uint bits = 0;
    for (int k = 0; k < 16; ++k)
        bits |= uint(isStructural(data[k])) << k;
    return bits;
#endif
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

// The walk to the cut over the quotes, backslashes and brackets of a text, in order: the
// containers open at each byte, and the string token the walk is in.
class CutWalk final
{
public:
    CutWalk(QByteArrayView json, qsizetype from) : m_json(json), m_from(from) { }

    /// The byte at `at` (a backslash in a string steps `at` over the byte it escapes); false
    /// once the cut is found or the text shows there is none.
    bool take(qsizetype &at)
    {
        const auto *data = reinterpret_cast<const uchar *>(m_json.data());
        const uchar byte = data[at];
        if (byte == '"')
            m_string.quoteAt(at);
        else if (byte == '\\')
            m_string.escapeAt(data, at, m_json.size());
        else if (!m_string.open && (byte == '{' || byte == '['))
            return open(byte == '[');
        else if (!m_string.open)
            return close(at);
        return true;
    }

    std::optional<TextCut> cut() const { return m_cut; }

private:
    bool open(bool isArray)
    {
        if (m_open.size() == kMaxDepth)
            return false;
        m_open.append({ isArray, m_string });
        ++m_containers;
        return true;
    }

    // A closing bracket at `at`: the cut may follow the element it ends.
    bool close(qsizetype at)
    {
        if (m_open.isEmpty())
            return false;
        m_open.removeLast();
        m_cut = at >= m_from ? cutAfter(m_json, at + 1, m_open) : std::nullopt;
        if (m_cut)
            m_cut->headContainers = m_containers;
        return !m_cut;
    }

    QByteArrayView m_json;
    qsizetype m_from;
    OpenContainers m_open;
    StringToken m_string;
    qsizetype m_containers = 0;
    std::optional<TextCut> m_cut;
};

} // namespace

std::optional<TextCut> findCut(QByteArrayView json, qsizetype from)
{
    CutWalk walk(json, from);
    const qsizetype until = from + (json.size() - from) * 3 / 4;
    forEachMarked(reinterpret_cast<const uchar *>(json.data()), until, structuralBits, isStructural,
                  [&walk](qsizetype &at) { return walk.take(at); });
    return walk.cut();
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
