#pragma once

class QWidget;

namespace leadopp::ui {

/// Makes a small dialog at least as wide as the title the window manager shows for it: its
/// own, then the application's name, beside the manager's icon and buttons. A dialog as
/// narrow as its contents had that title cut ("Open from … Editor").
void fitWindowTitle(QWidget *window);

} // namespace leadopp::ui
