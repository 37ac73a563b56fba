#include "ui/models/issuedecoration.h"

#include <QCoreApplication>

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
    const char *icon;
};

const ToneRow kTones[] = {
    { IssueTone::Error, 0xb3261e, 0xff8a80, 16, false, "error" },
    { IssueTone::Warning, 0x8a5300, 0xffc46b, 18, false, "warning" },
    { IssueTone::Addressed, 0x56677a, 0xa7b4c0, 10, true, "addressed" },
    { IssueTone::Accepted, 0x2e6b30, 0x8fd694, 14, false, "addressed" },
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

QString issueIconPath(IssueKind kind)
{
    return QStringLiteral(":/icons/") + QLatin1String(rowOf(issueTone(kind)).icon)
        + QStringLiteral(".svg");
}

QIcon issueIcon(IssueKind kind)
{
    return QIcon(issueIconPath(kind));
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
