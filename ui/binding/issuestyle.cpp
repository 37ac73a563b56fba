#include "ui/binding/issuestyle.h"

#include "ui/common/icons.h"

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

QColor frameColor(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Error:
    case IssueKind::Server:
        return QColor(0xd9, 0x30, 0x25);
    case IssueKind::Warning:
        return QColor(0xe3, 0x74, 0x00);
    case IssueKind::AddressedServer:
        return QColor(0x7a, 0x8c, 0x9e);
    }
    return {};
}

QColor tintColor(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Error:
    case IssueKind::Server:
        return QColor(0xfd, 0xec, 0xea);
    case IssueKind::Warning:
        return QColor(0xff, 0xf4, 0xe0);
    case IssueKind::AddressedServer:
        return QColor(0xf1, 0xf4, 0xf7);
    }
    return {};
}

QString iconPath(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Warning:
        return icons::path("warning");
    case IssueKind::AddressedServer:
        return icons::path("addressed");
    default:
        return icons::path("error");
    }
}

QIcon icon(IssueKind kind)
{
    return QIcon(iconPath(kind));
}

QString styleSheetFor(const QWidget *editor, IssueKind kind)
{
    const QString border
        = kind == IssueKind::AddressedServer ? QStringLiteral("dashed") : QStringLiteral("solid");
    return QStringLiteral("%1 { background-color: %2; border: 2px %3 %4; border-radius: 3px; "
                          "padding: 1px 3px; }")
        .arg(selector(editor), tintColor(kind).name(), border, frameColor(kind).name());
}

QString describe(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const FieldIssue &issue : issues) {
        QString line = issueKindName(issue.kind) + QStringLiteral(": ") + issue.message;
        if (!issue.code.isEmpty())
            line += QStringLiteral(" (") + issue.code + u')';
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace leadopp::ui::issuestyle
