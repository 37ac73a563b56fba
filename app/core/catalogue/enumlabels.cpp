// The one table of enum codes: every code an enum field accepts, in the contract's order,
// with its human label (the contract's x-enumDescriptions). The field rows take their
// codes from here, so the catalogue stays one row a field and a code is written once.
#include "core/catalogue/cataloguetables.h"

#include <QCoreApplication>

namespace leadopp::core {

namespace {

// Translation context of every enum label.
constexpr char kEnumContext[] = "EnumValue";

struct EnumLabel {
    const char *field; ///< member name of the field: the same code means different things
    const char *code;
    const char *label;
};

// clang-format off
const EnumLabel kLabels[] = {
    {"status", "LEAD_OPEN", QT_TRANSLATE_NOOP("EnumValue", "Open lead")},
    {"status", "QUALIFIED", QT_TRANSLATE_NOOP("EnumValue", "Qualified")},
    {"status", "ACCEPTED", QT_TRANSLATE_NOOP("EnumValue", "Accepted")},
    {"status", "OPPY_OPEN", QT_TRANSLATE_NOOP("EnumValue", "Open opportunity")},
    {"status", "VALIDATED", QT_TRANSLATE_NOOP("EnumValue", "Validated")},
    {"status", "ESTABLISHED", QT_TRANSLATE_NOOP("EnumValue", "Established")},
    {"status", "WON", QT_TRANSLATE_NOOP("EnumValue", "Won")},
    {"status", "LOST", QT_TRANSLATE_NOOP("EnumValue", "Lost")},

    {"forecastCategory", "UPSIDE", QT_TRANSLATE_NOOP("EnumValue", "Upside")},
    {"forecastCategory", "COMMIT", QT_TRANSLATE_NOOP("EnumValue", "Commit")},
    {"forecastCategory", "SAFE", QT_TRANSLATE_NOOP("EnumValue", "Safe")},
    {"forecastCategory", "WON", QT_TRANSLATE_NOOP("EnumValue", "Won")},
    {"forecastCategory", "LOST", QT_TRANSLATE_NOOP("EnumValue", "Lost")},
    {"forecastCategory", "LONGSHOT", QT_TRANSLATE_NOOP("EnumValue", "Longshot")},
    {"forecastCategory", "EMPTY", QT_TRANSLATE_NOOP("EnumValue", "Empty")},

    {"reasonWon", "SOLUTION_FUNCT", QT_TRANSLATE_NOOP("EnumValue", "Solution functionality")},
    {"reasonWon", "STRNG_VAL_PROP", QT_TRANSLATE_NOOP("EnumValue", "Stronger value proposition")},
    {"reasonWon", "LWR_CST_OF_OWNRSHIP", QT_TRANSLATE_NOOP("EnumValue", "Lower costs of ownership")},
    {"reasonWon", "LWR_IMPL_COST", QT_TRANSLATE_NOOP("EnumValue", "Lower implementation costs")},
    {"reasonWon", "GOOD_CSTMR_REFER", QT_TRANSLATE_NOOP("EnumValue", "Good customer references")},
    {"reasonWon", "OFFR_TRM_CONDN", QT_TRANSLATE_NOOP("EnumValue", "Offer terms & conditions")},
    {"reasonWon", "LWR_SFTWR_COSTS", QT_TRANSLATE_NOOP("EnumValue", "Lower software costs")},
    {"reasonWon", "STRONG_CLIENT_RELATION", QT_TRANSLATE_NOOP("EnumValue", "Strong client relationship")},
    {"reasonWon", "DS_SKILLS_EXPERTISE", QT_TRANSLATE_NOOP("EnumValue", "DS skills & expertise")},
    {"reasonWon", "PRTNR_SKILL_&_EXPRT", QT_TRANSLATE_NOOP("EnumValue", "Partner skills & expertise")},
    {"reasonWon", "PRTNR_RELTNSHIP", QT_TRANSLATE_NOOP("EnumValue", "Partner (CSI) relationship")},
    {"reasonWon", "SALE_OPP_ACT", QT_TRANSLATE_NOOP("EnumValue", "SalesOperations activities")},
    {"reasonWon", "IT_DRVN_ACT", QT_TRANSLATE_NOOP("EnumValue", "IT driven activities")},
    {"reasonWon", "EMPTY", QT_TRANSLATE_NOOP("EnumValue", "Empty")},

    {"reasonLost", "BETTER_COMP_OFFER", QT_TRANSLATE_NOOP("EnumValue", "Better competition offer")},
    {"reasonLost", "CLIENT_DOES_NOT_SEE_VALUE", QT_TRANSLATE_NOOP("EnumValue", "Client does not see value")},
    {"reasonLost", "LACK_OR_LOSS_OF_CHAMPION", QT_TRANSLATE_NOOP("EnumValue", "Lack or loss of champion")},
    {"reasonLost", "FUNC_GAP", QT_TRANSLATE_NOOP("EnumValue", "Functional gap")},
    {"reasonLost", "HIGH_IMPLEM_COST", QT_TRANSLATE_NOOP("EnumValue", "High implementation cost")},
    {"reasonLost", "LACK_OF_REF", QT_TRANSLATE_NOOP("EnumValue", "Lack of references")},
    {"reasonLost", "OFFER_DOES_NOT_MATCH_NEEDS", QT_TRANSLATE_NOOP("EnumValue", "Offer does not match needs")},
    {"reasonLost", "QUALITY_ISSUE", QT_TRANSLATE_NOOP("EnumValue", "Quality issue")},
    {"reasonLost", "DS_SKILLS_SUPPORT_ISSUE", QT_TRANSLATE_NOOP("EnumValue", "DS skills & support issue")},
    {"reasonLost", "PARTNER_SKILL_SUPPORT", QT_TRANSLATE_NOOP("EnumValue", "Partner skills & support")},
    {"reasonLost", "REL_LEVEL_ISSUE", QT_TRANSLATE_NOOP("EnumValue", "Relationship level issue")},
    {"reasonLost", "SOFT_COST_TOO_HIGH", QT_TRANSLATE_NOOP("EnumValue", "Software cost too high")},
    {"reasonLost", "TERMS_COND_ISSUE", QT_TRANSLATE_NOOP("EnumValue", "Terms & conditions issue")},
    {"reasonLost", "COST_OF_SALES_TOO_HIGH", QT_TRANSLATE_NOOP("EnumValue", "Cost of sales too high")},
    {"reasonLost", "LACK_OF_SKILLS_TO_SUPPORT", QT_TRANSLATE_NOOP("EnumValue", "Lack of skills to support")},
    {"reasonLost", "LACK_OF_TECH_RESOURCES", QT_TRANSLATE_NOOP("EnumValue", "Lack of tech resources")},
    {"reasonLost", "NOT_A_DS_PRIORITY", QT_TRANSLATE_NOOP("EnumValue", "Not a priority for DS")},
    {"reasonLost", "NOT_A_PARTNER_PRIORITY", QT_TRANSLATE_NOOP("EnumValue", "Not a priority for partner")},
    {"reasonLost", "CLIENT_BANKRUPT_OR_ACQUIRED", QT_TRANSLATE_NOOP("EnumValue", "Client bankrupt/acquired")},
    {"reasonLost", "CLIENT_HAS_NO_MORE_NEED", QT_TRANSLATE_NOOP("EnumValue", "Client has no (more) need")},
    {"reasonLost", "CLIENT_HAS_NO_MORE_BUDGET", QT_TRANSLATE_NOOP("EnumValue", "Client has no (more) budget")},
    {"reasonLost", "DUP_COPY", QT_TRANSLATE_NOOP("EnumValue", "Duplicate copy")},
    {"reasonLost", "IT_DRIVEN_ACTIVITIES", QT_TRANSLATE_NOOP("EnumValue", "IT driven activities")},
    {"reasonLost", "LOST_TO_ANOTHER_PARTNER", QT_TRANSLATE_NOOP("EnumValue", "Lost to another partner")},
    {"reasonLost", "SALESOPS_ACTIVITIES", QT_TRANSLATE_NOOP("EnumValue", "SalesOperations activities")},
    {"reasonLost", "TERRITORY_REJECT", QT_TRANSLATE_NOOP("EnumValue", "Territory reject")},
    {"reasonLost", "INADEQUATE_REF", QT_TRANSLATE_NOOP("EnumValue", "Inadequate references")},
    {"reasonLost", "WRONG_PARTNER_OR_DS_SALES", QT_TRANSLATE_NOOP("EnumValue", "Wrong partner/DS sales")},
    {"reasonLost", "MISSING_INFORMATION", QT_TRANSLATE_NOOP("EnumValue", "Missing information")},
    {"reasonLost", "INCORRECT_CHANNEL", QT_TRANSLATE_NOOP("EnumValue", "Incorrect channel")},
    {"reasonLost", "UNMOVABLE_COMPET", QT_TRANSLATE_NOOP("EnumValue", "Unmovable competitor")},
    {"reasonLost", "OPPY_ALREADY_EXISTS", QT_TRANSLATE_NOOP("EnumValue", "Opportunity already exists")},
    {"reasonLost", "NO_PROJECT", QT_TRANSLATE_NOOP("EnumValue", "No project")},
    {"reasonLost", "IMMATURE_PROJECT", QT_TRANSLATE_NOOP("EnumValue", "Immature project")},
    {"reasonLost", "DUP_LEAD", QT_TRANSLATE_NOOP("EnumValue", "Duplicate lead")},
    {"reasonLost", "DUP_OPPY", QT_TRANSLATE_NOOP("EnumValue", "Duplicate opportunity")},
    {"reasonLost", "CUST_BNKRUPT", QT_TRANSLATE_NOOP("EnumValue", "Customer bankruptcy")},
    {"reasonLost", "NVR_SUCCEED_RECHN_CUST", QT_TRANSLATE_NOOP("EnumValue", "Never succeeded in reaching the customer (mail/phone/letter)")},
    {"reasonLost", "NT_ENG_RLVNT_EVD_CUST", QT_TRANSLATE_NOOP("EnumValue", "Not enough relevant evidence to escalate with the customer (at risk in court)")},
    {"reasonLost", "ROI_NT_VIBLE", QT_TRANSLATE_NOOP("EnumValue", "ROI for enforcement not viable")},
    {"reasonLost", "VLD_CUST_EXPLNTN", QT_TRANSLATE_NOOP("EnumValue", "Valid customer explanation (approved by legal)")},
    {"reasonLost", "MERGED", QT_TRANSLATE_NOOP("EnumValue", "Merged")},
    {"reasonLost", "EMPTY", QT_TRANSLATE_NOOP("EnumValue", "Empty")},

    {"revenueType", "UPFRONT", QT_TRANSLATE_NOOP("EnumValue", "Upfront")},
    {"revenueType", "RENTAL_BOOKING", QT_TRANSLATE_NOOP("EnumValue", "Rental booking")},
    {"revenueType", "SUPPORT_SERVICES", QT_TRANSLATE_NOOP("EnumValue", "Support services")},
    {"revenueType", "SERVICES_SIGNING", QT_TRANSLATE_NOOP("EnumValue", "Services signing")},
    {"revenueType", "EMPTY", QT_TRANSLATE_NOOP("EnumValue", "Empty")},
};
// clang-format on

} // namespace

QStringList enumCodes(QStringView memberName)
{
    QStringList codes;
    for (const EnumLabel &entry : kLabels) {
        if (memberName == QLatin1String(entry.field))
            codes.append(QString::fromLatin1(entry.code));
    }
    return codes;
}

QString FieldCatalogue::enumLabel(const FieldSpec &spec, const QString &code)
{
    const QString field = spec.name();
    for (const EnumLabel &entry : kLabels) {
        if (field == QLatin1String(entry.field) && code == QLatin1String(entry.code))
            return QCoreApplication::translate(kEnumContext, entry.label);
    }
    return code;
}

} // namespace leadopp::core
