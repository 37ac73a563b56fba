#pragma once

#include "core/exporter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace leadopp::core {

enum class Severity {
    Error,    ///< the API will reject it
    Warning,  ///< likely a mistake
};

/// One validation finding. `path` is canonical ("offerLines[1].amount", "" = record);
/// `rule` a stable identifier ("required", "enum", "date-time", "currency", "number",
/// "email", "url", "duns", "vat", "negative-amount", "won-reason", "lost-reason",
/// "forecast-status", "duplicate-offer-line", "duplicate-contact", "unknown-member", ...);
/// `message` translated and naming the field by its label.
struct Finding {
    QString path;
    Severity severity = Severity::Error;
    QString rule;
    QString message;

    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.path == b.path && a.severity == b.severity && a.rule == b.rule
            && a.message == b.message;
    }
};

/// Validates a whole record (as held by a Draft) for an update or a create; findings come
/// in form order (catalogue order, then row).
QList<Finding> validateRecord(const QJsonObject &record, ExportMode mode);

bool hasErrors(const QList<Finding> &findings);
QString severityName(Severity severity);  ///< "error" / "warning"

} // namespace leadopp::core
