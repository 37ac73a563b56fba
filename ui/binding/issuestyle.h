#pragma once

#include "ui/session/fieldissue.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QWidget;

namespace leadopp::ui::issuestyle {

/// Colours and icons of issue kinds, shared by fields, labels, tabs and the banner.
QColor frameColor(IssueKind kind);
QColor tintColor(IssueKind kind);
QIcon icon(IssueKind kind);
/// Resource path of the icon, for rich text.
QString iconPath(IssueKind kind);
/// The style sheet that marks `editor` with `kind`.
QString styleSheetFor(const QWidget *editor, IssueKind kind);
/// Tooltip text listing every issue, worst first: "Error: Close date must be a date."
QString describe(const QList<FieldIssue> &issues);

} // namespace leadopp::ui::issuestyle
