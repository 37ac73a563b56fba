#pragma once

class QString;
class QWidget;

namespace leadopp::ui::accessibility {

/// Dynamic property naming the QAccessible::Role a plain widget shows assistive
/// technologies (the submission banner is an alert); set it before the widget is shown.
inline constexpr const char *kRoleProperty = "accessibleRole";

/// Installs, once per process, the interfaces Qt 6.4 lacks: combo boxes named by their
/// label (Qt names them after their current item on Linux) and widgets with a role from
/// kRoleProperty.
void install();

/// Tells assistive technologies that `widget` has news (an alert or a live region).
void announce(QWidget *widget);
/// Tells them the focus is on `widget` (on its current cell for an item view), also when
/// it already was: Qt reports only changes.
void reportFocus(QWidget *widget);

} // namespace leadopp::ui::accessibility
