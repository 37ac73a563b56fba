#include "core/codec/jsonduplicates.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace leadopp::core {

namespace {

constexpr int kMaxWarnings = 50;

struct Frame {
    bool object = false;
    QString path;
    QStringList order;          ///< member names in first-seen order
    QHash<QString, int> counts; ///< occurrences per member name
    QString key;                ///< the member whose value comes next
    bool expectKey = true;
    int index = 0;
};

// The string token starting at `begin` (a quote); returns the offset after its closing quote.
qsizetype stringEnd(const QByteArray &json, qsizetype begin)
{
    for (qsizetype i = begin + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i + 1;
    }
    return json.size();
}

QString decodeKey(const QByteArray &token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.mid(1, token.size() - 2));
    return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
}

QString childPath(const Frame &parent)
{
    if (!parent.object)
        return parent.path + u'[' + QString::number(parent.index) + u']';
    return parent.path.isEmpty() ? parent.key : parent.path + u'.' + parent.key;
}

void reportDuplicates(const Frame &frame, QStringList &warnings)
{
    for (const QString &name : frame.order) {
        const int count = frame.counts.value(name);
        if (count < 2 || warnings.size() >= kMaxWarnings)
            continue;
        const QString where = frame.path.isEmpty()
            ? QCoreApplication::translate("DocumentReader", "the top level")
            : frame.path;
        warnings.append(
            QCoreApplication::translate(
                "DocumentReader", "The member “%1” occurs %2 times in %3; the last value is kept.")
                .arg(name)
                .arg(count)
                .arg(where));
    }
}

void onKey(Frame &frame, const QString &key)
{
    if (frame.counts.contains(key))
        ++frame.counts[key];
    else {
        frame.order.append(key);
        frame.counts.insert(key, 1);
    }
    frame.key = key;
    frame.expectKey = false;
}

} // namespace

QStringList duplicateMemberWarnings(const QByteArray &json)
{
    QStringList warnings;
    QList<Frame> stack;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            Frame frame;
            frame.object = c == '{';
            frame.path = stack.isEmpty() ? QString() : childPath(stack.last());
            stack.append(frame);
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                reportDuplicates(stack.takeLast(), warnings);
            ++i;
        } else if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey)
                onKey(stack.last(), decodeKey(json.mid(i, end - i)));
            i = end;
        } else if (c == ',' && !stack.isEmpty()) {
            stack.last().expectKey = true;
            ++stack.last().index;
            ++i;
        } else {
            ++i;
        }
    }
    return warnings;
}

} // namespace leadopp::core
