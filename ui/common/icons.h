#pragma once

#include <QIcon>

namespace leadopp::ui {

/// The editor's own icons (resources/icons/*.svg), by role.
namespace icons {
QIcon error();
QIcon warning();
QIcon addressed();
QIcon add();
QIcon remove();
QIcon duplicate();
QIcon up();
QIcon down();
QIcon submit();
QIcon clear();
QIcon calendar();
QIcon undo();
QIcon redo();
QIcon app();
/// Resource path of an icon, for rich text ("qrc:/icons/error.svg" style img sources).
QString path(const char *name);
} // namespace icons

} // namespace leadopp::ui
