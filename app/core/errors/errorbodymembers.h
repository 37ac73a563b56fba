#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <array>

namespace leadopp::core {

/// The members of one JSON object that the error-item rules (errorbodyitem.cpp) and the
/// walk read, gathered in one pass over the object: asking the object for each of the
/// forty-odd candidate names in turn dominated the cost of reading a large error body.
class ErrorItemMembers final
{
public:
    /// Member names the rules read. Each group is in the order the rules try it.
    enum Name : int {
        // message members
        Detail,
        Message,
        Msg,
        Reason,
        ErrorMessage,
        ErrorDescription,
        DefaultMessage,
        UserMessage,
        LocalizedMessage,
        Diagnostics,
        LongMessage,
        // code members
        Code,
        ErrorCode,
        ErrorCodeSnake,
        Issue,
        Keyword,
        // path members
        Pointer,
        InstancePath,
        DataPath,
        Field,
        Loc,
        Attr,
        PropertyPath,
        Property,
        Path,
        Target,
        Param,
        Parameter,
        NameMember,
        KeyMember,
        Attribute,
        Expression,
        Fields,
        Keys,
        Location,
        // others
        Source,
        Title,
        Description,
        Details,
        Error,
        Extensions,
        Params,
        NameCount
    };

    explicit ErrorItemMembers(const QJsonObject &object);

    /// The member's value; undefined when the object lacks it.
    QJsonValue value(Name name) const
    {
        return has(name) ? member(m_positions[name]) : QJsonValue(QJsonValue::Undefined);
    }
    bool has(Name name) const { return m_positions[name] >= 0; }

    /// wordsOf(value(name)), remembered for the last name asked: telling an error item
    /// apart and then reading it both want the words of its first message member.
    QString words(Name name) const
    {
        if (m_wordsOf != name) {
            m_words = wordsOf(value(name));
            m_wordsOf = name;
        }
        return m_words;
    }
    /// The words of a message member, trimmed: a string, or an object with them in
    /// `value` (OData v2 `{lang, value}`), `text` (FHIR CodeableConcept) or `message`
    /// (Google localizedMessage). Empty for anything else.
    static QString wordsOf(const QJsonValue &value);

    /// Positions of the members the walk may enter for inner errors, in object order:
    /// neither data the item carries about its value (isItemDataMember) nor the item's own
    /// words (message, localizedMessage, title).
    const QVarLengthArray<qsizetype, 8> &children() const { return m_children; }
    /// Every member in object order: the keys are read once, here, and kept for the walk.
    qsizetype size() const { return m_keys.size(); }
    const QString &key(qsizetype position) const { return m_keys.at(position); }
    QJsonValue member(qsizetype position) const
    {
        return (m_object.constBegin() + position).value();
    }

private:
    QJsonObject m_object; ///< shared, not copied
    std::array<qsizetype, NameCount> m_positions;
    QVarLengthArray<qsizetype, 8> m_children;
    QVarLengthArray<QString, 8> m_keys;
    mutable int m_wordsOf = -1;
    mutable QString m_words;
};

/// Members of an error item that hold data about the value (the rejected input, schema
/// parameters, links), never further errors: the walk does not enter them.
bool isItemDataMember(QStringView key);

} // namespace leadopp::core
