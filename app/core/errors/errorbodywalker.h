#pragma once

#include "core/errors/errorbodyitem.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace leadopp::core {

class ErrorBodyShapes;

/// One message found in an error body, with the path it names (raw, unresolved).
struct RawError {
    QString message;
    QString code;
    QString rawPath;      ///< as the server wrote it; empty when none
    QStringList segments; ///< rawPath split by parseErrorPath (or the nesting keys)
    bool hasPath = false; ///< the server named a path, possibly the record ("#")
    /// Path of the error item this one sits in (Microsoft REST: `details[].target` is
    /// relative to the parent `target`); empty when none.
    QStringList context;
};

/// Walks an error body without recursion, in body order, and collects every message.
/// Three ways of reading a value: discovery (any JSON: error items are found wherever they
/// sit, record echoes are skipped), an error item, and a nested error object whose keys
/// are path segments. Paths deeper than a fixed cap stop growing, so the work stays
/// linear in the size of the body whatever its nesting.
class ErrorBodyWalker final
{
public:
    /// Receives each message as soon as it is found, in body order: the caller maps it
    /// while its strings are still warm instead of keeping every message of a large body.
    using Sink = std::function<void(RawError &&)>;

    ErrorBodyWalker(const ErrorBodyShapes &shapes, Sink sink)
        : m_shapes(shapes), m_sink(std::move(sink))
    { }

    /// Any value: finds the error items and error objects inside it.
    void discover(const QJsonValue &value);
    /// The body itself as one error item (`{message, errors}`, `{code, message, details}`).
    void walkRootItem(const QJsonObject &item);
    /// A nested error object (`errors: {...}`, a Django body): keys are path segments.
    void walkNested(const QJsonValue &value);

    /// The most path steps held at once so far. The walk keeps only the steps from the
    /// root to where it stands, so this follows the depth of a body, never its number of
    /// errors: thousands of sibling steps held to the end made a large body's working set
    /// outgrow the caches.
    qsizetype mostPathSteps() const { return m_mostPathSteps; }

    // The walk's own bookkeeping, public only so that its stack can be declared relocatable
    // (see the end of this file).
    /// Element: an object in a nested error array, an error item or else a nested error
    /// object under its index (told apart when popped, so its members are read once).
    enum class Kind { Discover, Element, RootItem, Nested };
    struct Work {
        QJsonValue value;
        int base;    ///< index into m_nodes, -1 for the body root
        int context; ///< index into m_contexts, -1 for none
        Kind kind;
        int element = -1; ///< position in its array, for Kind::Element
        /// The key or index the value sits under, added to the path only when the value is
        /// taken up (see run()); unused unless hasStep.
        QString step = {};
        bool hasStep = false;
        bool stepIsIndex = false;
    };

private:
    /// One step of the path to where the walk stands. Most steps are one plain key or an
    /// index, which is its own segment: only a key written in a notation keeps a list.
    struct Node {
        int parent;
        int depth;
        QString raw;          ///< the key or index as written
        QStringList segments; ///< raw split by parseErrorPath; unused when plain
        bool plain;           ///< raw is the one segment
        bool isIndex;
    };

    void run(Work work);
    void step(const Work &work);
    void stepDiscover(const Work &work);
    void stepContainer(const ErrorItemMembers &object, const Work &work);
    void stepItem(const ErrorItemMembers &object, const Work &work);
    void pushItemChildren(const ErrorItemMembers &object, const Work &work);
    void stepElement(const Work &work);
    void stepNestedObject(const QJsonObject &object, const Work &work);
    void makeRoom(qsizetype more);
    void pushNestedMembers(const ErrorItemMembers &object, const Work &work);
    void stepNestedArray(const QJsonArray &array, const Work &work);
    int extend(int base, const QString &raw, bool isIndex);
    void emitError(const Work &work, const ErrorItemPath *path, const QString &message,
                   const QString &code, bool hasPath);
    void spellPath(int base, const ErrorItemPath *path, RawError &error) const;

    const ErrorBodyShapes &m_shapes;
    QList<Work> m_stack;
    QList<Node> m_nodes;
    QList<QStringList> m_contexts;
    Sink m_sink;
    qsizetype m_mostPathSteps = 0;
};

} // namespace leadopp::core

// The walk stacks thousands of steps for a large nested body: growing the stack moves them
// as one block.
Q_DECLARE_TYPEINFO(leadopp::core::ErrorBodyWalker::Work, Q_RELOCATABLE_TYPE);
