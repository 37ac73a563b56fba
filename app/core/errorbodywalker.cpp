#include "core/errorbodywalker.h"

#include "core/errorpathparser.h"
#include "core/errorpathresolver.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>

namespace leadopp::core {

namespace {

// No record is deeper than a handful of levels; past this a path stops growing, which
// keeps rebuilding paths linear on hostile bodies.
constexpr int kMaxPathDepth = 32;

QStringList keySegments(const QString &key)
{
    const bool notation = std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c == u'.' || c == u'[' || c == u'/' || c == u'#' || c == u'$';
    });
    return notation ? parseErrorPath(key) : QStringList { key };
}

QString itemMessage(const ErrorItem &read, bool hasNested)
{
    if (!read.message.isEmpty() || hasNested)
        return read.message;
    if (!read.title.isEmpty())
        return read.title;
    if (!read.code.isEmpty())
        return QCoreApplication::translate("ErrorMapper", "The server reported error %1.")
            .arg(read.code);
    if (read.hasPath)
        return QCoreApplication::translate("ErrorMapper", "The server rejected this value.");
    return QString();
}

} // namespace

void ErrorBodyWalker::walkItems(const QJsonArray &items)
{
    run({ items, -1, Kind::Items });
}

void ErrorBodyWalker::walkItem(const QJsonObject &item)
{
    run({ item, -1, Kind::Item });
}

void ErrorBodyWalker::walkNested(const QJsonValue &value)
{
    run({ value, -1, Kind::Nested });
}

void ErrorBodyWalker::run(Work work)
{
    m_stack.append(std::move(work));
    while (!m_stack.isEmpty()) {
        const Work next = m_stack.takeLast();
        step(next);
    }
}

void ErrorBodyWalker::step(const Work &work)
{
    if (work.kind == Kind::Items) {
        stepItems(work.value.toArray(), work.base);
    } else if (work.kind == Kind::Item) {
        stepItem(work.value.toObject(), work.base);
    } else if (work.value.isString()) {
        if (!work.value.toString().trimmed().isEmpty())
            emitError(work.base, nullptr, work.value.toString(), QString(), false);
    } else if (work.value.isObject()) {
        stepNestedObject(work.value.toObject(), work.base);
    } else if (work.value.isArray()) {
        stepNestedArray(work.value.toArray(), work.base);
    }
}

// Children are pushed last-first so the stack pops them in body order.
void ErrorBodyWalker::stepItems(const QJsonArray &items, int base)
{
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QJsonValue item = items.at(i);
        if (item.isObject())
            m_stack.append({ item, base, Kind::Item });
        else if (item.isArray())
            m_stack.append({ item, base, Kind::Items });
        else if (item.isString())
            m_stack.append({ item, base, Kind::Nested });
    }
}

void ErrorBodyWalker::stepItem(const QJsonObject &object, int base)
{
    const ErrorItem read = readErrorItem(object);
    const bool hasNested = !read.nestedItems.isEmpty() || !read.nestedObject.isEmpty();
    const QString message = itemMessage(read, hasNested);
    if (!message.isEmpty()) {
        if (read.paths.isEmpty())
            emitError(base, nullptr, message, read.code, read.hasPath);
        for (const ErrorItemPath &path : read.paths)
            emitError(base, &path, message, read.code, true);
    }
    if (!read.nestedObject.isEmpty())
        m_stack.append({ read.nestedObject, base, Kind::Nested });
    for (qsizetype i = read.nestedItems.size() - 1; i >= 0; --i)
        m_stack.append({ read.nestedItems.at(i), base, Kind::Items });
}

void ErrorBodyWalker::stepNestedObject(const QJsonObject &object, int base)
{
    if (isErrorItem(object)) {
        stepItem(object, base);
        return;
    }
    for (auto it = object.constEnd(); it != object.constBegin();) {
        --it;
        const QString key = it.key();
        const int child = ErrorPathResolver::isRecordMarker(key)
            ? base
            : extend(base, keySegments(key), key, false);
        m_stack.append({ it.value(), child, Kind::Nested });
    }
}

void ErrorBodyWalker::stepNestedArray(const QJsonArray &array, int base)
{
    for (qsizetype i = array.size() - 1; i >= 0; --i) {
        const QJsonValue element = array.at(i);
        if (element.isString()) {
            m_stack.append({ element, base, Kind::Nested });
        } else if (element.isObject() && isErrorItem(element.toObject())) {
            m_stack.append({ element, base, Kind::Item });
        } else if (element.isObject() || element.isArray()) {
            const QString index = QString::number(i);
            m_stack.append({ element, extend(base, { index }, index, true), Kind::Nested });
        }
    }
}

int ErrorBodyWalker::extend(int base, const QStringList &segments, const QString &raw, bool isIndex)
{
    const int depth = base < 0 ? 1 : m_nodes.at(base).depth + 1;
    if (depth > kMaxPathDepth)
        return base;
    m_nodes.append({ base, depth, segments, raw, isIndex });
    return int(m_nodes.size() - 1);
}

void ErrorBodyWalker::emitError(int base, const ErrorItemPath *path, const QString &message,
                                const QString &code, bool hasPath)
{
    QList<int> chain;
    for (int node = base; node >= 0; node = m_nodes.at(node).parent)
        chain.prepend(node);
    RawError error { message, code, QString(), QStringList(), hasPath || base >= 0 };
    for (const int node : chain) {
        const Node &step = m_nodes.at(node);
        error.segments += step.segments;
        if (step.isIndex)
            error.rawPath += u'[' + step.raw + u']';
        else
            error.rawPath += (error.rawPath.isEmpty() ? QString() : QStringLiteral(".")) + step.raw;
    }
    if (path) {
        error.segments += path->segments;
        error.rawPath += (error.rawPath.isEmpty() ? QString() : QStringLiteral(".")) + path->raw;
    }
    m_errors.append(error);
}

} // namespace leadopp::core
