#pragma once

#include "core/errorbodyitem.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadopp::core {

/// One message found in an error body, with the path it names (raw, unresolved).
struct RawError {
    QString message;
    QString code;
    QString rawPath;      ///< as the server wrote it; empty when none
    QStringList segments; ///< rawPath split by parseErrorPath (or the nesting keys)
    bool hasPath = false; ///< the server named a path, possibly the record ("#")
};

/// Walks lists of error items and nested error objects without recursion, in body order,
/// and collects every message. Paths deeper than a fixed cap stop growing, so the work
/// stays linear in the size of the body whatever its nesting.
class ErrorBodyWalker final
{
public:
    /// A list of error items (`errors: [...]`, `violations`, a Salesforce top-level array).
    void walkItems(const QJsonArray &items);
    /// A single error item (`error: {code, message, details}`).
    void walkItem(const QJsonObject &item);
    /// A nested error object (`errors: {...}`, a Django body): keys are path segments.
    void walkNested(const QJsonValue &value);

    const QList<RawError> &errors() const { return m_errors; }

private:
    enum class Kind { Items, Item, Nested };
    struct Work {
        QJsonValue value;
        int base; ///< index into m_nodes, -1 for the body root
        Kind kind;
    };
    struct Node {
        int parent;
        int depth;
        QStringList segments;
        QString raw;
        bool isIndex;
    };

    void run(Work work);
    void step(const Work &work);
    void stepItems(const QJsonArray &items, int base);
    void stepItem(const QJsonObject &object, int base);
    void stepNestedObject(const QJsonObject &object, int base);
    void stepNestedArray(const QJsonArray &array, int base);
    int extend(int base, const QStringList &segments, const QString &raw, bool isIndex);
    void emitError(int base, const ErrorItemPath *path, const QString &message, const QString &code,
                   bool hasPath);

    QList<Work> m_stack;
    QList<Node> m_nodes;
    QList<RawError> m_errors;
};

} // namespace leadopp::core
