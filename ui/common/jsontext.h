#pragma once

#include <QJsonValue>
#include <QString>

namespace leadopp::ui {

/// A stored value as an editor shows it: strings as they are, numbers without a trailing
/// ".0", anything else (arrays, objects, booleans) as compact JSON; empty for nothing.
QString jsonText(const QJsonValue &value);

} // namespace leadopp::ui
