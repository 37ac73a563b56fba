#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QStringView>

namespace leadopp::core {

/// Canonical field paths an error code names when the server gives no path
/// (ERR801 -> the partner opportunity id; ERR805 -> both date fields). Empty for a code
/// that names no field. The single place that holds this knowledge.
QStringList fieldPathsForErrorCode(QStringView code);

/// The same, narrowed by the record the server answered: of the date fields a code names,
/// only those whose value is not ISO 8601 there (what the API refuses), and all of them
/// when the record cannot tell them apart (all or none look wrong).
QStringList fieldPathsForErrorCode(QStringView code, const QJsonObject &record);

} // namespace leadopp::core
