#include "ui/models/issuedecoration.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

namespace leadopp::ui {

namespace {

// The one table of issue colours: a hue per tone, for a light and for a dark window.
// Each is mixed with the palette's base for the tint; text on the tint is the palette's
// own text, so it keeps the contrast the theme chose.
struct ToneRow {
    IssueTone tone;
    QRgb onLight; ///< accent on a light window: dark enough for text
    QRgb onDark;  ///< accent on a dark window: light enough for text
    int tintPercent;
    bool dashed;
};

const ToneRow kTones[] = {
    { IssueTone::Error, 0xb3261e, 0xff8a80, 16, false },
    { IssueTone::Warning, 0x8a5300, 0xffc46b, 18, false },
    { IssueTone::Addressed, 0x56677a, 0xa7b4c0, 10, true },
    { IssueTone::Accepted, 0x2e6b30, 0x8fd694, 14, false },
};

const ToneRow &rowOf(IssueTone tone)
{
    for (const ToneRow &row : kTones) {
        if (row.tone == tone)
            return row;
    }
    return kTones[0];
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor mixed(const QColor &base, const QColor &hue, int percent)
{
    const auto channel
        = [percent](int from, int to) { return (from * (100 - percent) + to * percent) / 100; };
    return QColor(channel(base.red(), hue.red()), channel(base.green(), hue.green()),
                  channel(base.blue(), hue.blue()));
}

} // namespace

IssueTone issueTone(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Warning:
        return IssueTone::Warning;
    case IssueKind::AddressedServer:
        return IssueTone::Addressed;
    case IssueKind::Error:
    case IssueKind::Server:
        break;
    }
    return IssueTone::Error;
}

IssueLook issueLook(IssueTone tone, const QPalette &palette)
{
    const ToneRow &row = rowOf(tone);
    const QColor accent = QColor::fromRgb(isDark(palette) ? row.onDark : row.onLight);
    const QColor base = palette.color(QPalette::Base);
    return { accent, mixed(base, accent, row.tintPercent), palette.color(QPalette::Text),
             row.dashed };
}

namespace {

// The glyphs of resources/icons/{error,warning,addressed}.svg, drawn in code (the models
// live in a library without the resource file) in the palette's accent of each tone, with
// the mark in the palette's base: the accent keeps 3:1 against a tint, the window and the
// base alike (WCAG non-text contrast), which a fixed red loses on a dark tint.
void drawGlyph(QPainter &painter, IssueTone tone, qreal size, const QPalette &palette)
{
    const QColor accent = issueLook(tone, palette).accent;
    painter.scale(size / 16.0, size / 16.0);
    if (tone == IssueTone::Addressed) {
        painter.setPen(QPen(accent, 1.5, Qt::DashLine));
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        painter.setPen(
            QPen(issueLook(IssueTone::Accepted, palette).accent, 1.8, Qt::SolidLine, Qt::RoundCap));
        painter.drawPolyline(
            QPolygonF({ QPointF(4.8, 8.2), QPointF(7, 10.4), QPointF(11.2, 5.8) }));
        return;
    }
    const bool warning = tone == IssueTone::Warning;
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    if (warning)
        painter.drawPolygon(
            QPolygonF({ QPointF(8, 1.2), QPointF(15.2, 14.3), QPointF(0.8, 14.3) }));
    else
        painter.drawEllipse(QRectF(1, 1, 14, 14));
    painter.setBrush(palette.color(QPalette::Base));
    const qreal top = warning ? 5.2 : 3.5;
    painter.drawRoundedRect(QRectF(7.1, top, 1.8, warning ? 5 : 6), 0.9, 0.9);
    painter.drawEllipse(QPointF(8, warning ? 12.1 : 12), 1, 1);
}

QIcon drawIcon(IssueTone tone, const QPalette &palette)
{
    QIcon icon;
    for (const int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        drawGlyph(painter, tone, size, palette);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon issueIcon(IssueKind kind, const QPalette &palette)
{
    // One icon per tone and palette: the colours that paint it are the key.
    static QHash<QString, QIcon> cache;
    const IssueTone tone = issueTone(kind);
    const QString key = QString::number(int(tone)) + issueLook(tone, palette).accent.name()
        + palette.color(QPalette::Base).name();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, drawIcon(tone, palette));
    return *it;
}

QColor issueTint(IssueKind kind)
{
    return issueLook(kind).tint;
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
