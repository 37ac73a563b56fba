#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace leadopp::core {

/// Renames aliases to canonical names and lifts sections nested in leadOpportunity (GET
/// shape) to the root; keeps every other member and value unchanged. Idempotent.
/// `namesNeedNoRenaming` is a reader's word that namesNeedNoRenaming() holds for every member
/// name of `raw`: then only the sections to lift are looked for, not each row's names.
QJsonObject normaliseRecord(const QJsonObject &raw, bool namesNeedNoRenaming = false);

/// True when a member called by any of `names` (UTF-8) keeps its name in every object the
/// catalogue knows: in each, it is the canonical name or no name of it (nor an alias).
bool namesNeedNoRenaming(const QList<QByteArrayView> &names);

/// One translated sentence naming the first section (or section row) of a normalised
/// record that has the wrong JSON type ("offerLines": 5, "leadOpportunity": []);
/// an empty string when every section is an object or array as the catalogue says.
/// Null sections are accepted: responses use them for "none".
QString recordShapeError(const QJsonObject &record);

} // namespace leadopp::core
