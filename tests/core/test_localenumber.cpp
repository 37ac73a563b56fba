// Typed numbers are read in the rep's notation and the canonical one; where the two read
// the same text differently the entry is refused with a sentence. Shown amounts follow
// the locale, editable text reads back to the same number.
#include "core/codec/exporter.h"
#include "core/input/localenumber.h"
#include "core/validation/validator.h"
#include "testsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace leadopp::core;
using Reading = TypedNumber::Reading;

namespace {

TypedNumber typed(const char *text, const char *locale)
{
    return readTypedNumber(QString::fromUtf8(text), QLocale(QString::fromLatin1(locale)));
}

double number(const char *text, const char *locale)
{
    const TypedNumber result = typed(text, locale);
    EXPECT_EQ(result.reading, Reading::Number) << text << " in " << locale;
    return result.value;
}

} // namespace

TEST(LocaleNumber, german_readsGroupedAmountsAndDecimalCommas)
{
    EXPECT_EQ(number("12.400,50", "de_DE"), 12400.5);
    EXPECT_EQ(number("12,5", "de_DE"), 12.5);
    EXPECT_EQ(number("-1.234,5", "de_DE"), -1234.5);
    EXPECT_EQ(number(" 1234 ", "de_DE"), 1234);
    // The canonical notation is read too where German reads nothing.
    EXPECT_EQ(number("1234.5", "de_DE"), 1234.5);
    EXPECT_EQ(number("1.000.000", "de_DE"), 1000000); // no canonical reading: not ambiguous
}

TEST(LocaleNumber, german_refusesWhatBothNotationsReadDifferently)
{
    for (const char *text : { "1.234", "12.400", "-9.999" }) {
        const TypedNumber result = typed(text, "de_DE");
        EXPECT_EQ(result.reading, Reading::Ambiguous) << text;
        EXPECT_TRUE(result.problem.contains(QString::fromUtf8(text)))
            << result.problem.toStdString();
    }
    // The sentence names both readings, each typed so that it cannot be misread.
    EXPECT_EQ(
        typed("1.234", "de_DE").problem,
        QStringLiteral(
            "“1.234” could mean 1234 or 1,234; type one of these so that it cannot be misread."));
}

TEST(LocaleNumber, italianAndSpanish_readLikeGerman)
{
    EXPECT_EQ(number("12.400,50", "it_IT"), 12400.5);
    EXPECT_EQ(number("12.400,50", "es_ES"), 12400.5);
    EXPECT_EQ(typed("1.234", "it_IT").reading, Reading::Ambiguous);
    EXPECT_EQ(typed("1.234", "es_ES").reading, Reading::Ambiguous);
    // Spanish style books group from five digits on; reps group four as well.
    EXPECT_EQ(number("1.234,50", "es_ES"), 1234.5);
    EXPECT_EQ(number("1234,50", "es_ES"), 1234.5);
}

TEST(LocaleNumber, french_readsSpacesAndDecimalCommas)
{
    EXPECT_EQ(number("12 400,50", "fr_FR"), 12400.5);
    EXPECT_EQ(number("12\u202f400,50", "fr_FR"), 12400.5);
    EXPECT_EQ(number("1.5", "fr_FR"), 1.5); // '.' is no French separator: canonical
    EXPECT_EQ(number("1,234", "fr_FR"), 1.234);
}

TEST(LocaleNumber, englishAndJapanese_agreeWithTheCanonicalNotation)
{
    EXPECT_EQ(number("12,400.50", "en_US"), 12400.5);
    EXPECT_EQ(number("1,234", "en_US"), 1234);
    EXPECT_EQ(number("1.234", "en_US"), 1.234);
    EXPECT_EQ(number("12,400.50", "ja_JP"), 12400.5);
    EXPECT_EQ(number("1.234", "ja_JP"), 1.234);
    EXPECT_EQ(typed("12.400,50", "en_US").reading, Reading::NotANumber);
}

TEST(LocaleNumber, blankAndWordsAreNoNumber)
{
    EXPECT_EQ(typed("   ", "de_DE").reading, Reading::Blank);
    EXPECT_EQ(typed("lots", "de_DE").reading, Reading::NotANumber);
    EXPECT_EQ(typed("inf", "C").reading, Reading::NotANumber);
    EXPECT_EQ(typed("nan", "C").reading, Reading::NotANumber);
}

