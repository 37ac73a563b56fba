// Pasting a text into a field stores what typing it would, a choice by its label or code,
// and refuses, saying why, what no single value of the field can be.
#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/pastedtext.h"
#include "core/translators.h"
#include "fieldspecs.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::fieldSpec;

namespace {

QJsonValue pasted(const char *pattern, const QString &text)
{
    const PastedText result = pastedText(fieldSpec(pattern), text);
    EXPECT_TRUE(result.refusal.isEmpty()) << result.refusal.toStdString();
    return result.value;
}

QString refusal(const char *pattern, const QString &text)
{
    const PastedText result = pastedText(fieldSpec(pattern), text);
    EXPECT_TRUE(result.value.isUndefined());
    return result.refusal;
}

} // namespace

TEST(PastedText, aNumberIsStoredAsTypingItWouldAndASpreadsheetsLineBreakIsDropped)
{
    EXPECT_EQ(pasted("offerLines[].amount", QStringLiteral("48500")), QJsonValue(48500));
    EXPECT_EQ(pasted("offerLines[].amount", QStringLiteral("48500\r\n")), QJsonValue(48500));
    EXPECT_EQ(pasted("offerLines[].amount", QStringLiteral("12.5\n")), QJsonValue(12.5));
    // No number: kept as the text it is, for validation to name, as when typed.
    EXPECT_EQ(pasted("offerLines[].amount", QStringLiteral("48,500.00 EUR")),
              QJsonValue(QStringLiteral("48,500.00 EUR")));
    EXPECT_EQ(pasted("offerLines[].amount", QStringLiteral("12.400,00")),
              QJsonValue(QStringLiteral("12.400,00")));
}

TEST(PastedText, textIsStoredAsTypingStoresIt)
{
    EXPECT_EQ(pasted("customerContacts[].email", QStringLiteral("jana@example.com\n")),
              QJsonValue(QStringLiteral("jana@example.com")));
    EXPECT_EQ(pasted("offerLines[].offerNameId", QStringLiteral(" CATIA-X ")),
              QJsonValue(QStringLiteral("CATIA-X")))
        << "trimmed, as a typed value is";
}

TEST(PastedText, aChoiceTakesItsLabelOrItsCodeInAnyCase)
{
    const QJsonValue rental(QStringLiteral("RENTAL_BOOKING"));
    EXPECT_EQ(pasted("offerLines[].revenueType", QStringLiteral("Rental booking")), rental);
    EXPECT_EQ(pasted("offerLines[].revenueType", QStringLiteral("rental BOOKING\n")), rental);
    EXPECT_EQ(pasted("offerLines[].revenueType", QStringLiteral("RENTAL_BOOKING")), rental);
    EXPECT_EQ(pasted("offerLines[].revenueType", QStringLiteral(" upfront ")),
              QJsonValue(QStringLiteral("UPFRONT")));
}

