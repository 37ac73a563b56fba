#pragma once

#include "core/codec/patchbody.h"
#include "core/document/changelist.h"
#include "core/document/document.h"
#include "core/errors/fielderror.h"
#include "core/errors/previousanswer.h"
#include "net/apirequest.h"
#include "net/apiresult.h"

#include <QList>
#include <QString>

namespace leadopp::net {

/// The request that sends `record`: a create when there is no 3DS id or `mode` is Create,
/// an update of `dsLeadOpportunityId` otherwise. The one place a submission body is built;
/// the caller adds the environment and the key.
ApiRequest buildSubmitRequest(const QJsonObject &record, const QString &dsLeadOpportunityId,
                              core::ExportMode mode);

/// The request that sends `draft`, as above; an update carries what differs from the
/// draft's base (core::requestBody), or everything it holds with PatchScope::Whole.
ApiRequest buildSubmitRequest(const core::Draft &draft, core::ExportMode mode,
                              core::PatchScope scope = core::PatchScope::Changes);

/// The key sent to the built-in sandbox when none is stored: the sandbox, like the real
/// gateway, refuses a request without one, and takes any.
QString sandboxKey();

/// The key a request to `environment` carries once the credential store answered (`read`
/// false when it could not): the stored key, or the sandbox key for the built-in sandbox
/// when none is stored. Another server without a key gets none and answers 401 itself.
QString keyToSend(const Environment &environment, const QString &storedKey, bool read);

/// True when the answer comes from a server that ran its field rules over the record (a
/// 400 naming fields or not, an acceptance). A 406 does not: the partner API checks the
/// dates before anything else, so it says nothing about the other fields.
bool validatedRecord(ErrorKind kind);

/// The errors of the previous answer that an answer which did not validate the record
/// leaves standing: those still open in `open`, on fields `answered` does not name,
/// marked as from the previous answer.
QList<core::FieldError> carriedErrors(const QList<core::FieldError> &open,
                                      const QList<core::FieldError> &answered);

/// True for an error carried over from a previous answer by carriedErrors().
using core::isFromPreviousAnswer;

/// What a finished submission does to the draft that sent it: the attempt joins its
/// history always; a refusal becomes its rejection (with the previous errors that still
/// stand, see carriedErrors()); an acceptance clears the last rejection and makes the sent
/// record the draft's base, so the next update sends only what changed after it. The 3DS id
/// of an accepted create is the caller's to store (the window keeps it out of the undo
/// history); the new base already holds it.
struct SubmitOutcome {
    core::SubmissionAttempt attempt;
    bool rejected = false; ///< attach `rejection` with `errors`
    bool accepted = false; ///< clear the last rejection, set `base`
    core::Rejection rejection;
    QList<core::FieldError> errors;
    core::ServerBase base; ///< what the server now holds; null unless accepted
};

/// The changes against the server copy that `request`, a partial update, does not carry
/// (core::unsentChanges()); none for a request that sends the whole record.
QList<core::FieldChange> unsentChanges(const ApiRequest &request);

/// The outcome of `result` for `document` (the draft as it is when the answer arrives);
/// `environmentName` as the user knows it.
SubmitOutcome submitOutcome(const core::Document &document, const ApiRequest &request,
                            const ApiResult &result, const QString &environmentName);

/// Applies an outcome through `target`, a core::Document or the window's edit session
/// (the same four calls). `sent` is the record the request carried (the current one when
/// null): the rejection's paths point into it.
template<typename Target>
void applyOutcome(Target &target, const SubmitOutcome &outcome,
                  const core::Document::Snapshot *sent = nullptr)
{
    target.appendSubmission(outcome.attempt);
    if (outcome.rejected)
        target.setRejection(outcome.rejection, outcome.errors, sent);
    else if (outcome.accepted)
        target.clearRejection();
    if (outcome.accepted)
        target.setBase(outcome.base);
}

} // namespace leadopp::net
