#include "core/errorbodyscanner.h"

#include "core/errorpathparser.h"

#include <QJsonArray>

namespace leadopp::core {

namespace {

// Members of a response envelope or problem document: a body holding any of them is not
// itself a nested error object.
const char *const kEnvelopeKeys[] = {
    "info",      "error",     "errors", "data",       "message", "detail",
    "title",     "type",      "status", "statusCode", "traceId", "instance",
    "timestamp", "timeStamp", "path",   "code",       "success",
};

// Lists of error items that may sit at the top of the body.
const char *const kItemLists[] = { "invalid-params", "invalid_params",  "violations",
                                   "userErrors",     "fieldViolations", "detail" };

bool isStringList(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return !array.isEmpty() && std::all_of(array.begin(), array.end(), [](const QJsonValue &v) {
        return v.isString();
    });
}

// True when some object member (not an array element) is a string, number, boolean or
// null. Iterative, and stops after a fixed number of nodes: the verdict on a huge body
// rests on its beginning, which keeps the probe linear.
bool holdsBareScalar(const QJsonObject &root)
{
    constexpr int kMaxNodes = 100000;
    QList<QJsonValue> pending { root };
    for (int visited = 0; !pending.isEmpty() && visited < kMaxNodes; ++visited) {
        const QJsonValue node = pending.takeLast();
        if (node.isArray()) {
            const QJsonArray array = node.toArray(); // const: iterating must not detach
            for (const QJsonValue &element : array) {
                if (element.isObject() || element.isArray())
                    pending.append(element);
            }
            continue;
        }
        const QJsonObject object = node.toObject();
        for (const QJsonValue &member : object) {
            if (!member.isObject() && !member.isArray())
                return true;
            pending.append(member);
        }
    }
    return false;
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return QString();
}

} // namespace

ErrorBodyScanner::ErrorBodyScanner(const ErrorPathResolver &resolver) : m_resolver(resolver) { }

QList<RawError> ErrorBodyScanner::scan(const QJsonDocument &document) const
{
    ErrorBodyWalker walker;
    if (document.isArray()) // Salesforce: [{message, errorCode, fields}]
        walker.walkItems(document.array());
    else if (document.isObject())
        scanRoot(document.object(), walker);
    return walker.errors();
}

void ErrorBodyScanner::scanRoot(const QJsonObject &root, ErrorBodyWalker &walker) const
{
    scanEnvelopeMessage(root, walker);
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject())
        walker.walkItem(error.toObject());
    else if (error.isArray())
        walker.walkItems(error.toArray());
    const QJsonValue errors = root.value(QLatin1String("errors"));
    if (errors.isArray())
        walker.walkItems(errors.toArray());
    else if (errors.isObject() || errors.isString())
        walker.walkNested(errors);
    for (const char *key : kItemLists) {
        const QJsonValue list = root.value(QLatin1String(key));
        if (list.isArray())
            walker.walkItems(list.toArray());
    }
    scanGraphQlData(root, walker);
    const bool envelope
        = std::any_of(std::begin(kEnvelopeKeys), std::end(kEnvelopeKeys),
                      [&](const char *key) { return root.contains(QLatin1String(key)); });
    if (!envelope && looksLikeErrorObject(root))
        walker.walkNested(root);
}

// Gateway `{"message"}`, problem `detail`, OAuth `{error, error_description}`, Spring
// `{error, message}`: one record-level message. A bare `error` string is the message only
// when nothing better is there; otherwise it is the code.
void ErrorBodyScanner::scanEnvelopeMessage(const QJsonObject &root, ErrorBodyWalker &walker) const
{
    QString message
        = firstString(root, { "message", "detail", "error_description", "errorMessage" });
    QString code = firstString(root, { "code", "errorCode" });
    const QString errorText = firstString(root, { "error" });
    if (message.isEmpty())
        message = errorText;
    else if (code.isEmpty())
        code = errorText;
    if (message.isEmpty() && code.isEmpty())
        return;
    QJsonObject item { { QStringLiteral("message"), message }, { QStringLiteral("code"), code } };
    walker.walkItem(item);
}

// GraphQL answers mutations as data.<mutation>.userErrors. Nothing else in `data` (the
// 400 echo of the submitted record) is an error.
void ErrorBodyScanner::scanGraphQlData(const QJsonObject &root, ErrorBodyWalker &walker) const
{
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    const QLatin1String key("userErrors");
    if (data.value(key).isArray())
        walker.walkItems(data.value(key).toArray());
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        const QJsonValue list = it.value().toObject().value(key);
        if (list.isArray())
            walker.walkItems(list.toArray());
    }
}

// Django REST framework answers with the error object as the whole body: messages are
// always lists of strings, nested under field names, list positions or index keys. Only
// take the body for one when its keys name fields (or record markers) or its values are
// all message lists, and no member anywhere holds a bare scalar as a record would.
bool ErrorBodyScanner::looksLikeErrorObject(const QJsonObject &root) const
{
    if (root.isEmpty() || holdsBareScalar(root))
        return false;
    bool keysResolve = false;
    bool allStringLists = true;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        allStringLists = allStringLists && isStringList(it.value());
        keysResolve = keysResolve || ErrorPathResolver::isRecordMarker(it.key())
            || m_resolver.resolve(parseErrorPath(it.key())).match != MatchKind::Record;
    }
    return keysResolve || allStringLists;
}

} // namespace leadopp::core
