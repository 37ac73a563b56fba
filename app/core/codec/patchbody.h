#pragma once

#include "core/codec/exporter.h"
#include "core/document/draft.h"

#include <QByteArray>
#include <QJsonObject>

namespace leadopp::core {

/// How much of the record an update sends.
enum class PatchScope {
    Changes, ///< the partner opportunity id plus what differs from the base (the default)
    Whole,   ///< everything the draft holds, as before partial updates
};

/// The PATCH body of `record` against `base`, the server copy it is based on.
/// Changes: `leadOpportunity` with `partnerLeadOpportunityId` and each member that differs
/// from the base, and every other section whole when anything in it differs. A member the
/// rep cleared is sent empty ("" or []) so the server's merge clears it too; a cleared date
/// cannot be sent (the API refuses an empty date). Whole, or an empty base: exportObject(record,
/// Update). Never an empty section the draft does not hold. Both sides are compared as exported, so
/// a date written differently or a response-only member never counts as a change.
QJsonObject patchObject(const QJsonObject &record, const QJsonObject &base,
                        PatchScope scope = PatchScope::Changes);

/// The body a draft sends: the POST body in Create mode, otherwise patchObject() against
/// the draft's base.
QJsonObject requestObject(const Draft &draft, ExportMode mode,
                          PatchScope scope = PatchScope::Changes);
/// True when requestObject() is the whole record exported (a POST, PatchScope::Whole, or a
/// draft without a base), not a difference against the base.
bool sendsWholeRecord(const Draft &draft, ExportMode mode, PatchScope scope);
/// requestObject() as indented JSON; the same draft always gives the same bytes.
QByteArray requestBody(const Draft &draft, ExportMode mode, PatchScope scope = PatchScope::Changes);

/// The record the server holds once it has accepted `sent`, a body patchObject() or
/// requestObject() made against `base`: a merge-style PATCH replaces each leadOpportunity
/// member the body names and each other section it carries, and keeps everything else;
/// so a cleared date or an emptied section, which no body carries, stays as it was.
QJsonObject mergedAfterPatch(const QJsonObject &base, const QJsonObject &sent);

} // namespace leadopp::core
