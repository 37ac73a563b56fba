#include "net/submissionrecord.h"

namespace leadopp::net {

namespace {

QString environmentName(const Environment &environment, const QUrl &url)
{
    if (!environment.custom && !environment.id.isEmpty())
        return environment.id;
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery).toString();
}

} // namespace

core::SubmissionAttempt toSubmissionAttempt(const ApiRequest &request, const ApiResult &result)
{
    core::SubmissionAttempt attempt;
    attempt.time = result.sentAt.toUTC();
    attempt.environment = environmentName(request.environment, result.url);
    attempt.operation = request.operationName();
    attempt.url = result.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    attempt.requestBody = request.body;
    attempt.status = result.httpStatus;
    attempt.outcome = errorKindName(result.kind);
    attempt.traceId = result.traceId;
    attempt.responseBody = result.body;
    attempt.elapsedMs = result.elapsedMs;
    return attempt;
}

core::Rejection toRejection(const ApiResult &result, const QString &environmentName)
{
    core::Rejection rejection;
    rejection.status = result.httpStatus;
    rejection.traceId = result.traceId;
    rejection.receivedAt = result.sentAt.toUTC().addMSecs(result.elapsedMs);
    rejection.environment = environmentName;
    rejection.body = result.body;
    return rejection;
}

} // namespace leadopp::net
