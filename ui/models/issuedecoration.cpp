#include "ui/models/issuedecoration.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace leadopp::ui {

namespace {

QColor dotColor(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case IssueKind::Server:
        return QColor(0xe6, 0x51, 0x00);
    case IssueKind::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case IssueKind::AddressedServer:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QIcon drawDot(const QColor &color)
{
    QIcon icon;
    for (const int size : { 12, 16, 24 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(130));
        painter.setBrush(color);
        const qreal margin = size / 6.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon issueIcon(IssueKind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it == cache.end())
        it = cache.insert(int(kind), drawDot(dotColor(kind)));
    return *it;
}

QColor issueTint(IssueKind kind)
{
    QColor tint = dotColor(kind);
    tint.setAlpha(kind == IssueKind::AddressedServer ? 30 : 50);
    return tint;
}

QString issueToolTip(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const FieldIssue &issue : issues) {
        QString line = issueKindName(issue.kind) + QStringLiteral(": ") + issue.message;
        if (!issue.code.isEmpty())
            line += QStringLiteral(" (") + issue.code + u')';
        if (issue.kind == IssueKind::AddressedServer)
            line += u' '
                + QCoreApplication::translate("FieldIssue",
                                              "— addressed, will be "
                                              "checked on the next submit");
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace leadopp::ui
