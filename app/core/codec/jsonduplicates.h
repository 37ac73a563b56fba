#pragma once

#include <QByteArray>
#include <QStringList>

namespace leadopp::core {

/// One translated warning per member name that occurs more than once in the same object
/// of `json` (UTF-8 text that already parsed as JSON): "The member “amount” occurs 2 times
/// in offerLines[0]; the last value is kept." QJsonDocument keeps the last value without a
/// word, so this scans the text itself. At most 50 warnings.
QStringList duplicateMemberWarnings(const QByteArray &json);

/// False when no number of `json` can have more digits than a double holds (no run of 16
/// digits): then inexactNumberWarnings() need not walk it.
bool mayHoldInexactNumber(QByteArrayView json);
/// One translated warning per number of `json` whose digits the double it is read as does
/// not all hold: "The number 12345678901234567890 in offerLines[0].amount has more digits
/// than a number holds; it is read, saved and sent as 12345678901234567000." The parser
/// rounds it without a word. At most 50 warnings.
QStringList inexactNumberWarnings(const QByteArray &json);

} // namespace leadopp::core
