#pragma once

#include <QJsonArray>

namespace leadopp::sandbox {

/// The leads a fresh sandbox holds: canonical records (update-body shape with the 3DS id at
/// the root and the response-only members inside leadOpportunity).
QJsonArray seedLeads();

} // namespace leadopp::sandbox
