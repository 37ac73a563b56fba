// An amount typed or pasted with its currency, as a table shows it, is the number alone when
// the mark is the opportunity's currency; marked with another currency it stays as typed.
#include "core/input/typedamount.h"

#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

QString without(const char *text, const char *currency, const char *locale = "de_DE")
{
    return withoutCurrency(QString::fromUtf8(text), QString::fromLatin1(currency),
                           QLocale(QString::fromLatin1(locale)));
}

} // namespace

TEST(TypedAmount, theCurrencyCodeAsTheCellShowsItGoes)
{
    EXPECT_EQ(without("12.400,50 EUR", "EUR"), QStringLiteral("12.400,50"));
    EXPECT_EQ(without("1.234,5eur", "EUR"), QStringLiteral("1.234,5"));
    EXPECT_EQ(without("EUR -1.500,75", "EUR"), QStringLiteral("-1.500,75"));
    EXPECT_EQ(without("48\u202f500,00 EUR", "EUR", "fr_FR"), QStringLiteral("48\u202f500,00"));
}

TEST(TypedAmount, aSignOfThatCurrencyGoesToo)
{
    EXPECT_EQ(without("12.400,50 €", "EUR"), QStringLiteral("12.400,50"));
    EXPECT_EQ(without("£12,400.50", "GBP", "en_US"), QStringLiteral("12,400.50"));
    // The rep's own locale's symbol, when it is that locale's currency.
    EXPECT_EQ(without("$12,400.50", "USD", "en_US"), QStringLiteral("12,400.50"));
    EXPECT_EQ(without("\uFFE512,400", "JPY", "ja_JP"), QStringLiteral("12,400")); // Qt's ￥
}

TEST(TypedAmount, anotherCurrencyOrNoNumberStaysAsTyped)
{
    EXPECT_EQ(without("100 USD", "EUR"), QStringLiteral("100 USD"));
    EXPECT_EQ(without("$100", "EUR", "en_US"), QStringLiteral("$100"));
    EXPECT_EQ(without("$100", "CAD", "en_US"), QStringLiteral("$100")) << "$ names many";
    EXPECT_EQ(without("12 EURO", "EUR"), QStringLiteral("12 EURO"));
    EXPECT_EQ(without("EUR", "EUR"), QStringLiteral("EUR")) << "the mark alone is no amount";
    EXPECT_EQ(without("12.400,50", ""), QStringLiteral("12.400,50"));
    EXPECT_EQ(without("12.400,50", "EUR"), QStringLiteral("12.400,50"));
}
