// Text the API cannot take, wherever it sits: a NUL character or half of a surrogate pair
// (both reach a QString through JSON escapes such as \u0000 and \ud800). Member names
// are checked as well as values, so nothing of the kind rides along into an export.
#include "core/validation/validationcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace leadopp::core::validation {

namespace {

enum class Flaw { None, Nul, LoneSurrogate };

struct TextFlaw {
    Flaw flaw = Flaw::None;
    qsizetype at = -1;
    char16_t unit = 0;
};

TextFlaw firstFlaw(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit == 0)
            return { Flaw::Nul, i, unit };
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(unit))
            return { Flaw::LoneSurrogate, i, unit };
    }
    return {};
}

QString flawMessage(const FieldPath &path, const TextFlaw &flaw, bool memberName)
{
    const QString where = memberName
        ? QCoreApplication::translate("Validator", "The member name of %1").arg(labelOf(path))
        : labelOf(path);
    if (flaw.flaw == Flaw::Nul)
        return QCoreApplication::translate(
                   "Validator",
                   "%1 holds a NUL character (U+0000) at position %2, which the API cannot take.")
            .arg(where)
            .arg(flaw.at + 1);
    return QCoreApplication::translate("Validator",
                                       "%1 holds half of a surrogate pair (U+%2) at position %3, "
                                       "which is not a Unicode character.")
        .arg(where)
        .arg(uint(flaw.unit), 4, 16, QLatin1Char('0'))
        .arg(flaw.at + 1);
}

void checkText(Context &context, const NodePath &path, const QString &text, bool memberName)
{
    const TextFlaw flaw = firstFlaw(text);
    if (flaw.flaw == Flaw::None)
        return;
    const char *rule = flaw.flaw == Flaw::Nul ? "nul-character" : "lone-surrogate";
    context.error(path, rule, flawMessage(path.path(), flaw, memberName));
}

void walkValue(Context &context, const Scope &scope, const NodePath &path, const QJsonValue &value);

void walkObject(Context &context, const Scope &scope, const NodePath &path,
                const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const NodePath child(path, key);
        if (!scope.includes(child))
            continue;
        checkText(context, child, key, true);
        walkValue(context, scope, child, it.value());
    }
}

void walkValue(Context &context, const Scope &scope, const NodePath &path, const QJsonValue &value)
{
    if (value.isString()) {
        checkText(context, path, value.toString(), false);
    } else if (value.isObject()) {
        walkObject(context, scope, path, value.toObject());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const NodePath item = path.index(i);
            if (scope.includes(item))
                walkValue(context, scope, item, array.at(i));
        }
    }
}

} // namespace

void checkTextIntegrity(Context &context, const Scope &scope)
{
    walkObject(context, scope, NodePath(FieldPath()), context.record);
}

} // namespace leadopp::core::validation
