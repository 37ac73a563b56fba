#include "sandbox/rejectionbody.h"

#include "sandbox/envelopes.h"
#include "sandbox/servershape.h"

#include <QJsonArray>

namespace leadopp::sandbox {

namespace {

const QString kRecordLevel = QStringLiteral("non_field_errors");

QString segmentText(const core::FieldPath::Segment &segment)
{
    if (const int *index = std::get_if<int>(&segment))
        return QString::number(*index);
    return std::get<QString>(segment);
}

QString pointerOf(const core::FieldPath &path)
{
    QString pointer = QStringLiteral("#");
    for (const core::FieldPath::Segment &segment : path.segments()) {
        QString text = segmentText(segment);
        text.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
        pointer += u'/' + text;
    }
    return pointer;
}

QJsonArray appended(const QJsonValue &list, const QString &message)
{
    QJsonArray messages = list.toArray();
    messages.append(message);
    return messages;
}

// Inserts one message at `segments[depth...]`; a node holding both its own messages and
// child errors keeps its messages under "non_field_errors".
QJsonObject insertNested(QJsonObject node, const QList<core::FieldPath::Segment> &segments,
                         int depth, const QString &message)
{
    const QString key = segmentText(segments.at(depth));
    QJsonValue child = node.value(key);
    if (depth + 1 == segments.size()) {
        if (child.isObject()) {
            QJsonObject object = child.toObject();
            object.insert(kRecordLevel, appended(object.value(kRecordLevel), message));
            node.insert(key, object);
        } else {
            node.insert(key, appended(child, message));
        }
        return node;
    }
    QJsonObject object = child.toObject();
    if (child.isArray())
        object.insert(kRecordLevel, child);
    node.insert(key, insertNested(object, segments, depth + 1, message));
    return node;
}

} // namespace

QJsonObject dottedErrors(const QList<FieldProblem> &problems)
{
    QJsonObject errors;
    for (const FieldProblem &problem : problems) {
        const QString key = toServerPath(problem.path).toString();
        errors.insert(key, appended(errors.value(key), problem.message));
    }
    return errors;
}

QJsonObject nestedErrors(const QList<FieldProblem> &problems)
{
    QJsonObject errors;
    for (const FieldProblem &problem : problems) {
        const core::FieldPath path = toServerPath(problem.path);
        if (path.isRecord())
            errors.insert(kRecordLevel, appended(errors.value(kRecordLevel), problem.message));
        else
            errors = insertNested(errors, path.segments(), 0, problem.message);
    }
    return errors;
}

QJsonArray pointerErrors(const QList<FieldProblem> &problems)
{
    QJsonArray items;
    for (const FieldProblem &problem : problems) {
        items.append(
            QJsonObject { { QStringLiteral("detail"), problem.message },
                          { QStringLiteral("pointer"), pointerOf(toServerPath(problem.path)) } });
    }
    const QJsonObject error { { QStringLiteral("type"),
                                QStringLiteral("errors:3dx:invalidRequest") },
                              { QStringLiteral("title"), QStringLiteral("Bad Request") },
                              { QStringLiteral("errors"), items } };
    return { error };
}

ApiReply rejectionReply(ErrorStyle style, const QJsonObject &record,
                        const QList<FieldProblem> &problems, bool create)
{
    QJsonObject body { { QStringLiteral("data"), toServerShape(record) },
                       { QStringLiteral("info"), envelopes::info(400) } };
    if (create) {
        const QString message
            = QStringLiteral("The request has %1 invalid value(s).").arg(problems.size());
        const QJsonArray items = style == ErrorStyle::PointerList
            ? pointerErrors(problems).first()[u"errors"].toArray()
            : QJsonArray();
        body.insert(QStringLiteral("error"), envelopes::invalidRequestError(message, items));
        if (style != ErrorStyle::PointerList)
            body.insert(QStringLiteral("errors"),
                        style == ErrorStyle::DottedMap ? dottedErrors(problems)
                                                       : nestedErrors(problems));
        return ApiReply::json(400, body);
    }
    switch (style) {
    case ErrorStyle::PointerList:
        body.insert(QStringLiteral("error"), pointerErrors(problems));
        body.insert(QStringLiteral("errors"), QJsonObject());
        break;
    case ErrorStyle::DottedMap:
        body.insert(QStringLiteral("errors"), dottedErrors(problems));
        break;
    case ErrorStyle::NestedObject:
        body.insert(QStringLiteral("errors"), nestedErrors(problems));
        break;
    }
    return ApiReply::json(400, body);
}

} // namespace leadopp::sandbox
