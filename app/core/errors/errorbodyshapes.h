#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace leadopp::core {

class ErrorPathResolver;

/// The judgements the error-body walk makes about an object it meets, besides "is this an
/// error item" (isErrorItem): is it a nested error object whose keys are paths, or an echo
/// of the submitted record (which is never read as errors)?
class ErrorBodyShapes final
{
public:
    explicit ErrorBodyShapes(const ErrorPathResolver &resolver) : m_resolver(resolver) { }

    /// The body itself as a nested error object (Django REST framework, Rails): messages
    /// in lists of strings, under keys that name fields (or record markers) or only
    /// message lists, and no member anywhere holding a bare scalar as a record would.
    bool isRootErrorObject(const QJsonObject &root) const;

    /// An object inside the body whose members are messages (strings of words, lists of
    /// strings, error items) or further such objects, and whose keys all resolve to a
    /// field, a row, a section or the record (or whose values are all message lists):
    /// ASP.NET and Laravel `errors`, Zod `fieldErrors`, WordPress `params` and `details`.
    bool isMessageMap(const QJsonObject &object) const;

    /// A copy of the record (the 400 echo in `data`, Joi's `_original`): it holds a
    /// section of the catalogue and bare values, as no error object does.
    bool isRecordEcho(const QJsonObject &object) const;

    static bool isStringList(const QJsonValue &value);

private:
    bool keyNamesSomething(const QString &key) const;

    const ErrorPathResolver &m_resolver;
};

} // namespace leadopp::core
