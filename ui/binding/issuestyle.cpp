#include "ui/binding/issuestyle.h"

#include <QWidget>

namespace leadopp::ui::issuestyle {

namespace {

// The style-sheet selector for an editor: its nearest Qt class, since our own
// namespaced widget classes are not valid selectors.
QString selector(const QWidget *editor)
{
    const QMetaObject *meta = editor->metaObject();
    while (meta && !QByteArray(meta->className()).startsWith('Q'))
        meta = meta->superClass();
    return meta ? QString::fromLatin1(meta->className()) : QStringLiteral("QWidget");
}

} // namespace

QString styleSheetFor(const QWidget *editor, IssueKind kind)
{
    // The colours come from the surroundings' palette: once the editor has a style sheet of
    // its own, its palette is that sheet's, and a tint mixed from it again would darken.
    const QWidget *around = editor->parentWidget() ? editor->parentWidget() : editor;
    const IssueLook look = issueLook(kind, around->palette());
    // The text colour is set too: a style sheet background would otherwise pair with the
    // style's own idea of text on it (light text on a pale tint for a focused combo).
    // With the focus the frame grows outwards by a pixel, over the margin it keeps without:
    // a change of 3:1 or more (the accent against the window) that leaves the text in place.
    return QStringLiteral("%1 { background-color: %2; color: %3; border: 2px %4 %5; "
                          "border-radius: 3px; margin: 1px; padding: 1px 3px; "
                          "selection-background-color: %5; selection-color: %2; } "
                          "%1:focus { border-width: 3px; margin: 0px; }")
        .arg(selector(editor), look.tint.name(), look.text.name(),
             look.dashed ? QStringLiteral("dashed") : QStringLiteral("solid"), look.accent.name());
}

QString bannerStyleSheet(const QString &objectName, IssueTone tone)
{
    const IssueLook look = issueLook(tone);
    return QStringLiteral("#%1 { background: %2; border: 1px solid %3; border-radius: 4px; } "
                          "#%1 QLabel { color: %4; }")
        .arg(objectName, look.tint.name(), look.accent.name(), look.text.name());
}

QString describe(const QList<FieldIssue> &issues)
{
    return issueToolTip(issues);
}

} // namespace leadopp::ui::issuestyle
