#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/codec/cleantext.h"
#include "core/codec/exportmode.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace leadopp::core {

enum class Severity {
    Error,   ///< the API will reject it
    Warning, ///< likely a mistake
};

/// One validation finding. `path` is canonical ("offerLines[1].amount", "" = record);
/// `rule` a stable identifier ("required", "enum", "date-time", "currency", "number",
/// "email", "url", "duns", "vat", "negative-amount", "won-reason", "lost-reason",
/// "forecast-status", "duplicate-offer-line", "duplicate-contact", "unknown-member",
/// "type" (a JSON value of the wrong kind), "placeholder" (a spec type name such as
/// "string" left in a free-text field), "nul-character" and "lone-surrogate" (text the
/// API cannot take, in a value or a member name));
/// `message` translated and naming the field by its label.
struct Finding {
    QString path;
    Severity severity = Severity::Error;
    QString rule;
    QString message;

    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.path == b.path && a.severity == b.severity && a.rule == b.rule
            && a.message == b.message;
    }
};

/// Validates a whole record (as held by a Draft) for an update or a create; findings come
/// in form order (catalogue order, then row).
///
/// Severity policy: an error is what the API rejects (required members, JSON types, enum
/// values, currency codes, dates that are not ISO 8601, answered with 406 ERR805). What the
/// API takes but a reviewer would question is a warning: plain dates and non-UTC
/// date-times (the export converts them), e-mail, URL, DUNS and VAT shapes (DUNS
/// separators as in "12-345-6789" are tolerated: the 9 digits count), negative amounts,
/// status against forecast and reasons, duplicates, unknown members, and placeholders in
/// free text (in a typed field the placeholder is reported as that field's type error).
/// An optional section holding only nulls is not sent, so its required members are not
/// missed; an empty string counts as missing.
///
/// Every string and member name is checked for a NUL character or a lone surrogate unless
/// `cleanText` (the reader's, for the record it just read) covers `record`. A record of many
/// rows is validated on two threads; the findings are the same as on one.
QList<Finding> validateRecord(const QJsonObject &record, ExportMode mode,
                              const CleanTextProof &cleanText = {});

/// validateRecord() as threads share it: every thread that calls takeParts() walks parts of
/// the record (sections, runs of rows, the text check) until none is left, each on its own
/// copy of the record; finish(), once every takeParts() has returned, runs the rules across
/// rows and gives validateRecord()'s findings, in its order. A thread that would otherwise
/// wait for the findings takes part instead of idling.
class SharedValidation final
{
public:
    SharedValidation(const QJsonObject &record, ExportMode mode,
                     const CleanTextProof &cleanText = {});
    ~SharedValidation();
    SharedValidation(const SharedValidation &) = delete;
    SharedValidation &operator=(const SharedValidation &) = delete;

    void takeParts();
    QList<Finding> finish();

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

/// The findings of validateRecord() that lie on the branch (the path itself, an ancestor or
/// a descendant) of one of affectedPaths(changed), in the same order: what an editor
/// recomputes after editing the `changed` fields, without walking the whole record.
QList<Finding> validatePaths(const QJsonObject &record, ExportMode mode,
                             const QList<FieldPath> &changed);

/// `changed` plus their dependants: the section each lies in (its required members hang
/// on whether it is sent), status -> forecast category and both reason lists, country ->
/// VAT number, any cell of a row section -> the whole section (duplicates).
QList<FieldPath> affectedPaths(const QList<FieldPath> &changed);

bool hasErrors(const QList<Finding> &findings);
QString severityName(Severity severity); ///< "error" / "warning"

} // namespace leadopp::core
