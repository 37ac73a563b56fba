#include "core/errors/errorbodywalker.h"

#include "core/errors/errorbodyshapes.h"
#include "core/errors/errorpathparser.h"
#include "core/errors/errorpathresolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace leadopp::core {

namespace {

// A list of plain strings under one of these names is a list of messages
// (`errors: ["..."]`, `messages`, `non_field_errors`, `formErrors`, ...).
bool holdsMessages(const QString &key)
{
    static const QStringList kKeys { QStringLiteral("messages"), QStringLiteral("details"),
                                     QStringLiteral("errorMessages") };
    return ErrorPathResolver::isRecordMarker(key) || kKeys.contains(key);
}

// An object holding the words of its item (OData `{lang, value}`, FHIR `{coding, text}`)
// was read with the item; its codings are not errors of their own.
bool isMessageObject(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(QLatin1String("text")).isString()
        || object.value(QLatin1String("value")).isString();
}

bool isFilled(const QJsonValue &value)
{
    return (value.isArray() && !value.toArray().isEmpty())
        || (value.isObject() && !value.toObject().isEmpty());
}

QString fallbackMessage(const ErrorItem &read)
{
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

void ErrorBodyWalker::discover(const QJsonValue &value)
{
    run({ value, -1, -1, Kind::Discover });
}

void ErrorBodyWalker::walkRootItem(const QJsonObject &item)
{
    run({ item, -1, -1, Kind::RootItem });
}

void ErrorBodyWalker::walkNested(const QJsonValue &value)
{
    run({ value, -1, -1, Kind::Nested });
}

void ErrorBodyWalker::run(Work work)
{
    m_stack.append(std::move(work));
    while (!m_stack.isEmpty()) {
        Work next = m_stack.takeLast();
        // Work still waiting refers only to steps on the path to `next`, which all come
        // before its base: the steps after it belong to subtrees already walked.
        m_nodes.resize(next.base + 1);
        if (next.hasStep)
            next.base = extend(next.base, next.step, next.stepIsIndex);
        step(next);
    }
}

void ErrorBodyWalker::step(const Work &work)
{
    switch (work.kind) {
    case Kind::Discover:
        stepDiscover(work);
        return;
    case Kind::Element:
        stepElement(work);
        return;
    case Kind::RootItem:
        stepItem(ErrorItemMembers(work.value.toObject()), work);
        return;
    case Kind::Nested:
        break;
    }
    if (work.value.isString()) {
        const QString message = work.value.toString().trimmed();
        if (!message.isEmpty())
            emitError(work, nullptr, message, QString(), false);
    } else if (work.value.isObject()) {
        stepNestedObject(work.value.toObject(), work);
    } else if (work.value.isArray()) {
        stepNestedArray(work.value.toArray(), work);
    }
}

// The discovery rule: an object pairing a message-like member with a path-like one (or
// standing alone) is an error item; an object whose keys are paths and whose values are
// messages is a nested error object; a record echo is skipped; anything else is a
// container searched further. Children are pushed last-first so they pop in body order.
void ErrorBodyWalker::stepDiscover(const Work &work)
{
    if (work.value.isArray()) {
        const QJsonArray array = work.value.toArray();
        for (qsizetype i = array.size() - 1; i >= 0; --i) {
            if (array.at(i).isObject() || array.at(i).isArray())
                m_stack.append({ array.at(i), work.base, work.context, Kind::Discover });
        }
        return;
    }
    const QJsonObject object = work.value.toObject();
    if (object.isEmpty() || m_shapes.isRecordEcho(object))
        return;
    const ErrorItemMembers members(object);
    if (isErrorItem(members))
        stepItem(members, work);
    else if (m_shapes.isMessageMap(object))
        pushNestedMembers(members, work);
    else
        stepContainer(members, work);
}

void ErrorBodyWalker::stepContainer(const ErrorItemMembers &object, const Work &work)
{
    for (qsizetype at = object.size() - 1; at >= 0; --at) {
        const QJsonValue value = object.member(at);
        if (ErrorBodyShapes::isStringList(value)) {
            if (holdsMessages(object.key(at)))
                m_stack.append({ value, work.base, work.context, Kind::Nested });
        } else if (value.isObject() || value.isArray()) {
            m_stack.append({ value, work.base, work.context, Kind::Discover });
        }
    }
}

void ErrorBodyWalker::stepItem(const ErrorItemMembers &object, const Work &work)
{
    const ErrorItem read = readErrorItem(object, work.kind == Kind::RootItem);
    QStringList messages = read.messages;
    const bool hasChildren
        = std::any_of(object.children().cbegin(), object.children().cend(),
                      [&](qsizetype child) { return isFilled(object.member(child)); });
    if (messages.isEmpty() && !hasChildren && !fallbackMessage(read).isEmpty())
        messages.append(fallbackMessage(read));
    for (const QString &message : std::as_const(messages)) {
        if (read.paths.isEmpty())
            emitError(work, nullptr, message, read.code, read.hasPath);
        for (const ErrorItemPath &path : read.paths)
            emitError(work, &path, message, read.code, true);
    }
    if (!hasChildren) // nothing inside is filled: nothing would be pushed
        return;
    Work inner = work;
    if (!read.paths.isEmpty()) {
        m_contexts.append(read.paths.first().segments);
        inner.context = int(m_contexts.size() - 1);
    }
    pushItemChildren(object, inner);
}

// Inner errors of an item (`details`, `errors`, `innererror.errordetails`, WordPress
// `data.params`) are discovered like any other part of the body; the value data an item
// carries about itself (`input`, `params`, `context`, ...) is not entered.
void ErrorBodyWalker::pushItemChildren(const ErrorItemMembers &object, const Work &work)
{
    const QVarLengthArray<qsizetype, 8> &children = object.children();
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        const QJsonValue value = object.member(*it);
        if (!isFilled(value) || isMessageObject(value))
            continue;
        const bool messages = ErrorBodyShapes::isStringList(value);
        if (messages && !holdsMessages(object.key(*it)))
            continue;
        m_stack.append(
            { value, work.base, work.context, messages ? Kind::Nested : Kind::Discover });
    }
}

void ErrorBodyWalker::stepNestedObject(const QJsonObject &object, const Work &work)
{
    const ErrorItemMembers members(object);
    if (isErrorItem(members))
        stepItem(members, work);
    else
        pushNestedMembers(members, work);
}

// A nested error object may have thousands of members (one per row): room for all of them
// is made at once rather than by a dozen doublings of the stack.
void ErrorBodyWalker::makeRoom(qsizetype more)
{
    const qsizetype needed = m_stack.size() + more;
    if (needed > m_stack.capacity())
        m_stack.reserve(std::max(needed, 2 * m_stack.capacity()));
}

void ErrorBodyWalker::pushNestedMembers(const ErrorItemMembers &object, const Work &work)
{
    makeRoom(object.size());
    for (qsizetype at = object.size() - 1; at >= 0; --at) {
        const QString &key = object.key(at);
        const bool named = !ErrorPathResolver::isRecordMarker(key);
        m_stack.append({ object.member(at), work.base, work.context, Kind::Nested, -1,
                         named ? key : QString(), named, false });
    }
}

void ErrorBodyWalker::stepNestedArray(const QJsonArray &array, const Work &work)
{
    makeRoom(array.size());
    for (qsizetype i = array.size() - 1; i >= 0; --i) {
        const QJsonValue element = array.at(i);
        if (element.isString()) {
            m_stack.append({ element, work.base, work.context, Kind::Nested });
        } else if (element.isObject()) {
            m_stack.append({ element, work.base, work.context, Kind::Element, int(i) });
        } else if (element.isArray()) {
            m_stack.append({ element, work.base, work.context, Kind::Nested, -1, QString::number(i),
                             true, true });
        }
    }
}

void ErrorBodyWalker::stepElement(const Work &work)
{
    const QJsonObject object = work.value.toObject();
    const ErrorItemMembers members(object);
    if (isErrorItem(members)) {
        stepItem(members, work);
        return;
    }
    const Work nested { work.value, extend(work.base, QString::number(work.element), true),
                        work.context, Kind::Nested };
    pushNestedMembers(members, nested);
}

} // namespace leadopp::core
