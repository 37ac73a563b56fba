#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/codec/exporter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadopp::sandbox {

/// One field the server refuses; `path` is canonical, the empty path the whole record.
struct FieldProblem {
    core::FieldPath path;
    QString message;
};

/// The offerNameId prefixes the sandbox knows (the real list is shared privately).
const QStringList &knownOfferPrefixes();

/// True when closeDate or nextMilestoneDate is present but not ISO 8601 (answered with 406
/// ERR805 before any other rule, as the partner API does). Empty strings and nulls pass.
bool hasBadDate(const QJsonObject &record);

/// The core rules (errors only; warnings are no rejection) plus what only the server
/// knows: offer ids with an unknown prefix.
QList<FieldProblem> validateForServer(const QJsonObject &record, core::ExportMode mode);

} // namespace leadopp::sandbox
