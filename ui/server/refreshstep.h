#pragma once

#include "core/document/draft.h"

#include <QString>

namespace leadopp::core {
class Document;
}

namespace leadopp::ui {

class EditSession;

/// Brings the session's draft to `refreshed` (the outcome of core::applyRefresh) as one
/// undo step named `text`: each value taken from the server is a value change, a row only
/// the server holds comes in as a row insertion, and the base is replaced last. One undo
/// takes back all of it, the old base included. `document` is the session's document.
/// Returns false when some value could not be set (the step then holds what could).
bool applyRefreshStep(EditSession *session, core::Document *document, const core::Draft &refreshed,
                      const QString &text);

} // namespace leadopp::ui
