#pragma once

#include "core/document/draft.h"

#include <QJsonObject>
#include <QString>

namespace leadopp::core {

/// The draft file envelope, format version 1:
/// {"format": "leadopp-draft", "version": 1, "record": {...},
///  "rejection": {"status", "traceId", "receivedAt", "environment", "body"},
///  "submissions": [{"time", "environment", "operation", "url", "requestBody", "status",
///                   "outcome", "traceId", "responseBody", "elapsedMs"}],
///  "base": {"record": {...}, "fetchedAt", "environment"}, ...unknown}
/// Raw bodies are stored as JSON strings when they are UTF-8 text that survives the
/// round trip, otherwise as "<name>Base64". Date-times are ISO 8601 UTC with ms.
/// Envelope members this version does not know are kept in Draft::unknownEnvelope.
namespace draftformat {

inline constexpr char kFormatName[] = "leadopp-draft";

/// True when `object` carries the draft format marker.
bool isDraftEnvelope(const QJsonObject &object);

/// The envelope of `draft`; members of unknownEnvelope that clash with the envelope's
/// own members are not written.
QJsonObject toJson(const Draft &draft);

/// Reads an envelope into `draft`; returns one translated sentence on failure (missing or
/// newer version, record not an object), an empty string on success. The record is
/// normalised like every other input; for the editor's own (already normalised) records
/// that changes nothing, so readDocument(writeDraft(d)).draft == d. `namesNeedNoRenaming`:
/// see normaliseRecord().
QString fromJson(const QJsonObject &envelope, Draft &draft, bool namesNeedNoRenaming = false);

} // namespace draftformat

} // namespace leadopp::core
