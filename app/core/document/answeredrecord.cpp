#include "core/document/answeredrecord.h"

#include "core/codec/patchbody.h"
#include "core/codec/recordnormaliser.h"

#include <QJsonDocument>

namespace leadopp::core {

namespace {

QJsonObject objectIn(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const SubmissionAttempt *answeredAttempt(const Draft &draft)
{
    const Rejection &rejection = draft.rejection;
    const SubmissionAttempt *sameStatus = nullptr;
    for (auto it = draft.submissions.crbegin(); it != draft.submissions.crend(); ++it) {
        if (it->requestBody.isEmpty() || it->operation == QLatin1String("get"))
            continue;
        if (!rejection.traceId.isEmpty() && it->traceId == rejection.traceId)
            return &*it;
        if (!sameStatus && it->status == rejection.status)
            sameStatus = &*it;
    }
    return sameStatus;
}

} // namespace

QJsonObject answeredRecord(const Draft &draft)
{
    if (draft.rejection.isNull())
        return draft.record;
    if (const SubmissionAttempt *attempt = answeredAttempt(draft)) {
        const QJsonObject body = normaliseRecord(objectIn(attempt->requestBody));
        if (!body.isEmpty()) {
            const bool update = attempt->operation == QLatin1String("update");
            return update && !draft.base.isNull() ? mergedAfterPatch(draft.base.record, body)
                                                  : body;
        }
    }
    const QJsonObject echoed
        = objectIn(draft.rejection.body).value(QLatin1String("data")).toObject();
    if (echoed.contains(QLatin1String("leadOpportunity")))
        return normaliseRecord(echoed);
    return draft.record;
}

} // namespace leadopp::core
