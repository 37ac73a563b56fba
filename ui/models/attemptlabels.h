#pragma once

#include <QString>

namespace leadopp::ui {

/// What became of a recorded submission attempt, in the rep's language ("rejected" ->
/// "Rejected"); an outcome id this version does not know is shown as recorded.
QString outcomeLabel(const QString &outcomeId);

/// The call a recorded attempt made, in the rep's language ("update" -> "Update (PATCH)");
/// an unknown one is shown as recorded.
QString operationLabel(const QString &operationId);

} // namespace leadopp::ui
