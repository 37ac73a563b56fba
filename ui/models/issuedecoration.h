#pragma once

#include "ui/session/fieldissue.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace leadopp::ui {

/// A small coloured dot per issue kind: red error, orange server, amber warning, grey
/// addressed. Drawn in code so models need no resource file.
QIcon issueIcon(IssueKind kind);
/// A light background tint for a cell with an issue of this kind.
QColor issueTint(IssueKind kind);
/// Tooltip text: one line per issue, kind first, addressed server errors marked so.
QString issueToolTip(const QList<FieldIssue> &issues);

} // namespace leadopp::ui
