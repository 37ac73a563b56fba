#include "core/errors/errorpathparser.h"

namespace leadopp::core {

namespace {

// Messages are read only this far: a path sits near the start, and it keeps hostile
// bodies linear.
constexpr qsizetype kMaxScanned = 4096;

QString quotedAfter(QStringView message, QLatin1String introducer)
{
    qsizetype from = 0;
    while ((from = message.indexOf(introducer, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype open = from + introducer.size();
        from = open;
        if (open >= message.size() || (message[open] != u'"' && message[open] != u'\''))
            continue;
        const qsizetype close = message.indexOf(message[open], open + 1);
        if (close < 0)
            return QString(); // no later quote can close either
        if (close > open + 1)
            return message.mid(open + 1, close - open - 1).toString();
    }
    return QString();
}

// System.Text.Json: "... Path: $.offerLines[1].amount | LineNumber: 0 ..."
QString unquotedAfterPathColon(QStringView message)
{
    const qsizetype at = message.indexOf(QLatin1String("Path: "));
    if (at < 0)
        return QString();
    QStringView rest = message.mid(at + 6);
    qsizetype end = 0;
    while (end < rest.size() && !rest[end].isSpace() && rest[end] != u'|')
        ++end;
    return rest.left(end).toString();
}

// Jackson: (through reference chain: a.Update["offerLines"]->java.util.ArrayList[1]->...)
QString jacksonChain(QStringView message)
{
    const QLatin1String marker("through reference chain:");
    const qsizetype at = message.indexOf(marker);
    if (at < 0)
        return QString();
    QStringView chain = message.mid(at + marker.size());
    const qsizetype close = chain.indexOf(u')');
    chain = close >= 0 ? chain.left(close) : chain;
    QString path;
    for (const QStringView link : chain.split(u"->")) {
        const qsizetype open = link.lastIndexOf(u'[');
        const qsizetype end = link.lastIndexOf(u']');
        if (open < 0 || end <= open)
            continue;
        const QStringView inside = link.mid(open + 1, end - open - 1);
        if (inside.startsWith(u'"') && inside.endsWith(u'"') && inside.size() > 2)
            path += (path.isEmpty() ? QString() : QStringLiteral("."))
                + inside.mid(1, inside.size() - 2);
        else
            path += u'[' + inside.toString() + u']';
    }
    return path;
}

// Joi: "\"offerLines[1].amount\" must be ..."; validators: "body/offerLines/1/amount must ..."
QString leadingPath(QStringView message)
{
    if (message.startsWith(u'"')) {
        const qsizetype close = message.indexOf(u'"', 1);
        return close > 1 ? message.mid(1, close - 1).toString() : QString();
    }
    qsizetype end = 0;
    while (end < message.size() && !message[end].isSpace())
        ++end;
    QStringView word = message.left(end);
    while (word.endsWith(u':') || word.endsWith(u','))
        word.chop(1);
    const bool shaped = word.contains(u'/') || word.contains(u'[')
        || (word.contains(u'.') && !word.endsWith(u'.'));
    return shaped && end < message.size() ? word.toString() : QString();
}

} // namespace

QStringList pathsInProse(QStringView message)
{
    const QStringView scanned = message.left(kMaxScanned);
    QStringList candidates;
    for (const QString &candidate :
         { pathInProse(scanned), quotedAfter(scanned, QLatin1String(" at ")),
           unquotedAfterPathColon(scanned), jacksonChain(scanned), leadingPath(scanned) }) {
        if (!candidate.trimmed().isEmpty() && !candidates.contains(candidate))
            candidates.append(candidate);
    }
    return candidates;
}

} // namespace leadopp::core
