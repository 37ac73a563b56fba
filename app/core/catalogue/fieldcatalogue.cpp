#include "core/catalogue/fieldcatalogue.h"

#include "core/catalogue/cataloguetables.h"
#include "core/catalogue/fieldpath.h"
#include "core/catalogue/formposition.h"

#include <QCoreApplication>
#include <algorithm>

namespace leadopp::core {

namespace {

// Translation context of every field and section label.
constexpr char kLabelContext[] = "Field";

using K = FieldKind;
using S = Section;

struct Row {
    const char *pattern;
    S section;
    K kind;
    const char *label;
    bool requiredUpdate = false;
    bool requiredCreate = false;
    QStringList aliases = {};
    bool readOnly = false;
};

// The catalogue itself: one row a field, in form order. "Required" means required when
// the containing object or row is present (the spec's nested required lists). The codes
// of enum fields live with their labels in the enum table (enumlabels.cpp).
// clang-format off
const Row kRows[] = {
    {"partnerId", S::Record, K::Text, QT_TRANSLATE_NOOP("Field", "Partner id"), false, true},
    {"dsLeadOpportunityId", S::Record, K::DsId, QT_TRANSLATE_NOOP("Field", "3DS id"), false, false,
        {QStringLiteral("leadOportunityId"), QStringLiteral("dsLeadOportunityId")}, true},

    {"leadOpportunity.partnerLeadOpportunityId", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Partner opportunity id"), true, true,
        {QStringLiteral("partnerExternalId")}},
    {"leadOpportunity.name", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Name"), false, true},
    {"leadOpportunity.dsOwnerEmail", S::Opportunity, K::Email, QT_TRANSLATE_NOOP("Field", "3DS owner e-mail")},
    {"leadOpportunity.status", S::Opportunity, K::Enum, QT_TRANSLATE_NOOP("Field", "Status"), false, true},
    {"leadOpportunity.forecastCategory", S::Opportunity, K::Enum, QT_TRANSLATE_NOOP("Field", "Forecast category")},
    {"leadOpportunity.closeDate", S::Opportunity, K::DateTime, QT_TRANSLATE_NOOP("Field", "Close date"), false, true},
    {"leadOpportunity.currency", S::Opportunity, K::Currency, QT_TRANSLATE_NOOP("Field", "Currency"), false, true},
    {"leadOpportunity.nextMilestone", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Next milestone")},
    {"leadOpportunity.nextMilestoneDate", S::Opportunity, K::DateTime, QT_TRANSLATE_NOOP("Field", "Next milestone date")},
    {"leadOpportunity.cometCampaignCode", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "COMET campaign code")},
    {"leadOpportunity.gtmTacticId", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Go-to-market tactic id")},
    {"leadOpportunity.reasonWon", S::Opportunity, K::MultiEnum, QT_TRANSLATE_NOOP("Field", "Reasons won")},
    {"leadOpportunity.reasonLost", S::Opportunity, K::MultiEnum, QT_TRANSLATE_NOOP("Field", "Reasons lost")},
    {"leadOpportunity.reasonWonLostComment", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Won/lost comment")},
    {"leadOpportunity.competitors", S::Opportunity, K::TextList, QT_TRANSLATE_NOOP("Field", "Competitors")},
    {"leadOpportunity.description", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Description")},
    // Response-only members of a GET: kept in the draft, never sent back.
    {"leadOpportunity.approvalStatus", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Approval status"), false, false, {}, true},
    {"leadOpportunity.engagementType", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Engagement type"), false, false, {}, true},
    {"leadOpportunity.poInformation", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "PO information"), false, false, {}, true},
    {"leadOpportunity.poStatus", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "PO status"), false, false, {}, true},
    {"leadOpportunity.poNumber", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "PO number"), false, false, {}, true},
    {"leadOpportunity.sboIndicator", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "SBO indicator"), false, false, {}, true},
    {"leadOpportunity.sboStatus", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "SBO status"), false, false, {}, true},
    {"leadOpportunity.sboNumber", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "SBO number"), false, false, {}, true},
    {"leadOpportunity.growthType", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Growth type"), false, false, {}, true},
    {"leadOpportunity.leadPriority", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Lead priority"), false, false, {}, true},
    {"leadOpportunity.levelOfInterest", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Level of interest"), false, false, {}, true},
    {"leadOpportunity.dsComment", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "3DS comment"), false, false, {}, true},
    {"leadOpportunity.partnerImportMode", S::Opportunity, K::Text, QT_TRANSLATE_NOOP("Field", "Partner import mode"), false, false, {}, true},
    {"leadOpportunity.createdDate", S::Opportunity, K::DateTime, QT_TRANSLATE_NOOP("Field", "Created"), false, false, {}, true},
    {"leadOpportunity.modifiedDate", S::Opportunity, K::DateTime, QT_TRANSLATE_NOOP("Field", "Modified"), false, false, {}, true},

    {"offerLines[].offerNameId", S::OfferLines, K::Text, QT_TRANSLATE_NOOP("Field", "Offer"), true, true},
    {"offerLines[].amount", S::OfferLines, K::Number, QT_TRANSLATE_NOOP("Field", "Amount")},
    {"offerLines[].revenueType", S::OfferLines, K::Enum, QT_TRANSLATE_NOOP("Field", "Revenue type")},

    {"customerLegalEntity.name", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "Company name"), true, true},
    {"customerLegalEntity.id", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "3DS site id")},
    {"customerLegalEntity.dunsNumber", S::CustomerLegalEntity, K::Duns, QT_TRANSLATE_NOOP("Field", "DUNS number")},
    {"customerLegalEntity.vatNumber", S::CustomerLegalEntity, K::Vat, QT_TRANSLATE_NOOP("Field", "VAT number")},
    {"customerLegalEntity.registrationId", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "Registration id")},
    {"customerLegalEntity.websiteUrl", S::CustomerLegalEntity, K::Url, QT_TRANSLATE_NOOP("Field", "Website")},
    {"customerLegalEntity.addressLine1", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "Address line 1")},
    {"customerLegalEntity.addressLine2", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "Address line 2")},
    {"customerLegalEntity.zipCode", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "ZIP code")},
    {"customerLegalEntity.city", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "City"), true, true},
    {"customerLegalEntity.statePrefecture", S::CustomerLegalEntity, K::Text, QT_TRANSLATE_NOOP("Field", "State / prefecture")},
    {"customerLegalEntity.country", S::CustomerLegalEntity, K::Country, QT_TRANSLATE_NOOP("Field", "Country"), true, true},

    {"customerContacts[].salutation", S::CustomerContacts, K::Text, QT_TRANSLATE_NOOP("Field", "Salutation")},
    {"customerContacts[].firstName", S::CustomerContacts, K::Text, QT_TRANSLATE_NOOP("Field", "First name"), true, true},
    {"customerContacts[].lastName", S::CustomerContacts, K::Text, QT_TRANSLATE_NOOP("Field", "Last name"), true, true},
    {"customerContacts[].email", S::CustomerContacts, K::Email, QT_TRANSLATE_NOOP("Field", "E-mail"), true, true},
    {"customerContacts[].phoneNumber", S::CustomerContacts, K::Text, QT_TRANSLATE_NOOP("Field", "Phone")},
    {"customerContacts[].jobTitle", S::CustomerContacts, K::Text, QT_TRANSLATE_NOOP("Field", "Job title")},

    {"partnerContacts[].salesRepFirstName", S::PartnerContacts, K::Text, QT_TRANSLATE_NOOP("Field", "First name"), true, true},
    {"partnerContacts[].salesRepLastName", S::PartnerContacts, K::Text, QT_TRANSLATE_NOOP("Field", "Last name"), true, true},
    {"partnerContacts[].salesRepEmail", S::PartnerContacts, K::Email, QT_TRANSLATE_NOOP("Field", "E-mail"), true, true},
};

