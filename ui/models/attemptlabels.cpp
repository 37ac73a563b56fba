// Submission histories keep the stable ids of outcomes and operations (errorkind.cpp,
// ApiRequest::operationName()); the history table says them in words.
#include "ui/models/attemptlabels.h"

#include <QCoreApplication>
#include <QLatin1StringView>

#include <cstddef>

namespace leadopp::ui {

namespace {

struct Label {
    const char *id;
    const char *text;
};

const Label kOutcomes[] = {
    { "accepted", QT_TRANSLATE_NOOP("HistoryModel", "Accepted") },
    { "rejected", QT_TRANSLATE_NOOP("HistoryModel", "Rejected") },
    { "rejected-no-field", QT_TRANSLATE_NOOP("HistoryModel", "Rejected, no field named") },
    { "missing-key", QT_TRANSLATE_NOOP("HistoryModel", "No API key received") },
    { "key-not-allowed", QT_TRANSLATE_NOOP("HistoryModel", "API key not allowed") },
    { "date-format", QT_TRANSLATE_NOOP("HistoryModel", "Date refused") },
    { "rate-limited", QT_TRANSLATE_NOOP("HistoryModel", "Too many requests") },
    { "unknown-id", QT_TRANSLATE_NOOP("HistoryModel", "Unknown 3DS id") },
    { "server-error", QT_TRANSLATE_NOOP("HistoryModel", "Server error") },
    { "maintenance", QT_TRANSLATE_NOOP("HistoryModel", "Maintenance") },
    { "connection-refused", QT_TRANSLATE_NOOP("HistoryModel", "Connection refused") },
    { "timeout", QT_TRANSLATE_NOOP("HistoryModel", "Timed out") },
    { "tls-failure", QT_TRANSLATE_NOOP("HistoryModel", "Secure connection failed") },
    { "host-not-found", QT_TRANSLATE_NOOP("HistoryModel", "Host not found") },
    { "non-json-body", QT_TRANSLATE_NOOP("HistoryModel", "Answer not JSON") },
    { "body-too-large", QT_TRANSLATE_NOOP("HistoryModel", "Answer too large") },
    { "insecure-key", QT_TRANSLATE_NOOP("HistoryModel", "Key withheld (plain HTTP)") },
    { "no-key", QT_TRANSLATE_NOOP("HistoryModel", "No API key set") },
    { "cancelled", QT_TRANSLATE_NOOP("HistoryModel", "Cancelled") },
    { "network-error", QT_TRANSLATE_NOOP("HistoryModel", "Network error") },
    { "redirect-refused", QT_TRANSLATE_NOOP("HistoryModel", "Redirect refused") },
    { "unexpected-shape", QT_TRANSLATE_NOOP("HistoryModel", "Unexpected answer") },
};

const Label kOperations[] = {
    { "update", QT_TRANSLATE_NOOP("HistoryModel", "Update (PATCH)") },
    { "create", QT_TRANSLATE_NOOP("HistoryModel", "Create (POST)") },
    { "get", QT_TRANSLATE_NOOP("HistoryModel", "Fetch (GET)") },
    { "search", QT_TRANSLATE_NOOP("HistoryModel", "Search") },
};

template<std::size_t N> QString labelOf(const Label (&labels)[N], const QString &id)
{
    for (const Label &label : labels) {
        if (id == QLatin1StringView(label.id))
            return QCoreApplication::translate("HistoryModel", label.text);
    }
    return id;
}

} // namespace

QString outcomeLabel(const QString &outcomeId)
{
    return labelOf(kOutcomes, outcomeId);
}

QString operationLabel(const QString &operationId)
{
    return labelOf(kOperations, operationId);
}

} // namespace leadopp::ui