TEST(LocaleNumber, editableText_readsBackToTheSameNumberInEveryLocale)
{
    const double values[] = { 0, 1234, 1.234, 12400.5, -0.25, 1234567.891, 1e15 };
    for (const char *locale : { "de_DE", "fr_FR", "it_IT", "es_ES", "ja_JP", "en_US", "C" }) {
        for (const double value : values) {
            const QString text = editableNumber(value, QLocale(QString::fromLatin1(locale)));
            const TypedNumber back = readTypedNumber(text, QLocale(QString::fromLatin1(locale)));
            EXPECT_EQ(back.reading, Reading::Number) << locale << " " << text.toStdString();
            EXPECT_EQ(back.value, value) << locale << " " << text.toStdString();
        }
    }
    EXPECT_EQ(editableNumber(12400.5, QLocale(QStringLiteral("de_DE"))), QStringLiteral("12400,5"));
}

TEST(LocaleNumber, displayedAmounts_groupThousandsAndCarryTheCurrency)
{
    EXPECT_EQ(displayAmount(12400.5, QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("12.400,50 EUR"));
    EXPECT_EQ(displayAmount(12400.5, QStringLiteral("USD"), QLocale(QStringLiteral("en_US"))),
              QStringLiteral("12,400.50 USD"));
    EXPECT_EQ(displayAmount(1500000, QStringLiteral("JPY"), QLocale(QStringLiteral("ja_JP"))),
              QStringLiteral("1,500,000.00 JPY"));
    EXPECT_EQ(displayAmount(12400.5, QStringLiteral("EUR"), QLocale(QStringLiteral("fr_FR"))),
              QStringLiteral("12\u202f400,50 EUR"));
    // More decimals than two are shown rather than rounded away; no currency, no suffix.
    EXPECT_EQ(displayAmount(0.125, QString(), QLocale(QStringLiteral("it_IT"))),
              QStringLiteral("0,125"));
}

TEST(LocaleNumber, ambiguousAmountKeptAsText_isAValidationErrorThatSaysHowToTypeIt)
{
    const QJsonObject line { { QStringLiteral("offerNameId"), QStringLiteral("CATIA") },
                             { QStringLiteral("amount"), QStringLiteral("1.234") },
                             { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") } };
    const QJsonObject record { { QStringLiteral("offerLines"), QJsonArray { line } } };
    const auto amountMessage = [&record] {
        for (const Finding &finding : validateRecord(record, defaultExportMode(record))) {
            if (finding.path == QLatin1String("offerLines[0].amount"))
                return finding.message;
        }
        return QString();
    };
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const QString german = amountMessage();
    QLocale::setDefault(QLocale::c());
    const QString canonical = amountMessage();
    QLocale::setDefault(QLocale::system());
    EXPECT_TRUE(german.endsWith(QStringLiteral(
        "“1.234” could mean 1234 or 1,234; type one of these so that it cannot be misread.")))
        << german.toStdString();
    // Where the notations agree, the text is what it always was: a quoted number.
    EXPECT_TRUE(canonical.contains(QStringLiteral("remove the quotes"))) << canonical.toStdString();
}

// A double keeps about 16 digits: a number typed with more is not rounded in silence. It
// stays the text typed and says what it would become; every digit a number holds reads.
TEST(LocaleNumber, moreDigitsThanANumberHolds_isKeptAsTextAndSaysWhatItWouldBecome)
{
    for (const char *text : { "12345678901234567890", "9007199254740993", "123456789.123456789" }) {
        const TypedNumber result = typed(text, "C");
        EXPECT_EQ(result.reading, Reading::Inexact) << text;
        EXPECT_TRUE(result.problem.contains(QStringLiteral("more digits than a number holds")))
            << result.problem.toStdString();
    }
    EXPECT_TRUE(typed("0,1234567890123456789", "de_DE").problem.contains(u"0,12345678901234568"))
        << typed("0,1234567890123456789", "de_DE").problem.toStdString();
    EXPECT_EQ(number("9007199254740992", "C"), 9007199254740992.0);
    EXPECT_EQ(number("12.400,50", "de_DE"), 12400.5);
    EXPECT_EQ(number("0.1", "C"), 0.1);
    EXPECT_EQ(number("1e3", "C"), 1000.0);
    EXPECT_EQ(number("0012.500", "C"), 12.5);
    EXPECT_EQ(number("1 234 567,891", "fr_FR"), 1234567.891);
    EXPECT_EQ(number("-0.000001", "C"), -0.000001);

    const QJsonObject line { { QStringLiteral("offerNameId"), QStringLiteral("CATIA") },
                             { QStringLiteral("amount"), QStringLiteral("12345678901234567890") },
                             { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") } };
    const QJsonObject record { { QStringLiteral("offerLines"), QJsonArray { line } } };
    bool flagged = false;
    for (const Finding &finding : validateRecord(record, defaultExportMode(record)))
        flagged = flagged
            || (finding.path == QLatin1String("offerLines[0].amount")
                && finding.severity == Severity::Error
                && finding.message.contains(QStringLiteral("12345678901234567000")));
    EXPECT_TRUE(flagged);
}
