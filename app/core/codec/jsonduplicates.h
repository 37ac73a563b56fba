#pragma once

#include <QByteArray>
#include <QStringList>

namespace leadopp::core {

/// One translated warning per member name that occurs more than once in the same object
/// of `json` (UTF-8 text that already parsed as JSON): "The member “amount” occurs 2 times
/// in offerLines[0]; the last value is kept." QJsonDocument keeps the last value without a
/// word, so this scans the text itself. At most 50 warnings.
QStringList duplicateMemberWarnings(const QByteArray &json);

} // namespace leadopp::core
