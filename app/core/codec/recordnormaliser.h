#pragma once

#include <QJsonObject>
#include <QString>

namespace leadopp::core {

/// Renames aliases to canonical names and lifts sections nested in leadOpportunity (GET
/// shape) to the root; keeps every other member and value unchanged. Idempotent.
QJsonObject normaliseRecord(const QJsonObject &raw);

/// One translated sentence naming the first section (or section row) of a normalised
/// record that has the wrong JSON type ("offerLines": 5, "leadOpportunity": []);
/// an empty string when every section is an object or array as the catalogue says.
/// Null sections are accepted: responses use them for "none".
QString recordShapeError(const QJsonObject &record);

} // namespace leadopp::core
