#pragma once

#include "core/errors/fielderror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace leadopp::core {

/// The server's last refusal, kept verbatim: every highlight is derived from `body`.
struct Rejection {
    int status = 0;       ///< HTTP status, 0 when unknown
    QString traceId;      ///< info.traceId, what 3DS support asks for
    QDateTime receivedAt; ///< UTC
    QString environment;  ///< environment name the rejection came from, if known
    QByteArray body;      ///< raw response body
    /// Errors of the answer before this one that still stood when it came (a 406 says
    /// nothing about the other fields), marked as such (core/errors/previousanswer.h).
    QList<FieldError> previousAnswerErrors = {};

    bool isNull() const { return status == 0 && body.isEmpty(); }
    friend bool operator==(const Rejection &a, const Rejection &b)
    {
        return a.status == b.status && a.traceId == b.traceId && a.receivedAt == b.receivedAt
            && a.environment == b.environment && a.body == b.body
            && a.previousAnswerErrors == b.previousAnswerErrors;
    }
};

/// One submission attempt, recorded so a draft carries its history. Never the API key.
struct SubmissionAttempt {
    QDateTime time;      ///< UTC, when the request was sent
    QString environment; ///< environment name ("sandbox", "production", a URL)
    QString operation;   ///< "update", "create" or "get"
    QString url;         ///< request URL (no credentials)
    QByteArray requestBody;
    int status = 0;  ///< HTTP status, 0 for a transport failure
    QString outcome; ///< error kind name ("accepted", "rejected", "timeout", ...)
    QString traceId;
    QByteArray responseBody;
    qint64 elapsedMs = 0;

    friend bool operator==(const SubmissionAttempt &a, const SubmissionAttempt &b)
    {
        return a.time == b.time && a.environment == b.environment && a.operation == b.operation
            && a.url == b.url && a.requestBody == b.requestBody && a.status == b.status
            && a.outcome == b.outcome && a.traceId == b.traceId && a.responseBody == b.responseBody
            && a.elapsedMs == b.elapsedMs;
    }
};

/// The server copy a draft is based on: the GET answer it was opened from, or what the
/// server last accepted from it. A PATCH sends what differs from it, so the rep never answers
/// for members they did not touch.
struct ServerBase {
    QJsonObject record;  ///< canonical record, shaped like Draft::record
    QDateTime fetchedAt; ///< UTC, when the server held this copy; null when unknown
    QString environment; ///< environment name the copy came from, if known

    bool isNull() const { return record.isEmpty(); }
    friend bool operator==(const ServerBase &a, const ServerBase &b)
    {
        return a.record == b.record && a.fetchedAt == b.fetchedAt && a.environment == b.environment;
    }
};

/// Everything a draft file holds. `record` is shaped like the update request body with
/// canonical member names (aliases normalised on read) and is otherwise lossless: unknown
/// members, response-only members and invalid values are kept exactly as read.
/// The 3DS id lives at the record root as `dsLeadOpportunityId` (read-only: it is the
/// `{id}` of the URL, never a body member).
struct Draft {
    QJsonObject record;
    Rejection rejection;
    QList<SubmissionAttempt> submissions;
    /// Members of the draft envelope this version does not know; written back unchanged.
    QJsonObject unknownEnvelope;
    /// The server copy this draft is based on; null when it has none (a new lead, a file).
    ServerBase base = {};

    QString dsLeadOpportunityId() const;

    friend bool operator==(const Draft &a, const Draft &b)
    {
        return a.record == b.record && a.rejection == b.rejection && a.submissions == b.submissions
            && a.base == b.base && a.unknownEnvelope == b.unknownEnvelope;
    }
};

} // namespace leadopp::core
