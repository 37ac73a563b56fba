#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace leadopp::core {

/// What kind of value a field holds; drives validation, editors and export.
enum class FieldKind {
    Text,
    Email,
    Url,
    DateTime,  ///< ISO 8601 date-time in UTC
    Enum,      ///< one of FieldSpec::enumValues
    MultiEnum, ///< array of FieldSpec::enumValues
    TextList,  ///< array of free strings
    Number,
    Currency, ///< ISO 4217, ^[A-Z]{3}$
    Country,  ///< free text country name
    Duns,     ///< D&B number, 9 digits
    Vat,      ///< VAT identification number
    DsId,     ///< 3DS identifier of a lead ("XJSR-DZMFFT"): the address of an update
    Percent,  ///< whole number from 0 to 100
};

/// The five editable sections of a lead opportunity, plus the record root.
enum class Section {
    Record,              ///< top-level members: partnerId, dsLeadOpportunityId
    Opportunity,         ///< leadOpportunity
    OfferLines,          ///< offerLines[]
    CustomerLegalEntity, ///< customerLegalEntity
    CustomerContacts,    ///< customerContacts[]
    PartnerContacts,     ///< partnerContacts[]
};

/// The longest text an editor field takes, in characters. The contract documents no length
/// limit for any text member, so every text field takes this much: far past QLineEdit's
/// default of 32,767, which would cut a longer value in silence. Typing past it is refused
/// with a message; a longer value read from a file is shown whole, never cut.
inline constexpr int kMaxTextLength = 1024 * 1024;

/// One row of the catalogue. `pattern` is the canonical path with empty brackets for
/// array rows: "leadOpportunity.closeDate", "offerLines[].amount", "partnerId".
struct FieldSpec {
    QString pattern;
    Section section = Section::Record;
    FieldKind kind = FieldKind::Text;
    const char *label = nullptr; ///< untranslated; use FieldCatalogue::label()
    QStringList enumValues;
    bool requiredForUpdate = false;
    bool requiredForCreate = false;
    QStringList aliases;   ///< member names seen in the wild for the same field
    bool readOnly = false; ///< response-only: kept in drafts, never exported

    /// The member name (last segment of the pattern).
    QString name() const;
    /// The container the member lives in: "leadOpportunity", "offerLines[]", "" for root.
    QString container() const;
};

/// A section's container in the body: an object ("leadOpportunity") or an array of rows.
struct SectionSpec {
    Section section = Section::Record;
    QString key; ///< canonical member name at the body root; empty for Section::Record
    bool isArray = false;
    const char *label = nullptr;
    QStringList aliases; ///< e.g. "customerContact"
    bool requiredForUpdate = false;
    bool requiredForCreate = false;
};

/// The single table that describes every member of the update body. Validation, error
/// mapping, export, labels, table columns and form binding all read it.
class FieldCatalogue final
{
public:
    static const QList<FieldSpec> &fields();
    static const QList<SectionSpec> &sections();

    /// Exact canonical pattern lookup ("offerLines[].amount").
    static const FieldSpec *find(QStringView pattern);
    /// Lookup by a concrete path ("offerLines[3].amount"): indexes are dropped first.
    static const FieldSpec *findByPath(QStringView path);
    static const SectionSpec *section(Section section);
    static const SectionSpec *sectionByKey(QStringView key); ///< canonical or alias
    /// Fields of one section in catalogue (= form) order.
    static QList<const FieldSpec *> fieldsOf(Section section);
    /// Position of a field in form order; used to sort findings and errors.
    static int formOrder(const FieldSpec *spec);

    /// Translated label of a field or section.
    static QString label(const FieldSpec &spec);
    static QString label(const SectionSpec &spec);
    /// Label for any canonical path: "Offer line 2 · Amount", "Customer contact 1".
    static QString labelForPath(QStringView path);
    /// Translated human label of one enum code of an Enum or MultiEnum field
    /// ("STRNG_VAL_PROP" of reasonWon: "Stronger value proposition"); the code itself when
    /// the field has no label for it. The stored value stays the code.
    static QString enumLabel(const FieldSpec &spec, const QString &code);

    /// Member names compared without regard to case, '_' or '-'.
    static QString foldName(QStringView name);
};

} // namespace leadopp::core
