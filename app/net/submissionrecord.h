#pragma once

#include "core/document/draft.h"
#include "net/apirequest.h"
#include "net/apiresult.h"

namespace leadopp::net {

/// The attempt as the document records it (Document::appendSubmission): time,
/// environment, operation, URL, request body, status, outcome, traceId, response body.
/// Never the API key.
core::SubmissionAttempt toSubmissionAttempt(const ApiRequest &request, const ApiResult &result);

/// The rejection to attach to the document (Document::setRejection) after a 400 or 406
/// answer; `environmentName` as the user knows it.
core::Rejection toRejection(const ApiResult &result, const QString &environmentName);

} // namespace leadopp::net
