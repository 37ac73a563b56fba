#include "core/codec/readerparse.h"

#include "core/codec/jsonduplicates.h"
#include "core/codec/readerencoding.h"
#include "core/codec/readerhalves.h"
#include "core/codec/readerscan.h"
#include "core/codec/recordnormaliser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>

#include <future>
#include <memory>

namespace leadopp::core {

namespace {

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
        } else if (!isUtf8Continuation(byte)) {
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

// The first character that is not JSON whitespace, or 0 when there is none.
char firstSignificant(const QByteArray &data)
{
    for (const char c : data) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return c;
    }
    return 0;
}

ParsedObject parseJson(const QByteArray &data)
{
    const char first = firstSignificant(data);
    if (first == 0)
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
    const QString notObject = notAnObject(document.isArray() ? '[' : first);
    if (!notObject.isEmpty())
        return failure(notObject);
    // Qt reports the offset after the offending character, except for trailing garbage.
    const qsizetype offset = parseError.error == QJsonParseError::GarbageAtEnd
        ? parseError.offset
        : parseError.offset - 1;
    return failure(QCoreApplication::translate("DocumentReader", "%1: %2.")
                       .arg(position(data, offset), parseError.errorString()));
}

// The refusal of a text that is not UTF-8, or an empty string when it is.
QString encodingError(const QByteArray &data, const TextScan &scan, const QString &wide)
{
    if (scan.invalidUtf8 >= 0) {
        const qsizetype invalid = scan.invalidUtf8;
        const QString sentence
            = QCoreApplication::translate("DocumentReader",
                                          "%1: the file is not UTF-8 text (invalid byte 0x%2).")
                  .arg(position(data, invalid))
                  .arg(uchar(data.at(invalid)), 2, 16, QLatin1Char('0'));
        return wide.isEmpty() ? sentence : sentence + u' ' + wideEncodingRefusal(wide);
    }
    if (!wide.isEmpty()) // valid UTF-8 by accident ("{\0}\0"): still not a UTF-8 file
        return QCoreApplication::translate("DocumentReader", "The file is not UTF-8 text.") + u' '
            + wideEncodingRefusal(wide);
    return QString();
}

// A cut a little past the middle of a big text gives both threads about as much to do: the
// one that looked for the cut parses the head and joins the halves, the one that scanned the
// whole text parses the tail.
qsizetype cutFrom(const QByteArray &data)
{
    return data.size() / 7 * 4;
}

// The members of the object one half of a cut text parsed to (memberCount()), or -1 when
// it did not parse. A tail opens the containers open at the cut again.
qsizetype membersOfHalf(const ParsedObject &half, qsizetype containers)
{
    return half.ok ? memberCount(half.object, containers) : -1;
}

// The halves of a cut text joined, when they join and keep every member the text spells
// (`members`: the halves' own, less the names the tail gives again); a text that repeats a
// name is parsed whole, which says which of the two it keeps.
bool joinParsedHalves(ParsedObject &head, const ParsedObject &tail, const TextCut &cut,
                      qsizetype members, qsizetype memberColons)
{
    if (!head.ok || !tail.ok || members != memberColons)
        return false;
    std::optional<QJsonObject> joined = joinHalves(std::move(head.object), tail.object, cut.path);
    if (!joined)
        return false;
    head.object = std::move(*joined);
    head.keepsEveryMember = true;
    return true;
}

// A big text is scanned by a second thread while this one looks for a cut (in Halves); then
// each parses one half, and counts its members where the scan could not tell that no name
// repeats (without a cut, this one parses the whole text).
template<typename Scan>
ParsedObject parseBesideScan(const QByteArray &data, const Scan &scanAndName, const TextScan &scan,
                             ParseSplit split)
{
    std::promise<std::optional<TextCut>> cutFound;
    std::future<std::optional<TextCut>> cutToParse = cutFound.get_future();
    ParsedObject tail;
    qsizetype tailMembers = 0;
    const std::unique_ptr<QThread> second(QThread::create([&] {
        scanAndName();
        if (const std::optional<TextCut> cut = cutToParse.get()) {
            tail = parseJson(tailText(data, *cut));
            if (scan.namesMayRepeat) {
                tailMembers = membersOfHalf(
                    tail, cut->path.size() + 1 + scan.containers - cut->headContainers);
            }
        }
    }));
    second->start();
    const std::optional<TextCut> cut
        = split == ParseSplit::Halves ? findCut(data, cutFrom(data)) : std::nullopt;
    cutFound.set_value(cut);
    ParsedObject parsed = parseJson(cut ? headText(data, *cut) : data);
    second->wait();
    if (!cut)
        return parsed;
    // Where the scan saw every object name each member once, the halves keep every member
    // the text spells; only where it could not tell are their members counted.
    const qsizetype members = scan.namesMayRepeat
        ? membersOfHalf(parsed, cut->headContainers) + tailMembers - cut->path.size()
        : scan.memberColons;
    if (!joinParsedHalves(parsed, tail, *cut, members, scan.memberColons))
        parsed = parseJson(data);
    return parsed;
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    return scanText(bytes).invalidUtf8;
}

ParsedObject parseObjectBytes(const QByteArray &bytes)
{
    ParsedObject parsed = parseObjectText(bytes);
    if (parsed.ok)
        parsed.warnings = readWarnings(parsed);
    return parsed;
}

QStringList readWarnings(const ParsedObject &parsed)
{
    // The parser keeps one member per name without a word; only when it kept fewer members
    // than the text spells is some name given twice, and only then is the text walked again
    // to say which and where. Numbers it rounds without a word too.
    QStringList warnings;
    if (!parsed.keepsEveryMember
        && memberCount(parsed.object, parsed.containers) != parsed.memberColons)
        warnings = duplicateMemberWarnings(parsed.text);
    if (mayHoldInexactNumber(parsed.text))
        warnings += inexactNumberWarnings(parsed.text);
    return warnings;
}

ParsedObject parseObjectText(const QByteArray &bytes, ParseSplit split)
{
    if (bytes.size() > kMaxDocumentBytes)
        return failure(sizeError(bytes.size()));
    const QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QString wide = wideUnicodeEncoding(data);
    // A big text is parsed while a second thread scans it (in halves, see parseBesideScan());
    // what the scan finds (bytes that are not UTF-8, a BOM inside a string) still decides,
    // and throws that parse away.
    TextScan scan;
    bool namesKept = false;
    const auto scanAndName = [&scan, &data, &namesKept] {
        scan = scanText(data);
        namesKept = !scan.memberNameEscaped && !scan.hasByteOrderMark
            && namesNeedNoRenaming(scan.memberNames);
    };
    ParsedObject parsed;
    const bool besideScan = wide.isEmpty() && data.size() >= kBytesWorthASecondThread;
    if (besideScan)
        parsed = parseBesideScan(data, scanAndName, scan, split);
    else
        scanAndName();
    if (const QString error = encodingError(data, scan, wide); !error.isEmpty())
        return failure(error);
    if (!besideScan || scan.hasByteOrderMark)
        parsed = parseJson(scan.hasByteOrderMark ? escapeByteOrderMarks(data) : data);
    parsed.mayHoldFlawedText = scan.mayHoldFlawedText;
    parsed.namesNeedNoRenaming = namesKept;
    parsed.keepsEveryMember = parsed.keepsEveryMember || !scan.namesMayRepeat;
    parsed.text = data;
    parsed.memberColons = scan.memberColons;
    parsed.containers = scan.containers;
    return parsed;
}

} // namespace leadopp::core