const SectionSpec kSections[] = {
    {S::Record, QString(), false, QT_TRANSLATE_NOOP("Field", "Record"), {}, false, false},
    {S::Opportunity, QStringLiteral("leadOpportunity"), false, QT_TRANSLATE_NOOP("Field", "Opportunity"), {}, true, true},
    {S::OfferLines, QStringLiteral("offerLines"), true, QT_TRANSLATE_NOOP("Field", "Offer line"), {QStringLiteral("offerLine")}, false, true},
    {S::CustomerLegalEntity, QStringLiteral("customerLegalEntity"), false, QT_TRANSLATE_NOOP("Field", "Customer legal entity"), {}, false, true},
    {S::CustomerContacts, QStringLiteral("customerContacts"), true, QT_TRANSLATE_NOOP("Field", "Customer contact"), {QStringLiteral("customerContact")}, false, false},
    {S::PartnerContacts, QStringLiteral("partnerContacts"), true, QT_TRANSLATE_NOOP("Field", "Partner contact"), {QStringLiteral("partnerContact")}, false, false},
};
// clang-format on

QList<FieldSpec> buildFields()
{
    QList<FieldSpec> fields;
    for (const Row &row : kRows) {
        const QString pattern = QString::fromLatin1(row.pattern);
        const QString name = pattern.section(u'.', -1);
        const bool choice = row.kind == K::Enum || row.kind == K::MultiEnum;
        fields.append({ pattern, row.section, row.kind, row.label,
                        choice ? enumCodes(name) : QStringList(), row.requiredUpdate,
                        row.requiredCreate, row.aliases, row.readOnly });
    }
    return fields;
}

} // namespace

