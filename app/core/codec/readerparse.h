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
    QStringList warnings; ///< translated sentences: duplicate member names
    /// False when no string or member name of `object` can hold a NUL character or half of
    /// a surrogate pair (TextScan::mayHoldFlawedText).
    bool mayHoldFlawedText = true;
};

/// Largest input the reader accepts; real drafts are a few kilobytes, so anything near
/// this size is a wrong file, and refusing it early keeps memory bounded.
constexpr qint64 kMaxDocumentBytes = 32 * 1024 * 1024;

/// Checks size, encoding (UTF-8 with or without a BOM; UTF-16 and UTF-32 are recognised
/// and refused by name) and JSON syntax, and that the top level is an object. Errors name the
/// line and column where one is known; a member name given twice in one object is a
/// warning naming it (the last value wins, as in every JSON reader).
ParsedObject parseObjectBytes(const QByteArray &bytes);

/// Byte offset of the first byte that is not well-formed UTF-8 (overlong forms and
/// surrogates included), or -1 when all of `bytes` is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

} // namespace leadopp::core
