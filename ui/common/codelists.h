#pragma once

#include <QStringList>

namespace leadopp::ui {

/// ISO 4217 currency codes known to the Qt locale database, sorted, no duplicates.
QStringList currencyCodes();
/// Country names (English, as the API expects them), sorted.
QStringList countryNames();

} // namespace leadopp::ui