QString FieldSpec::name() const
{
    const qsizetype dot = pattern.lastIndexOf(u'.');
    return dot < 0 ? pattern : pattern.mid(dot + 1);
}

QString FieldSpec::container() const
{
    const qsizetype dot = pattern.lastIndexOf(u'.');
    return dot < 0 ? QString() : pattern.left(dot);
}

namespace {

QList<FieldSpec> &mutableFields()
{
    static QList<FieldSpec> fields = buildFields();
    return fields;
}

} // namespace

const QList<FieldSpec> &FieldCatalogue::fields()
{
    return mutableFields();
}

bool appendCatalogueRow(const FieldSpec &spec)
{
    // Linear: find() would build its index now, without the new row.
    for (const FieldSpec &existing : std::as_const(mutableFields())) {
        if (existing.pattern == spec.pattern)
            return false;
    }
    // After its section's last row: form order is catalogue order, and runs section by
    // section (a row at the very end would come after every other section's fields).
    QList<FieldSpec> &fields = mutableFields();
    const auto last = std::find_if(fields.crbegin(), fields.crend(), [&spec](const FieldSpec &f) {
        return f.section == spec.section;
    });
    fields.insert(last == fields.crend() ? fields.size() : fields.crend() - last, spec);
    return true;
}

const QList<SectionSpec> &FieldCatalogue::sections()
{
    static const QList<SectionSpec> sections(std::begin(kSections), std::end(kSections));
    return sections;
}

const FieldSpec *FieldCatalogue::findByPath(QStringView path)
{
    const FieldPath parsed = FieldPath::parse(path);
    return parsed.isValid() ? find(parsed.pattern()) : nullptr;
}

const SectionSpec *FieldCatalogue::section(Section section)
{
    for (const SectionSpec &spec : sections()) {
        if (spec.section == section)
            return &spec;
    }
    return nullptr;
}

QList<const FieldSpec *> FieldCatalogue::fieldsOf(Section section)
{
    QList<const FieldSpec *> result;
    for (const FieldSpec &spec : fields()) {
        if (spec.section == section)
            result.append(&spec);
    }
    return result;
}

int FieldCatalogue::formOrder(const FieldSpec *spec)
{
    return spec ? int(spec - fields().constData()) : -1;
}

QString FieldCatalogue::label(const FieldSpec &spec)
{
    return QCoreApplication::translate(kLabelContext, spec.label);
}

QString FieldCatalogue::label(const SectionSpec &spec)
{
    return QCoreApplication::translate(kLabelContext, spec.label);
}

QString FieldCatalogue::labelForPath(QStringView path)
{
    const FieldPath parsed = FieldPath::parse(path);
    if (!parsed.isValid() || parsed.isRecord())
        return QCoreApplication::translate(kLabelContext, "Record");
    // An item of a list field: "Reasons lost · 1", the field's label and the place.
    const int *item = std::get_if<int>(&parsed.segments().last());
    if (item && find(parsed.parent().pattern()))
        return QCoreApplication::translate(kLabelContext, "%1 · %2")
            .arg(labelForPath(parsed.parent().toString()))
            .arg(*item + 1);
    if (const FieldSpec *spec = find(parsed.pattern()))
        return parsed.rowIndex() >= 0 ? QCoreApplication::translate(kLabelContext, "%1 %2 · %3")
                                            .arg(label(*section(spec->section)))
                                            .arg(parsed.rowIndex() + 1)
                                            .arg(label(*spec))
                                      : label(*spec);
    const Section of = sectionOf(parsed);
    if (of == Section::Record)
        return path.toString();
    const SectionSpec *sectionSpec = section(of);
    if (parsed.size() >= 2 && std::holds_alternative<int>(parsed.segments().at(1))) {
        const QString row = QCoreApplication::translate(kLabelContext, "%1 %2")
                                .arg(label(*sectionSpec))
                                .arg(parsed.rowIndex() + 1);
        return parsed.size() == 2 ? row : row + QStringLiteral(" · ") + parsed.toString();
    }
    return parsed.size() == 1 ? label(*sectionSpec) : path.toString();
}

} // namespace leadopp::core
