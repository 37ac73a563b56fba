#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonValue>
#include <QString>

namespace leadopp::core {

class FieldPath;
namespace validation {
struct Context;
class FieldValue;
class NodePath;
} // namespace validation

/// The single-field rule of a kind: adds its findings on a present, non-blank `value`.
using KindCheck = void (*)(validation::Context &, const FieldSpec &, const validation::NodePath &,
                           const validation::FieldValue &);

/// What a kind of value is, wherever a value of it is typed, shown or checked: the one
/// table a new kind is described in, its validation rule included.
struct KindTraits {
    FieldKind kind = FieldKind::Text;
    bool list = false;         ///< an array of items, typed and shown one item a line
    bool number = false;       ///< a JSON number: typed text is parsed, cells align it right
    bool choice = false;       ///< one or more of the field's enum codes, picked rather than typed
    KindCheck check = nullptr; ///< its rule (core/validation/kindchecks.h); none: anything goes
    /// What a line editor of the kind says while empty, untranslated (context "Editors").
    const char *editorHint = nullptr;
    /// How a table cell shows a number of the kind; null: as the kind's text (valueText).
    QString (*cellNumber)(double value) = nullptr;
};

const KindTraits &kindTraits(FieldKind kind);

/// The text a stored value is shown and edited as, in forms and tables alike: list items
/// one a line, numbers with every digit they hold (a number field's in the rep's locale,
/// which reads them back: editableNumber()), anything invalid as the text it is.
QString valueText(const FieldSpec &spec, const QJsonValue &value);
/// The value typed text stands for (see canonicalInput): a number when the field holds
/// numbers and the text is one (else the text, so validation names it), a list of the
/// non-empty lines for a list field, Undefined for an empty text.
QJsonValue textValue(const FieldSpec &spec, const QString &text);

} // namespace leadopp::core
