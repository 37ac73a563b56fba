#include "core/catalogue/fieldpath.h"

#include <QVarLengthArray>

namespace leadopp::core {

FieldPath::FieldPath(QList<Segment> segments) : m_segments(std::move(segments)) { }

FieldPath FieldPath::invalid()
{
    FieldPath path;
    path.m_valid = false;
    return path;
}

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'$' || c == u'&';
}

// Reads "[123]" at `pos`; returns -1 when the text there is not a bracketed index.
int readIndex(QStringView text, qsizetype &pos)
{
    const qsizetype close = text.indexOf(u']', pos);
    if (close < 0)
        return -1;
    bool ok = false;
    const int value = text.mid(pos + 1, close - pos - 1).toInt(&ok);
    if (!ok || value < 0)
        return -1;
    pos = close + 1;
    return value;
}

} // namespace

FieldPath FieldPath::parse(QStringView text)
{
    FieldPath path;
    qsizetype pos = 0;
    bool expectName = true;
    while (pos < text.size()) {
        if (text[pos] == u'[') {
            const int value = readIndex(text, pos);
            if (value < 0 || path.m_segments.isEmpty()) {
                path.m_valid = false;
                return path;
            }
            path.m_segments.append(value);
            expectName = false;
            continue;
        }
        if (text[pos] == u'.' && !expectName && !path.m_segments.isEmpty()) {
            ++pos;
            expectName = true;
            continue;
        }
        qsizetype end = pos;
        while (end < text.size() && isNameChar(text[end]))
            ++end;
        if (end == pos || !expectName) {
            path.m_valid = false;
            return path;
        }
        path.m_segments.append(text.mid(pos, end - pos).toString());
        pos = end;
        expectName = false;
    }
    if (expectName && !path.m_segments.isEmpty())
        path.m_valid = false;
    return path;
}

FieldPath FieldPath::member(const QString &name) const
{
    FieldPath copy = *this;
    copy.m_segments.append(name);
    return copy;
}

FieldPath FieldPath::index(int row) const
{
    FieldPath copy = *this;
    copy.m_segments.append(row);
    return copy;
}

FieldPath FieldPath::parent() const
{
    return left(size() - 1);
}

FieldPath FieldPath::left(int count) const
{
    FieldPath copy = *this;
    copy.m_segments = m_segments.mid(0, qMax(0, count));
    return copy;
}

bool FieldPath::startsWith(const FieldPath &prefix) const
{
    return prefix.size() <= size() && m_segments.mid(0, prefix.size()) == prefix.m_segments;
}

namespace {

using Printed = QVarLengthArray<QChar, 128>;

// "[12]" appended without a temporary string: paths are printed for every mapped error.
void appendIndex(Printed &text, int row)
{
    char16_t digits[12];
    qsizetype count = 0;
    unsigned value = row < 0 ? 0u - unsigned(row) : unsigned(row);
    do {
        digits[count++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    text.append(u'[');
    if (row < 0)
        text.append(u'-');
    while (count > 0)
        text.append(QChar(digits[--count]));
    text.append(u']');
}

void appendName(Printed &text, const QString &name)
{
    if (!text.isEmpty())
        text.append(u'.');
    text.append(name.constData(), name.size());
}

} // namespace

// Both printers fill a buffer on the stack and allocate the result once.
QString FieldPath::toString() const
{
    Printed text;
    for (const Segment &segment : m_segments) {
        if (const int *row = std::get_if<int>(&segment))
            appendIndex(text, *row);
        else
            appendName(text, std::get<QString>(segment));
    }
    return text.isEmpty() ? QString() : QString(text.constData(), text.size());
}

QString FieldPath::pattern() const
{
    Printed text;
    for (const Segment &segment : m_segments) {
        if (std::holds_alternative<int>(segment)) {
            text.append(u'[');
            text.append(u']');
        } else {
            appendName(text, std::get<QString>(segment));
        }
    }
    return text.isEmpty() ? QString() : QString(text.constData(), text.size());
}

int FieldPath::rowIndex() const
{
    for (const Segment &segment : m_segments) {
        if (const int *row = std::get_if<int>(&segment))
            return *row;
    }
    return -1;
}

bool isPathPrefix(QStringView prefix, QStringView path)
{
    if (prefix.isEmpty())
        return true;
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == u'.'
        || path.at(prefix.size()) == u'[';
}

bool isOnBranch(QStringView a, QStringView b)
{
    return isPathPrefix(a, b) || isPathPrefix(b, a);
}

} // namespace leadopp::core
