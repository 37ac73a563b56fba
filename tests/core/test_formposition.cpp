// One section of a path and one form position for findings, mapped errors and the
// Problems list: record first, catalogue order, then row, then list item.
#include "core/catalogue/formposition.h"
#include "testsupport.h"

#include <QStringList>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

Section sectionOfText(const char *text)
{
    return sectionOf(FieldPath::parse(QString::fromLatin1(text)));
}

// The paths sorted by form position; ties keep their given order.
QStringList sorted(QStringList paths)
{
    std::stable_sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
        return FormPosition::of(a) < FormPosition::of(b);
    });
    return paths;
}

} // namespace

TEST(SectionOf, namesTheSectionOfTheFirstMember_aliasesIncluded)
{
    EXPECT_EQ(sectionOfText("leadOpportunity.closeDate"), Section::Opportunity);
    EXPECT_EQ(sectionOfText("offerLines[2].amount"), Section::OfferLines);
    EXPECT_EQ(sectionOfText("offerLines[2]"), Section::OfferLines);
    EXPECT_EQ(sectionOfText("offerLines"), Section::OfferLines);
    EXPECT_EQ(sectionOfText("customerContact[0].email"), Section::CustomerContacts);
    EXPECT_EQ(sectionOfText("customerLegalEntity.unknownMember"), Section::CustomerLegalEntity);
    EXPECT_EQ(sectionOfText("partnerContacts[1].salesRepEmail"), Section::PartnerContacts);
}

TEST(SectionOf, recordItsOwnFieldsUnknownAndInvalid_areTheRecord)
{
    EXPECT_EQ(sectionOfText(""), Section::Record);
    EXPECT_EQ(sectionOfText("partnerId"), Section::Record);
    EXPECT_EQ(sectionOfText("somethingElse.x"), Section::Record);
    EXPECT_EQ(sectionOf(FieldPath::invalid()), Section::Record);
}

TEST(FormSectionOf, theRecordsOwnFieldsAreEditedWithTheOpportunity)
{
    EXPECT_EQ(formSectionOf(FieldPath::parse(u"partnerId")), Section::Opportunity);
    EXPECT_EQ(formSectionOf(FieldPath::parse(u"dsLeadOpportunityId")), Section::Opportunity);
    EXPECT_EQ(formSectionOf(FieldPath::parse(u"")), Section::Record);
    EXPECT_EQ(formSectionOf(FieldPath::parse(u"somethingElse")), Section::Record);
    EXPECT_EQ(formSectionOf(FieldPath::parse(u"offerLines[0].amount")), Section::OfferLines);
}

TEST(FormPosition, recordFirst_thenCatalogueOrder_thenRow)
{
    EXPECT_EQ(
        sorted({ QStringLiteral("offerLines[1].amount"), QStringLiteral("offerLines[0].amount"),
                 QStringLiteral("offerLines[1].offerNameId"),
                 QStringLiteral("leadOpportunity.currency"), QString(), QStringLiteral("partnerId"),
                 QStringLiteral("leadOpportunity.status") }),
        (QStringList {
            QString(), QStringLiteral("partnerId"), QStringLiteral("leadOpportunity.status"),
            QStringLiteral("leadOpportunity.currency"), QStringLiteral("offerLines[1].offerNameId"),
            QStringLiteral("offerLines[0].amount"), QStringLiteral("offerLines[1].amount") }));
}

TEST(FormPosition, sectionAndRowBeforeTheirFields_unknownMemberAfterThem)
{
    EXPECT_EQ(sorted({ QStringLiteral("offerLines[0].mystery"),
                       QStringLiteral("offerLines[0].revenueType"), QStringLiteral("offerLines[0]"),
                       QStringLiteral("offerLines[0].offerNameId"), QStringLiteral("offerLines") }),
              (QStringList { QStringLiteral("offerLines"), QStringLiteral("offerLines[0]"),
                             QStringLiteral("offerLines[0].offerNameId"),
                             QStringLiteral("offerLines[0].revenueType"),
                             QStringLiteral("offerLines[0].mystery") }));
    EXPECT_LT(FormPosition::of(u"offerLines[0].mystery"),
              FormPosition::of(u"customerLegalEntity.name"));
}

TEST(FormPosition, listItemsFollowTheirField_unknownRootMembersAndInvalidPathsComeLast)
{
    EXPECT_LT(FormPosition::of(u"leadOpportunity.reasonLost"),
              FormPosition::of(u"leadOpportunity.reasonLost[0]"));
    EXPECT_LT(FormPosition::of(u"leadOpportunity.reasonLost[0]"),
              FormPosition::of(u"leadOpportunity.reasonLost[2]"));
    EXPECT_LT(FormPosition::of(u"leadOpportunity.reasonLost[2]"),
              FormPosition::of(u"leadOpportunity.reasonWonLostComment"));
    EXPECT_LT(FormPosition::of(u"partnerContacts[9].salesRepEmail"),
              FormPosition::of(u"somethingElse"));
    EXPECT_EQ(FormPosition::of(u"somethingElse"), FormPosition::of(FieldPath::invalid()));
    EXPECT_EQ(FormPosition(), FormPosition::of(u""));
}
