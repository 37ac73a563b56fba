#include "core/errors/previousanswer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace leadopp::core {

namespace {

QString withoutNote(const QString &message)
{
    const QString note = QLatin1Char(' ') + previousAnswerNote();
    return message.endsWith(note) ? message.chopped(note.size()) : message;
}

MatchKind matchKindNamed(const QString &name)
{
    for (const MatchKind kind : { MatchKind::Exact, MatchKind::Partial })
        if (name == matchKindName(kind))
            return kind;
    return MatchKind::Record;
}

} // namespace

QString previousAnswerNote()
{
    return QCoreApplication::translate("Submission", "(from the previous answer)");
}

bool isFromPreviousAnswer(const FieldError &error)
{
    return error.message.endsWith(previousAnswerNote());
}

FieldError markedFromPreviousAnswer(FieldError error)
{
    if (!isFromPreviousAnswer(error))
        error.message += QLatin1Char(' ') + previousAnswerNote();
    return error;
}

QJsonArray previousAnswerErrorsToJson(const QList<FieldError> &errors)
{
    QJsonArray array;
    for (const FieldError &error : errors) {
        QJsonObject object { { QStringLiteral("message"), withoutNote(error.message) },
                             { QStringLiteral("match"), matchKindName(error.match) } };
        if (!error.path.isEmpty())
            object.insert(QStringLiteral("path"), error.path);
        if (!error.code.isEmpty())
            object.insert(QStringLiteral("code"), error.code);
        if (!error.rawPath.isEmpty())
            object.insert(QStringLiteral("rawPath"), error.rawPath);
        array.append(object);
    }
    return array;
}

QList<FieldError> previousAnswerErrorsFromJson(const QJsonArray &array)
{
    QList<FieldError> errors;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        FieldError error;
        error.message = object.value(QLatin1String("message")).toString();
        if (error.message.isEmpty())
            continue;
        error.path = object.value(QLatin1String("path")).toString();
        error.match = matchKindNamed(object.value(QLatin1String("match")).toString());
        error.code = object.value(QLatin1String("code")).toString();
        error.rawPath = object.value(QLatin1String("rawPath")).toString();
        errors.append(markedFromPreviousAnswer(error));
    }
    return errors;
}

} // namespace leadopp::core
