// Human labels of enum codes: every code of the catalogue has one, the same code can mean
// different things in different fields, and anything unknown comes back as it is.
#include "core/catalogue/fieldcatalogue.h"
#include "fieldspecs.h"
#include "testsupport.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::fieldSpec;

TEST(EnumLabels, everyEnumValueOfTheCatalogueHasALabel)
{
    int checked = 0;
    for (const FieldSpec &field : FieldCatalogue::fields()) {
        QSet<QString> labels;
        for (const QString &code : field.enumValues) {
            const QString label = FieldCatalogue::enumLabel(field, code);
            EXPECT_NE(label, code) << field.pattern.toStdString() << ' ' << code.toStdString();
            EXPECT_FALSE(label.trimmed().isEmpty()) << code.toStdString();
            // Two codes of one field must not read the same.
            EXPECT_FALSE(labels.contains(label)) << label.toStdString();
            labels.insert(label);
            ++checked;
        }
    }
    // status 8, forecastCategory 7, reasonWon 14, reasonLost 43, revenueType 5
    EXPECT_EQ(checked, 77);
}

TEST(EnumLabels, knownCodes_readAsTheContractDescribesThem)
{
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.reasonWon"),
                                        QStringLiteral("STRNG_VAL_PROP")),
              QStringLiteral("Stronger value proposition"));
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.reasonLost"),
                                        QStringLiteral("CLIENT_HAS_NO_MORE_BUDGET")),
              QStringLiteral("Client has no (more) budget"));
    EXPECT_EQ(
        FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.status"), QStringLiteral("LEAD_OPEN")),
        QStringLiteral("Open lead"));
    EXPECT_EQ(
        FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.status"), QStringLiteral("OPPY_OPEN")),
        QStringLiteral("Open opportunity"));
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("offerLines[].revenueType"),
                                        QStringLiteral("RENTAL_BOOKING")),
              QStringLiteral("Rental booking"));
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.forecastCategory"),
                                        QStringLiteral("LONGSHOT")),
              QStringLiteral("Longshot"));
}

TEST(EnumLabels, codeOfAnotherField_orUnknownCode_returnsItself)
{
    // LEAD_OPEN is a status, not a forecast category.
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.forecastCategory"),
                                        QStringLiteral("LEAD_OPEN")),
              QStringLiteral("LEAD_OPEN"));
    EXPECT_EQ(
        FieldCatalogue::enumLabel(fieldSpec("offerLines[].revenueType"), QStringLiteral("RENTAL")),
        QStringLiteral("RENTAL"));
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.status"), QStringLiteral("won")),
              QStringLiteral("won"));
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.name"), QStringLiteral("Pilot")),
              QStringLiteral("Pilot"));
    EXPECT_EQ(FieldCatalogue::enumLabel(fieldSpec("leadOpportunity.status"), QString()), QString());
}
