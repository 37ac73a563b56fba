#pragma once

#include "core/document/draft.h"

#include <QString>

namespace leadopp::ui {

class EditSession;

/// Brings the session's draft to `refreshed` (the outcome of core::applyRefresh) as one
/// undo step named `text`: each value taken from the server is a value change, a row only
/// the server holds comes in as a row insertion, and the base is replaced last. One undo
/// takes back all of it, the old base included.
/// Returns false when some value could not be set (the step then holds what could).
bool applyRefreshStep(EditSession *session, const core::Draft &refreshed, const QString &text);

} // namespace leadopp::ui
