#include "core/codec/namerepeats.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

#include <algorithm>

namespace leadopp::core {

namespace {

// Each name is compared with the names of its object met before it: a row's few dozen cost
// little, but an object of thousands of members would cost their square. Past this many,
// the reader's count of the parsed members decides.
constexpr qsizetype kMostNamesCompared = 128;

// One level of the tree: its objects' members are counted, and its containers make up the
// next level only while the text still has containers the walk has not met. Once all are
// met (usually at the rows), the values below are not asked their type at all.
qsizetype countLevel(const QList<QJsonValue> &level, qsizetype &unmet, QList<QJsonValue> &next)
{
    qsizetype members = 0;
    for (const QJsonValue &container : level) {
        if (container.isObject()) {
            const QJsonObject object = container.toObject();
            members += object.size();
            for (auto it = object.begin(); unmet > 0 && it != object.end(); ++it) {
                if (it.value().isObject() || it.value().isArray()) {
                    next.append(it.value());
                    --unmet;
                }
            }
            continue;
        }
        const QJsonArray array = container.toArray();
        for (auto it = array.begin(); unmet > 0 && it != array.end(); ++it) {
            if ((*it).isObject() || (*it).isArray()) {
                next.append(*it);
                --unmet;
            }
        }
    }
    return members;
}

} // namespace

void NameRepeatWatch::open(bool isObject)
{
    m_frames.append({ m_names.size(), isObject });
}

void NameRepeatWatch::close()
{
    if (m_frames.isEmpty()) {
        m_mayRepeat = true;
        return;
    }
    m_names.resize(m_frames.last().firstName);
    m_frames.removeLast();
}

void NameRepeatWatch::name(QByteArrayView name)
{
    if (m_mayRepeat)
        return;
    if (m_frames.isEmpty() || !m_frames.last().isObject) {
        m_mayRepeat = true;
        return;
    }
    const auto first = m_names.begin() + m_frames.last().firstName;
    if (m_names.end() - first >= kMostNamesCompared
        || std::find(first, m_names.end(), name) != m_names.end()) {
        m_mayRepeat = true;
        return;
    }
    m_names.append(name);
}

qsizetype memberCount(const QJsonObject &object, qsizetype containers)
{
    qsizetype unmet = containers - 1;
    qsizetype members = 0;
    QList<QJsonValue> level { object };
    while (!level.isEmpty()) {
        QList<QJsonValue> next;
        members += countLevel(level, unmet, next);
        level.swap(next);
    }
    return members;
}

} // namespace leadopp::core
