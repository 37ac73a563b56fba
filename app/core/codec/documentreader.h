#pragma once

#include "core/codec/cleantext.h"
#include "core/codec/readerparse.h"
#include "core/document/draft.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace leadopp::core {

/// The input shapes the reader recognises.
enum class InputShape {
    Draft,            ///< own format: {"format": "leadopp-draft", "version": N, ...}
    RequestBody,      ///< PATCH / POST body: `leadOpportunity` at top level
    RejectedResponse, ///< 400 response: info.statusCode 400 + `data` echo
    GetResponse,      ///< GET 200: data.leadOpportunity with nested sections
};

struct ReadResult {
    bool ok = false;
    /// One translated sentence when !ok ("Line 3, column 14: ..."; "The file is empty.").
    QString error;
    InputShape shape = InputShape::Draft;
    Draft draft;
    /// Translated sentences about what was read but deserves a look (a member name given
    /// twice in one object, naming it and where; the last value is the one kept).
    QStringList warnings;
    /// Vouches for draft.record when the bytes held nothing that could put a NUL character or
    /// a lone surrogate in it (then validateRecord() need not walk its text).
    CleanTextProof cleanText;
    /// fingerprintOf() the bytes read, when they came from a file and it was asked for.
    QByteArray fingerprint;
};

/// Reads any of the four input shapes. Never throws, never crashes, on any bytes.
/// Aliases are normalised (see normaliseRecord), nothing else is changed.
/// A leading UTF-8 BOM is accepted; UTF-16 and UTF-32 files are recognised (by their BOM
/// or their zero bytes) and refused naming the encoding. Refused, each with
/// one translated sentence: input over 32 MiB, invalid UTF-8 and malformed JSON ("Line 3, column
/// 14: ..."), a top level that is not an object, a newer draft format version, a response that
/// carries no record (201, the 200 of a PATCH, 401/406/500/503 bodies: "This is a response without
/// a lead record"), any other object, and a section of the wrong JSON type ("offerLines": 5), named
/// in the sentence. A 400 keeps its raw bytes as the rejection body. For every draft whose record
/// is normalised: readDocument(writeDraft(d)).draft == d. `split` says how a big text is
/// parsed; the result is the same either way.
ReadResult readDocument(const QByteArray &bytes, ParseSplit split = ParseSplit::Halves);
/// Whether readDocumentFile() takes the fingerprint of the bytes it read: an editor watches
/// the file from it, a command that reads once need not pay for it.
enum class Fingerprint { Skip, Take };
/// Reads a file; a missing or unreadable file, a folder and a file over 32 MiB are each
/// one clear sentence naming the file.
ReadResult readDocumentFile(const QString &path, Fingerprint fingerprint = Fingerprint::Skip,
                            ParseSplit split = ParseSplit::Halves);

/// The draft file bytes (own format, versioned, deterministic). Never holds secrets.
QByteArray writeDraft(const Draft &draft);

/// Current draft format version written by writeDraft().
constexpr int kDraftFormatVersion = 1;

} // namespace leadopp::core
