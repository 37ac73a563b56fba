#include "core/errors/errormapfallback.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace leadopp::core {

namespace {

// Plain-text and HTML bodies are quoted, but never more than a line's worth.
constexpr qsizetype kMaxQuoted = 200;

QString oneLine(QString text)
{
    text = text.simplified();
    return text.size() > kMaxQuoted ? text.left(kMaxQuoted) + QChar(0x2026) : text;
}

// The text of a short, readable non-JSON body: an HTML <title>, or plain text.
QString quotedText(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(64 * 1024));
    const qsizetype open = text.indexOf(QLatin1String("<title>"), 0, Qt::CaseInsensitive);
    if (open >= 0) {
        const qsizetype start = open + 7;
        const qsizetype close = text.indexOf(QLatin1String("</title>"), start, Qt::CaseInsensitive);
        return close > start ? oneLine(text.mid(start, close - start)) : QString();
    }
    if (text.contains(u'<') || text.contains(QChar::ReplacementCharacter))
        return QString();
    return oneLine(text);
}

QString nonJsonMessage(const QByteArray &body, int status)
{
    if (body.trimmed().isEmpty()) {
        return status > 0
            ? QCoreApplication::translate("ErrorMapper",
                                          "The server answered HTTP %1 with an empty body.")
                  .arg(status)
            : QCoreApplication::translate("ErrorMapper", "The server answered with an empty body.");
    }
    QString message = status > 0
        ? QCoreApplication::translate("ErrorMapper",
                                      "The server answered HTTP %1 with a non-JSON body.")
              .arg(status)
        : QCoreApplication::translate("ErrorMapper", "The server answered with a non-JSON body.");
    const QString quoted = quotedText(body);
    if (!quoted.isEmpty())
        message += u' ' + QCoreApplication::translate("ErrorMapper", "It says: %1").arg(quoted);
    return message;
}

// The first sentence anywhere in a body that named no message member (outside the record
// echo and the envelope's info), so a body with words is never answered without them.
QString firstSentence(const QJsonDocument &document)
{
    constexpr int kMaxNodes = 4096;
    QList<QJsonValue> pending { document.isArray() ? QJsonValue(document.array())
                                                   : QJsonValue(document.object()) };
    for (int visited = 0; !pending.isEmpty() && visited < kMaxNodes; ++visited) {
        const QJsonValue node = pending.takeFirst();
        if (node.isString() && node.toString().trimmed().contains(u' '))
            return node.toString();
        if (node.isArray()) {
            const QJsonArray array = node.toArray();
            for (const QJsonValue &element : array)
                pending.append(element);
        }
        const QJsonObject object = node.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("data") && it.key() != QLatin1String("info"))
                pending.append(it.value());
        }
    }
    return QString();
}

QString jsonMessage(const QJsonDocument &document, int status)
{
    QString message;
    if (status >= 500)
        message = QCoreApplication::translate("ErrorMapper",
                                              "The server failed (HTTP %1) without naming a field.")
                      .arg(status);
    else if (status > 0)
        message = QCoreApplication::translate(
                      "ErrorMapper",
                      "The server rejected the submission (HTTP %1) without naming a field.")
                      .arg(status);
    else
        message = QCoreApplication::translate(
            "ErrorMapper", "The server rejected the submission without naming a field.");
    QString title = document.object().value(QLatin1String("title")).toString();
    if (title.trimmed().isEmpty())
        title = firstSentence(document);
    if (!title.trimmed().isEmpty())
        message
            += u' ' + QCoreApplication::translate("ErrorMapper", "It says: %1").arg(oneLine(title));
    return message;
}

} // namespace

bool needsExplanation(int status)
{
    return status == 0 || status >= 400;
}

FieldError explainUnusableBody(const QByteArray &body, const QJsonDocument &document, int status)
{
    FieldError error;
    error.match = MatchKind::Record;
    error.message
        = document.isNull() ? nonJsonMessage(body, status) : jsonMessage(document, status);
    return error;
}

} // namespace leadopp::core
