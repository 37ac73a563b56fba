#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace leadopp::core {

/// The outcome of turning raw file bytes into one JSON object.
struct ParsedObject {
    bool ok = false;
    QString error; ///< one translated sentence when !ok
    QJsonObject object;
    QStringList warnings; ///< translated sentences: readWarnings()
    /// False when no string or member name of `object` can hold a NUL character or half of
    /// a surrogate pair (TextScan::mayHoldFlawedText).
    bool mayHoldFlawedText = true;
    /// True when namesNeedNoRenaming() (recordnormaliser.h) holds for every member name the
    /// text spells: normalising its record has no name to look at.
    bool namesNeedNoRenaming = false;
    /// What readWarnings() needs: the JSON text parsed (without a BOM) and the counts
    /// its scan found (TextScan::memberColons and ::containers).
    QByteArray text;
    qsizetype memberColons = 0;
    qsizetype containers = 0;
    /// Known already: the object keeps every member the text spells (no name is repeated),
    /// as the scan saw (TextScan::namesMayRepeat) or the reader checked before it joined the
    /// halves of a big text.
    bool keepsEveryMember = false;
};

/// Largest input the reader accepts; real drafts are a few kilobytes, so anything near
/// this size is a wrong file, and refusing it early keeps memory bounded.
constexpr qint64 kMaxDocumentBytes = 32 * 1024 * 1024;

/// Checks size, encoding (UTF-8 with or without a BOM; UTF-16 and UTF-32 are recognised
/// and refused by name) and JSON syntax, and that the top level is an object. Errors name the
/// line and column where one is known; a member name given twice in one object is a
/// warning naming it (the last value wins, as in every JSON reader).
ParsedObject parseObjectBytes(const QByteArray &bytes);

/// How a big text is parsed beside the scan of it (see kBytesWorthASecondThread).
enum class ParseSplit {
    /// Cut in two and parsed on two threads, each allocating as it parses: worth it where
    /// each thread allocates from a heap of its own.
    Halves,
    /// Parsed whole on one thread while another scans it: for a process whose threads share
    /// one heap (the command line's), where two parsing threads would wait on its lock.
    Whole,
};

/// parseObjectBytes() without the warnings, which readWarnings() gives
/// (so that a reader can look for them on another thread while it goes on).
ParsedObject parseObjectText(const QByteArray &bytes, ParseSplit split = ParseSplit::Halves);
/// The warnings about the text of a successful parse: member names given twice, numbers
/// with more digits than the parser kept.
QStringList readWarnings(const ParsedObject &parsed);

/// Texts from this size on are scanned on a second thread while they are parsed (in two
/// halves, one on each thread, when the text has an array of objects to cut between two of
/// them), and their member names are checked for repeats while the record is built (a
/// thread costs about what scanning a few tens of kilobytes does).
constexpr qsizetype kBytesWorthASecondThread = 128 * 1024;

/// Byte offset of the first byte that is not well-formed UTF-8 (overlong forms and
/// surrogates included), or -1 when all of `bytes` is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

} // namespace leadopp::core
