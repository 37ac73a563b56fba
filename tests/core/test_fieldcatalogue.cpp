#include "core/catalogue/cataloguetables.h"
#include "core/catalogue/fieldcatalogue.h"
#include "testsupport.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace leadopp::core;

TEST(FieldCatalogue, coversEveryMemberOfTheUpdateBody)
{
    const char *members[] = { "partnerId",
                              "leadOpportunity.partnerLeadOpportunityId",
                              "leadOpportunity.name",
                              "leadOpportunity.dsOwnerEmail",
                              "leadOpportunity.status",
                              "leadOpportunity.forecastCategory",
                              "leadOpportunity.closeDate",
                              "leadOpportunity.cometCampaignCode",
                              "leadOpportunity.reasonWon",
                              "leadOpportunity.reasonLost",
                              "leadOpportunity.competitors",
                              "leadOpportunity.reasonWonLostComment",
                              "leadOpportunity.gtmTacticId",
                              "leadOpportunity.description",
                              "leadOpportunity.nextMilestone",
                              "leadOpportunity.nextMilestoneDate",
                              "leadOpportunity.currency",
                              "offerLines[].offerNameId",
                              "offerLines[].amount",
                              "offerLines[].revenueType",
                              "customerLegalEntity.id",
                              "customerLegalEntity.dunsNumber",
                              "customerLegalEntity.vatNumber",
                              "customerLegalEntity.registrationId",
                              "customerLegalEntity.name",
                              "customerLegalEntity.city",
                              "customerLegalEntity.country",
                              "customerLegalEntity.addressLine1",
                              "customerLegalEntity.addressLine2",
                              "customerLegalEntity.statePrefecture",
                              "customerLegalEntity.zipCode",
                              "customerLegalEntity.websiteUrl",
                              "customerContacts[].salutation",
                              "customerContacts[].firstName",
                              "customerContacts[].lastName",
                              "customerContacts[].email",
                              "customerContacts[].phoneNumber",
                              "customerContacts[].jobTitle",
                              "partnerContacts[].salesRepEmail",
                              "partnerContacts[].salesRepFirstName",
                              "partnerContacts[].salesRepLastName" };
    for (const char *member : members) {
        const FieldSpec *spec = FieldCatalogue::find(QString::fromLatin1(member));
        ASSERT_NE(spec, nullptr) << member;
        EXPECT_FALSE(spec->readOnly) << member;
    }
}

// Form order is catalogue order: the Problems list, mapped errors and F8 keep a section's
// problems together only if its rows do, which appendCatalogueRow keeps too.
TEST(FieldCatalogue, runsSectionBySection)
{
    QSet<Section> done;
    Section current = FieldCatalogue::fields().first().section;
    for (const FieldSpec &spec : FieldCatalogue::fields()) {
        if (spec.section == current)
            continue;
        done.insert(current);
        EXPECT_FALSE(done.contains(spec.section)) << spec.pattern.toStdString();
        current = spec.section;
    }
}

TEST(FieldCatalogue, patternsAreUnique_andLabelled)
{
    QSet<QString> seen;
    for (const FieldSpec &spec : FieldCatalogue::fields()) {
        EXPECT_FALSE(seen.contains(spec.pattern)) << spec.pattern.toStdString();
        seen.insert(spec.pattern);
        EXPECT_FALSE(FieldCatalogue::label(spec).isEmpty()) << spec.pattern.toStdString();
    }
}

TEST(FieldCatalogue, enumsMatchTheSpec)
{
    EXPECT_EQ(FieldCatalogue::find(u"leadOpportunity.status")->enumValues.size(), 8);
    EXPECT_EQ(FieldCatalogue::find(u"leadOpportunity.forecastCategory")->enumValues.size(), 7);
    EXPECT_EQ(FieldCatalogue::find(u"leadOpportunity.reasonWon")->enumValues.size(), 14);
    EXPECT_EQ(FieldCatalogue::find(u"leadOpportunity.reasonLost")->enumValues.size(), 43);
    EXPECT_EQ(FieldCatalogue::find(u"offerLines[].revenueType")->enumValues.size(), 5);
    EXPECT_TRUE(FieldCatalogue::find(u"leadOpportunity.reasonWon")
                    ->enumValues.contains(QStringLiteral("PRTNR_SKILL_&_EXPRT")));
}

