#pragma once

#include "ui/models/issuedecoration.h"

#include <QString>

class QWidget;

namespace leadopp::ui::issuestyle {

/// The issue look (ui/models/issuedecoration.h) applied to widgets: editors, labels and the
/// banner take their colours from the one table there, never a colour of their own.

/// The style sheet that marks `editor` with `kind`: tinted background, the palette's text
/// (also for the current item of a combo), and a frame in the kind's accent.
QString styleSheetFor(const QWidget *editor, IssueKind kind);
/// The style sheet of the submission banner (object name `objectName`) in `tone`.
QString bannerStyleSheet(const QString &objectName, IssueTone tone);
/// Tooltip text listing every issue, worst first: "Error: Close date must be a date."
QString describe(const QList<FieldIssue> &issues);

} // namespace leadopp::ui::issuestyle
