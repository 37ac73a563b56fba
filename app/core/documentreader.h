#pragma once

#include "core/draft.h"

#include <QByteArray>
#include <QString>

namespace leadopp::core {

/// The input shapes the reader recognises.
enum class InputShape {
    Draft,             ///< own format: {"format": "leadopp-draft", "version": N, ...}
    RequestBody,       ///< PATCH / POST body: `leadOpportunity` at top level
    RejectedResponse,  ///< 400 response: info.statusCode 400 + `data` echo
    GetResponse,       ///< GET 200: data.leadOpportunity with nested sections
};

struct ReadResult {
    bool ok = false;
    /// One translated sentence when !ok ("Line 3, column 14: ..."; "The file is empty.").
    QString error;
    InputShape shape = InputShape::Draft;
    Draft draft;
};

/// Reads any of the four input shapes. Never throws, never crashes, on any bytes.
/// Aliases are normalised (see normaliseRecord), nothing else is changed.
ReadResult readDocument(const QByteArray &bytes);
/// Reads a file; a missing or unreadable file is one clear sentence.
ReadResult readDocumentFile(const QString &path);

/// Renames aliases to canonical names and lifts sections nested in leadOpportunity (GET
/// shape) to the root; keeps every other member and value unchanged. Idempotent.
QJsonObject normaliseRecord(const QJsonObject &raw);

/// The draft file bytes (own format, versioned, deterministic). Never holds secrets.
QByteArray writeDraft(const Draft &draft);

/// Current draft format version written by writeDraft().
constexpr int kDraftFormatVersion = 1;

} // namespace leadopp::core