TEST(PastedText, aChoiceTakesItsLabelInTheRepsLanguage)
{
    ASSERT_TRUE(installTranslators(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    const QString label = FieldCatalogue::enumLabel(fieldSpec("offerLines[].revenueType"),
                                                    QStringLiteral("UPFRONT"));
    EXPECT_NE(label, QStringLiteral("Upfront")) << "the German catalogue is installed";
    EXPECT_EQ(pasted("offerLines[].revenueType", label), QJsonValue(QStringLiteral("UPFRONT")));
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>();
    qDeleteAll(installed);
}

TEST(PastedText, whatNoSingleValueCanBeIsRefusedWithTheReason)
{
    EXPECT_TRUE(refusal("offerLines[].revenueType", QStringLiteral("Lease")).contains(u"Lease"));
    EXPECT_TRUE(
        refusal("offerLines[].revenueType", QStringLiteral("Lease")).contains(u"Revenue type"));
    EXPECT_TRUE(
        refusal("offerLines[].amount", QStringLiteral("48500\t12400")).contains(u"several cells"));
    EXPECT_TRUE(refusal("offerLines[].amount", QStringLiteral("48500\n12400\n"))
                    .contains(u"Amount takes a single line"));
    EXPECT_TRUE(refusal("offerLines[].amount", QStringLiteral("\n")).contains(u"no text"));
    EXPECT_TRUE(refusal("offerLines[].amount", QString()).contains(u"no text"));
    const QString tooLong(kMaxTextLength + 1, u'x');
    EXPECT_TRUE(refusal("customerContacts[].jobTitle", tooLong).contains(u"at most"));
    EXPECT_EQ(pasted("customerContacts[].jobTitle", QString(kMaxTextLength, u'x')),
              QJsonValue(QString(kMaxTextLength, u'x')));
}

TEST(PastedText, clipboardCellsReadASpreadsheetBlockRowByRow)
{
    using Rows = QList<QStringList>;
    EXPECT_EQ(clipboardCells(QStringLiteral("48500")), Rows({ { QStringLiteral("48500") } }));
    EXPECT_EQ(clipboardCells(QStringLiteral("48500\r\n")), Rows({ { QStringLiteral("48500") } }));
    EXPECT_EQ(clipboardCells(QStringLiteral("a\tb\r\nc\td\r\n")),
              Rows({ { QStringLiteral("a"), QStringLiteral("b") },
                     { QStringLiteral("c"), QStringLiteral("d") } }));
    EXPECT_EQ(clipboardCells(QStringLiteral("a\t\nc")),
              Rows({ { QStringLiteral("a"), QString() }, { QStringLiteral("c") } }))
        << "an empty cell is kept, and rows may differ in length";
    EXPECT_EQ(clipboardCells(QStringLiteral("a\n\t\n \r\n")), Rows({ { QStringLiteral("a") } }))
        << "blank lines after the last row would add empty rows";
    EXPECT_EQ(clipboardCells(QStringLiteral("a\n\nb")),
              Rows({ { QStringLiteral("a") }, { QString() }, { QStringLiteral("b") } }))
        << "a blank row inside the block is kept";
    EXPECT_TRUE(clipboardCells(QStringLiteral("\n")).isEmpty());
    EXPECT_TRUE(clipboardCells(QString()).isEmpty());
}

TEST(PastedText, clipboardCellsReadTheCellsASpreadsheetQuoted)
{
    using Rows = QList<QStringList>;
    // Excel, LibreOffice and Google Sheets quote a cell holding a line break, and double the
    // quotes inside it: the block below is two rows of two cells.
    EXPECT_EQ(
        clipboardCells(QStringLiteral("\"Halle 3\nTor \"\"Nord\"\"\"\t48500\r\nb\t\"x\ty\"\r\n")),
        Rows({ { QStringLiteral("Halle 3\nTor \"Nord\""), QStringLiteral("48500") },
               { QStringLiteral("b"), QStringLiteral("x\ty") } }));
    EXPECT_EQ(clipboardCells(QStringLiteral("\"5\"\" pipe\"")),
              Rows({ { QStringLiteral("5\" pipe") } }));
}

TEST(PastedText, clipboardCellsKeepQuotesThatAreNotASpreadsheetsQuoting)
{
    using Rows = QList<QStringList>;
    // Nothing in them needed quotes: these are the rep's own quotes.
    EXPECT_EQ(clipboardCells(QStringLiteral("\"Acme\"\t1")),
              Rows({ { QStringLiteral("\"Acme\""), QStringLiteral("1") } }));
    EXPECT_EQ(clipboardCells(QStringLiteral("5\" pipe")), Rows({ { QStringLiteral("5\" pipe") } }));
    // Not closed, or closed before the cell ends: read as it stands, up to the tab or line.
    EXPECT_EQ(clipboardCells(QStringLiteral("\"Halle\n3")),
              Rows({ { QStringLiteral("\"Halle") }, { QStringLiteral("3") } }));
    EXPECT_EQ(clipboardCells(QStringLiteral("\"a\"\"b\" c\td")),
              Rows({ { QStringLiteral("\"a\"\"b\" c"), QStringLiteral("d") } }));
    // A carriage return inside a line is text; one that ends the text ends the line.
    EXPECT_EQ(clipboardCells(QStringLiteral("a\rb\r")), Rows({ { QStringLiteral("a\rb") } }));
}

TEST(PastedText, aQuotedCellWithLineBreaksIsRefusedWhereOneLineGoes)
{
    const QString cell = clipboardCells(QStringLiteral("\"Halle 3\nTor 2\"\r\n")).value(0).value(0);
    EXPECT_EQ(cell, QStringLiteral("Halle 3\nTor 2"));
    EXPECT_TRUE(refusal("customerContacts[].jobTitle", cell).contains(u"single line"));
}
