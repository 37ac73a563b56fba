#pragma once

#include <QJsonObject>

namespace leadopp::core {

/// Which request body a record becomes.
enum class ExportMode {
    Update, ///< PATCH body
    Create, ///< POST body
};

/// PATCH when the record carries a 3DS id, POST otherwise.
ExportMode defaultExportMode(const QJsonObject &record);

} // namespace leadopp::core
