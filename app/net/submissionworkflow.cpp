#include "net/submissionworkflow.h"

#include "core/codec/exporter.h"
#include "core/codec/indentedjson.h"
#include "core/errors/previousanswer.h"
#include "net/submissionrecord.h"

#include <QSet>

namespace leadopp::net {

namespace {

// The record the server holds after accepting `request`, under the 3DS id the answer names
// (a create learns its id only now).
core::ServerBase acceptedBase(const ApiRequest &request, const ApiResult &result)
{
    core::ServerBase base { request.acceptedRecord.isEmpty() ? request.record
                                                             : request.acceptedRecord,
                            result.sentAt, request.environment.id };
    if (!result.dsLeadOpportunityId.isEmpty())
        base.record.insert(QStringLiteral("dsLeadOpportunityId"), result.dsLeadOpportunityId);
    return base;
}

// What a submission of `record` is (a create without a 3DS id or when asked, an update of
// that id otherwise) and where it goes, without its body.
ApiRequest submissionOf(const QJsonObject &record, const QString &dsLeadOpportunityId,
                        core::ExportMode mode)
{
    ApiRequest request;
    const bool create = dsLeadOpportunityId.isEmpty() || mode == core::ExportMode::Create;
    request.operation = create ? ApiRequest::Create : ApiRequest::Update;
    request.dsLeadOpportunityId = dsLeadOpportunityId;
    request.record = record;
    return request;
}

} // namespace

ApiRequest buildSubmitRequest(const QJsonObject &record, const QString &dsLeadOpportunityId,
                              core::ExportMode mode)
{
    ApiRequest request = submissionOf(record, dsLeadOpportunityId, mode);
    request.body
        = core::exportBody(record,
                           request.operation == ApiRequest::Create ? core::ExportMode::Create
                                                                   : core::ExportMode::Update);
    return request;
}

ApiRequest buildSubmitRequest(const core::Draft &draft, core::ExportMode mode,
                              core::PatchScope scope)
{
    ApiRequest request = submissionOf(draft.record, draft.dsLeadOpportunityId(), mode);
    if (request.operation == ApiRequest::Create) {
        request.body = core::exportBody(draft.record, core::ExportMode::Create);
    } else if (core::sendsWholeRecord(draft, core::ExportMode::Update, scope)) {
        request.body = core::requestBody(draft, core::ExportMode::Update, scope);
    } else {
        const QJsonObject sent = core::requestObject(draft, core::ExportMode::Update, scope);
        request.body = core::toIndentedJson(sent);
        request.acceptedRecord = core::mergedAfterPatch(draft.base.record, sent);
    }
    return request;
}

QList<core::FieldChange> unsentChanges(const ApiRequest &request)
{
    if (request.acceptedRecord.isEmpty())
        return {};
    return core::fieldChanges(request.acceptedRecord, request.record);
}

QString sandboxKey()
{
    return QStringLiteral("sandbox");
}

QString keyToSend(const Environment &environment, const QString &storedKey, bool read)
{
    const bool haveKey = read && !storedKey.isEmpty();
    return haveKey || !environment.sandbox ? storedKey : sandboxKey();
}

bool validatedRecord(ErrorKind kind)
{
    return kind == ErrorKind::Rejected || kind == ErrorKind::RejectedNoField
        || kind == ErrorKind::Accepted;
}

QList<core::FieldError> carriedErrors(const QList<core::FieldError> &open,
                                      const QList<core::FieldError> &answered)
{
    QSet<QString> named;
    for (const core::FieldError &error : answered)
        named.insert(error.path);
    QList<core::FieldError> carried;
    for (core::FieldError error : open) {
        if (!error.path.isEmpty() && named.contains(error.path))
            continue; // the new answer speaks for this field
        carried.append(core::markedFromPreviousAnswer(error));
    }
    return carried;
}

SubmitOutcome submitOutcome(const core::Document &document, const ApiRequest &request,
                            const ApiResult &result, const QString &environmentName)
{
    SubmitOutcome outcome;
    outcome.attempt = toSubmissionAttempt(request, result);
    outcome.rejected = isRejection(result.kind);
    outcome.accepted = result.isAccepted();
    if (outcome.accepted)
        outcome.base = acceptedBase(request, result);
    if (!outcome.rejected)
        return outcome;
    outcome.rejection = toRejection(result, environmentName);
    outcome.errors = result.fieldErrors;
    if (!validatedRecord(result.kind)) {
        outcome.rejection.previousAnswerErrors
            = carriedErrors(document.unaddressedErrors(), result.fieldErrors);
        outcome.errors += outcome.rejection.previousAnswerErrors;
    }
    return outcome;
}

} // namespace leadopp::net
