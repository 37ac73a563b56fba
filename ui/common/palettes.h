#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace leadopp::ui::palettes {

/// The colour schemes the editor offers besides the desktop's own: the names accepted by
/// `leadopp-editor --palette` ("system", "dark", "high-contrast").
QStringList names();

/// A dark scheme: light grey text on near-black fields.
QPalette dark();
/// A high-contrast scheme: white text on black, yellow for selection and focus.
QPalette highContrast();

/// Applies the scheme called `name` to the whole application: "system" keeps the style's
/// own palette, the others switch to the Fusion style, which draws every control from the
/// palette alone. Fusion, chosen or the desktop's, gets outlines a rep can see (check boxes,
/// fields, buttons, the focus ring: OutlineStyle). False (and nothing changed) for an
/// unknown name.
bool apply(const QString &name);

} // namespace leadopp::ui::palettes
