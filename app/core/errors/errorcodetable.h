#pragma once

#include <QStringList>
#include <QStringView>

namespace leadopp::core {

/// Canonical field paths an error code names when the server gives no path
/// (ERR801 -> the partner opportunity id; ERR805 -> both date fields). Empty for a code
/// that names no field. The single place that holds this knowledge.
QStringList fieldPathsForErrorCode(QStringView code);

} // namespace leadopp::core
