#pragma once

#include <QJsonObject>
#include <QStringList>

namespace leadopp::core {

/// The canonical paths at which two records differ, in a rep's terms: a member of an
/// object section ("leadOpportunity.currency"), a top-level member ("partnerId"), or an
/// array section as a whole ("offerLines"). Sorted; empty when the records are equal.
QStringList changedPaths(const QJsonObject &before, const QJsonObject &after);

} // namespace leadopp::core
