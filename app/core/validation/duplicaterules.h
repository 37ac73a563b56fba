#pragma once

#include "core/document/recordrows.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"

#include <QList>
#include <QString>
#include <optional>

namespace leadopp::core::validation {

/// A row's members as a rule reads them: from the row, or from the values a walk over the
/// row has already looked up. A value stays valid as long as the RowMembers does.
class RowMembers
{
public:
    virtual ~RowMembers() = default;
    virtual const FieldValue &value(const QString &name) const = 0;
};

/// A rule comparing the rows of one array section with each other: every row whose key
/// repeats an earlier row's is reported, naming that earlier row.
struct DuplicateRule {
    QString section; ///< "offerLines"
    QString field;   ///< the member a finding lies on; empty = the row itself
    const char *rule;
    const char *text;                       ///< untranslated: %1 the row, %2 the earlier one
    QString (*key)(const QJsonObject &row); ///< empty = the row repeats nothing
    /// Equal whenever key() is equal (not only then) and cheaper to compute; nullopt exactly
    /// when key() is empty. Rows with a rough key of their own cannot repeat another row.
    std::optional<size_t> (*roughKey)(const RowMembers &row);
};

const QList<DuplicateRule> &duplicateRules();
/// The rule comparing the rows of `section` ("offerLines"); nullptr when none does.
const DuplicateRule *duplicateRuleOf(const QString &section);

/// The rough key of one row as stored in the section (a non-object row has none).
std::optional<size_t> roughKeyOf(const DuplicateRule &rule, const QJsonValue &row);

/// Reports the repeating rows of the rule's section (with the rough keys the walk noted in
/// the Context, when it did).
void reportDuplicates(Context &c, const DuplicateRule &rule);
/// Reports the repeating rows among `rows` (ascending) alone: the same findings as
/// reportDuplicates() for them, provided every row sharing a rough key with one of them
/// is among them.
void reportDuplicatesAmong(Context &c, const DuplicateRule &rule, const QList<int> &rows);

/// Row `row` of a section repeats the earlier row `first`.
struct Repeat {
    int row;
    int first;
};
/// The repeats reportDuplicatesAmong() reports, as row numbers: a finding's text follows
/// from them (repeatFinding()), so a row moved elsewhere is reported anew without a search.
QList<Repeat> repeatsAmong(const RecordRows &record, const DuplicateRule &rule,
                           const QList<int> &rows);
/// The finding of row `row` repeating row `first`.
Finding repeatFinding(const DuplicateRule &rule, int row, int first);

} // namespace leadopp::core::validation
