#pragma once

#include "ui/session/fieldissue.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>

namespace leadopp::ui {

/// How an issue of one kind looks wherever it is shown: form fields, table cells, row
/// headers, section tabs, the Problems list and the submission banner. Derived from the
/// palette, so it reads in a light and in a dark theme alike; a server error looks like
/// a client error (both block a submit), an addressed one is grey and dashed.
struct IssueLook {
    QColor accent;       ///< frames, markers and text on the window background
    QColor tint;         ///< the background of a flagged field, cell or banner
    QColor text;         ///< text on the tint
    bool dashed = false; ///< the frame of an addressed server error
};

/// The kinds of look in the one table: the issue kinds plus the accepted submission.
enum class IssueTone { Error, Warning, Addressed, Accepted };

IssueTone issueTone(IssueKind kind);
IssueLook issueLook(IssueTone tone, const QPalette &palette = QGuiApplication::palette());
inline IssueLook issueLook(IssueKind kind, const QPalette &palette = QGuiApplication::palette())
{
    return issueLook(issueTone(kind), palette);
}
/// The icon of a kind, drawn in code (so the models need no resource file) in the colours
/// of `palette`: the kind's accent with a mark in the base colour.
QIcon issueIcon(IssueKind kind, const QPalette &palette = QGuiApplication::palette());
/// The background tint of a cell with an issue of this kind.
QColor issueTint(IssueKind kind);
/// Tooltip text: one line per issue, kind first, addressed server errors marked so.
QString issueToolTip(const QList<FieldIssue> &issues);

} // namespace leadopp::ui
