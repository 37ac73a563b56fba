#include "core/errors/errormaptrace.h"

#include "core/catalogue/foldedname.h"

#include <QJsonArray>
#include <QJsonObject>

namespace leadopp::core {

namespace {

// Folded member names (see FieldCatalogue::foldName) that hold a trace id.
bool isTraceKey(const QString &key)
{
    static const QStringList kNames {
        QStringLiteral("traceid"),        QStringLiteral("requestid"),
        QStringLiteral("correlationid"),  QStringLiteral("debugid"),
        QStringLiteral("transactionid"),  QStringLiteral("xrequestid"),
        QStringLiteral("xcorrelationid"),
    };
    // Folding only drops characters: a key shorter than every name is none of them, and
    // most keys of a large body ("0", "amount") are.
    constexpr qsizetype kShortestName = 7;
    return key.size() >= kShortestName && kNames.contains(FoldedName(key).view());
}

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString().trimmed();
}

// Breadth first, so the id of the envelope wins over one deep inside; bounded, as the id
// sits near the top of any real body.
QString searchBody(const QJsonValue &root)
{
    constexpr int kMaxNodes = 4096;
    QList<QJsonValue> queue { root };
    for (qsizetype next = 0; next < queue.size() && next < kMaxNodes; ++next) {
        const QJsonValue node = queue.at(next);
        if (node.isArray()) {
            const QJsonArray array = node.toArray();
            for (const QJsonValue &element : array) {
                if (queue.size() >= kMaxNodes) // never visited: not worth queueing
                    break;
                queue.append(element);
            }
            continue;
        }
        const QJsonObject object = node.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // Types are read in place: a value is built (its text copied) only when it is
            // queued or is the id, not for each of the thousands of messages passed by.
            const QJsonValue::Type type = it.value().type();
            const bool scalar = type == QJsonValue::String || type == QJsonValue::Double;
            if (scalar && isTraceKey(it.key()) && !idText(it.value()).isEmpty())
                return idText(it.value());
            if ((type == QJsonValue::Object || type == QJsonValue::Array)
                && queue.size() < kMaxNodes)
                queue.append(it.value());
        }
    }
    return QString();
}

} // namespace

QString findTraceId(const QJsonDocument &document)
{
    const QJsonObject root = document.object();
    const QString partner = idText(root.value(QLatin1String("info"))[QLatin1String("traceId")]);
    if (!partner.isEmpty())
        return partner;
    return searchBody(document.isArray() ? QJsonValue(document.array()) : QJsonValue(root));
}

} // namespace leadopp::core
