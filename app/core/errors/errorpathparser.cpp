#include "core/errors/errorpathparser.h"

#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

namespace leadopp::core {

namespace {

// RFC 6901 escapes: "~1" is '/', "~0" is '~' (in that order).
QString unescapePointerToken(QStringView token)
{
    QString text = token.toString();
    if (!token.contains(u'~'))
        return text;
    text.replace(QLatin1String("~1"), QLatin1String("/"));
    text.replace(QLatin1String("~0"), QLatin1String("~"));
    return text;
}

// Every error of a large body names its path in one of these: split by hand, each token
// trimmed once, instead of through a tokenizer.
QStringList parsePointer(QStringView text)
{
    QStringList segments;
    segments.reserve(text.count(u'/') + 1);
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype slash = text.indexOf(u'/', from);
        if (slash < 0)
            slash = text.size();
        const QStringView token = text.mid(from, slash - from).trimmed();
        if (!token.isEmpty())
            segments.append(unescapePointerToken(token));
        from = slash + 1;
    }
    return segments;
}

// One bracket group at `pos` ("[1]", "['name']", "[\"name\"]"); moves `pos` past it.
QString readBracket(QStringView text, qsizetype &pos)
{
    const qsizetype start = pos + 1;
    if (start < text.size() && (text[start] == u'\'' || text[start] == u'"')) {
        const qsizetype close = text.indexOf(text[start], start + 1);
        if (close > 0) {
            const qsizetype end = text.indexOf(u']', close);
            pos = end < 0 ? text.size() : end + 1;
            return text.mid(start + 1, close - start - 1).toString();
        }
    }
    const qsizetype end = text.indexOf(u']', start);
    pos = end < 0 ? text.size() : end + 1;
    return text.mid(start, (end < 0 ? text.size() : end) - start).trimmed().toString();
}

// Dots and brackets: "offerLines[1].amount", ".offerLines.1.amount", "['a'][1]['b']".
QStringList parseDotted(QStringView text)
{
    QStringList segments;
    segments.reserve(text.count(u'.') + text.count(u'[') + 1);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (c == u'.') {
            ++pos;
        } else if (c == u'[') {
            const QString segment = readBracket(text, pos);
            if (!segment.isEmpty())
                segments.append(segment);
        } else {
            qsizetype end = pos;
            while (end < text.size() && text[end] != u'.' && text[end] != u'[')
                ++end;
            const QStringView name = text.mid(pos, end - pos).trimmed();
            if (!name.isEmpty())
                segments.append(name.toString());
            pos = end;
        }
    }
    return segments;
}

// OData addresses a row by key predicate: "offerLines(1)" is {"offerLines", "1"}.
QStringList splitKeyPredicates(const QStringList &segments)
{
    QStringList split;
    for (const QString &segment : segments) {
        const qsizetype open = segment.indexOf(u'(');
        const QStringView key = open > 0 && segment.endsWith(u')')
            ? QStringView(segment).mid(open + 1, segment.size() - open - 2)
            : QStringView();
        const bool digits = !key.isEmpty()
            && std::all_of(key.begin(), key.end(), [](QChar c) { return c.isDigit(); });
        if (digits)
            split << segment.left(open) << key.toString();
        else
            split << segment;
    }
    return split;
}

QStringList parseText(QStringView text)
{
    QStringView rest = text.trimmed();
    if (rest.startsWith(u'#'))
        return parsePointer(rest.mid(1));
    if (rest.startsWith(u'/'))
        return parsePointer(rest);
    if (rest.startsWith(u'$'))
        rest = rest.mid(1);
    const bool pointerLike = rest.contains(u'/') && !rest.contains(u'.') && !rest.contains(u'[');
    return pointerLike ? parsePointer(rest) : parseDotted(rest);
}

} // namespace

QStringList parseErrorPath(QStringView text)
{
    const QStringList segments = parseText(text);
    const bool predicates = std::any_of(segments.cbegin(), segments.cend(),
                                        [](const QString &s) { return s.endsWith(u')'); });
    return predicates ? splitKeyPredicates(segments) : segments;
}

QStringList parseErrorPathArray(const QJsonArray &array)
{
    QStringList segments;
    for (const QJsonValue &element : array) {
        if (element.isString()) {
            segments.append(element.toString());
        } else if (element.isDouble()) {
            segments.append(QString::number(element.toInteger()));
        } else if (element.isObject()) {
            const QJsonObject object = element.toObject();
            QJsonValue name = object.value(QLatin1String("field"));
            if (!name.isString())
                name = object.value(QLatin1String("name"));
            if (name.isString())
                segments.append(parseErrorPath(name.toString()));
            const QJsonValue index = object.value(QLatin1String("index"));
            if (index.isDouble())
                segments.append(QString::number(index.toInteger()));
            else if (index.isString())
                segments.append(index.toString());
        }
    }
    return segments;
}

QString pathInProse(QStringView message)
{
    static const QLatin1String kIntroducers[] = { QLatin1String("path "), QLatin1String("field ") };
    for (const QLatin1String introducer : kIntroducers) {
        // Once a quote character has no closing partner, later ones cannot have one
        // either: skipping them keeps the scan linear.
        bool singleOpen = true;
        bool doubleOpen = true;
        qsizetype from = 0;
        while ((from = message.indexOf(introducer, from, Qt::CaseInsensitive)) >= 0) {
            const qsizetype open = from + introducer.size();
            from = open;
            if (open >= message.size())
                break;
            const QChar quote = message[open];
            bool &usable = quote == u'"' ? doubleOpen : singleOpen;
            if ((quote != u'\'' && quote != u'"') || !usable)
                continue;
            const qsizetype close = message.indexOf(quote, open + 1);
            if (close < 0)
                usable = false;
            else if (close > open + 1)
                return message.mid(open + 1, close - open - 1).toString();
        }
    }
    return QString();
}

} // namespace leadopp::core