TEST(FieldCatalogue, requiredFlagsFollowTheContract)
{
    const auto required = [](const char *pattern, bool update, bool create) {
        const FieldSpec *spec = FieldCatalogue::find(QString::fromLatin1(pattern));
        ASSERT_NE(spec, nullptr);
        EXPECT_EQ(spec->requiredForUpdate, update) << pattern;
        EXPECT_EQ(spec->requiredForCreate, create) << pattern;
    };
    required("leadOpportunity.partnerLeadOpportunityId", true, true);
    required("leadOpportunity.name", false, true);
    required("leadOpportunity.status", false, true);
    required("leadOpportunity.closeDate", false, true);
    required("leadOpportunity.currency", false, true);
    required("leadOpportunity.description", false, false);
    required("partnerId", false, true);
    required("customerContacts[].email", true, true);
    required("partnerContacts[].salesRepLastName", true, true);
    EXPECT_TRUE(FieldCatalogue::section(Section::OfferLines)->requiredForCreate);
    EXPECT_FALSE(FieldCatalogue::section(Section::OfferLines)->requiredForUpdate);
}

TEST(FieldCatalogue, aliasesAndFoldedNames)
{
    EXPECT_TRUE(FieldCatalogue::find(u"leadOpportunity.partnerLeadOpportunityId")
                    ->aliases.contains(QStringLiteral("partnerExternalId")));
    EXPECT_EQ(FieldCatalogue::sectionByKey(u"customerContact")->section, Section::CustomerContacts);
    EXPECT_EQ(FieldCatalogue::sectionByKey(u"partner_contacts")->section, Section::PartnerContacts);
    EXPECT_EQ(FieldCatalogue::sectionByKey(u"OFFER-LINES")->section, Section::OfferLines);
    EXPECT_EQ(FieldCatalogue::sectionByKey(u"nothing"), nullptr);
    EXPECT_EQ(FieldCatalogue::foldName(u"Offer_Lines-x"), QStringLiteral("offerlinesx"));
}

// Names are folded character by character as Qt folds case; ASCII takes a shortcut that
// must agree with it, and '_' / '-' vanish wherever they stand.
TEST(FieldCatalogue, foldName_agreesWithQtCaseFoldingBeyondAscii)
{
    const QString names[] = { QStringLiteral("Straße_ÉTAT"), QStringLiteral("ΣΊΣΥΦΟΣ-Name"),
                              QStringLiteral("__all__"),     QStringLiteral("OfferLines[1].AMOUNT"),
                              QStringLiteral("ǅemal-Ⅻ"),     QString() };
    for (const QString &name : names) {
        QString expected;
        for (const QChar c : name) {
            if (c != u'_' && c != u'-')
                expected.append(c.toCaseFolded());
        }
        EXPECT_EQ(FieldCatalogue::foldName(name), expected) << qPrintable(name);
    }
    EXPECT_EQ(FieldCatalogue::sectionByKey(u"Offer_Lines"),
              FieldCatalogue::sectionByKey(u"offerlines"));
}

TEST(FieldCatalogue, labelForPath_namesRowsAndSections)
{
    EXPECT_EQ(FieldCatalogue::labelForPath(u"offerLines[1].amount"),
              QStringLiteral("Offer line 2 · Amount"));
    EXPECT_EQ(FieldCatalogue::labelForPath(u"leadOpportunity.closeDate"),
              QStringLiteral("Close date"));
    EXPECT_EQ(FieldCatalogue::labelForPath(u"customerContacts[0]"),
              QStringLiteral("Customer contact 1"));
    EXPECT_EQ(FieldCatalogue::labelForPath(u"customerLegalEntity"),
              QStringLiteral("Customer legal entity"));
    EXPECT_EQ(FieldCatalogue::labelForPath(u""), QStringLiteral("Record"));
}

TEST(FieldCatalogue, labelForPath_namesListItemsByFieldAndPlace)
{
    EXPECT_EQ(FieldCatalogue::labelForPath(u"leadOpportunity.reasonLost[0]"),
              QStringLiteral("Reasons lost · 1"));
    EXPECT_EQ(FieldCatalogue::labelForPath(u"leadOpportunity.competitors[2]"),
              QStringLiteral("Competitors · 3"));
}

TEST(FieldCatalogue, enumFieldsTakeTheirCodesFromTheEnumTable)
{
    EXPECT_EQ(FieldCatalogue::find(u"leadOpportunity.reasonLost")->enumValues.size(), 43);
    EXPECT_EQ(FieldCatalogue::find(u"leadOpportunity.status")->enumValues, enumCodes(u"status"));
    EXPECT_EQ(enumCodes(u"revenueType").first(), QStringLiteral("UPFRONT"));
    EXPECT_TRUE(FieldCatalogue::find(u"leadOpportunity.name")->enumValues.isEmpty());
}

TEST(FieldCatalogue, formOrderFollowsTheTable)
{
    const FieldSpec *first = FieldCatalogue::find(u"leadOpportunity.partnerLeadOpportunityId");
    const FieldSpec *later = FieldCatalogue::find(u"offerLines[].amount");
    EXPECT_LT(FieldCatalogue::formOrder(first), FieldCatalogue::formOrder(later));
    EXPECT_EQ(FieldCatalogue::formOrder(nullptr), -1);
}
