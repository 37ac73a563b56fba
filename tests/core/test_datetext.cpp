// Typed dates become ISO 8601 UTC exactly as the rep meant them; anything else is kept.
#include "core/input/datetext.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

QString typed(const char *text, const char *locale = "en_US")
{
    return parseTypedDate(QString::fromUtf8(text), QLocale(QString::fromLatin1(locale))).toString();
}

} // namespace

TEST(DateText, isoDateAndDateTime)
{
    EXPECT_EQ(typed("2025-09-30"), QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(typed("2025-09-30 14:30"), QStringLiteral("2025-09-30T14:30:00.000Z"));
    EXPECT_EQ(typed("2025-09-30T14:30:00Z"), QStringLiteral("2025-09-30T14:30:00.000Z"));
    EXPECT_EQ(typed("2025-09-30T14:30:00+02:00"), QStringLiteral("2025-09-30T12:30:00.000Z"));
    EXPECT_EQ(typed("  2025-09-30 UTC "), QStringLiteral("2025-09-30T00:00:00.000Z"));
}

TEST(DateText, localeShortForms)
{
    EXPECT_EQ(typed("30.09.2025", "de_DE"), QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(typed("30.09.25", "de_DE"), QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(typed("09/30/2025", "en_US"), QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(typed("9/30/25", "en_US"), QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(typed("30/09/2025", "fr_FR"), QStringLiteral("2025-09-30T00:00:00.000Z"));
    EXPECT_EQ(typed("30.09.2025 08:15", "de_DE"), QStringLiteral("2025-09-30T08:15:00.000Z"));
}

TEST(DateText, notADateIsKeptAsTypedAndBlankIsNothing)
{
    EXPECT_EQ(typed("30.09.2025", "en_US"), QStringLiteral("30.09.2025"));
    EXPECT_EQ(typed("2025-02-30"), QStringLiteral("2025-02-30"));
    EXPECT_EQ(typed(" soon "), QStringLiteral("soon"));
    EXPECT_TRUE(parseTypedDate(QStringLiteral("   ")).isUndefined());
}

TEST(DateText, displayShowsTheUtcMeaningAndKeepsOtherTextVerbatim)
{
    EXPECT_EQ(displayDate(QStringLiteral("2025-09-30T00:00:00.000Z")),
              QStringLiteral("2025-09-30 UTC"));
    EXPECT_EQ(displayDate(QStringLiteral("2025-07-08T09:00:00.000Z")),
              QStringLiteral("2025-07-08 09:00 UTC"));
    EXPECT_EQ(displayDate(QStringLiteral("2025-07-08T11:00:00+02:00")),
              QStringLiteral("2025-07-08 09:00 UTC"));
    EXPECT_EQ(displayDate(QStringLiteral("date")), QStringLiteral("date"));
    EXPECT_EQ(displayDate(QStringLiteral("30.09.2025")), QStringLiteral("30.09.2025"));
    EXPECT_EQ(displayDate(QJsonValue()), QString());
}

TEST(DateText, displayedTextReadsBackToTheSameValue)
{
    for (const char *stored : { "2025-09-30T00:00:00.000Z", "2025-07-08T09:00:00.000Z" }) {
        const QString value = QString::fromLatin1(stored);
        EXPECT_EQ(parseTypedDate(displayDate(value)).toString(), value);
    }
}

// A time with seconds or milliseconds shows them: shown to the minute, a value lost them
// when the rep changed only its day. In every notation the text reads back the same.
TEST(DateText, secondsAndMillisecondsAreShownAndReadBack)
{
    EXPECT_EQ(displayDate(QStringLiteral("2025-06-01T18:46:51.326Z")),
              QStringLiteral("2025-06-01 18:46:51.326 UTC"));
    EXPECT_EQ(displayDate(QStringLiteral("2025-06-01T18:46:51.000Z")),
              QStringLiteral("2025-06-01 18:46:51 UTC"));
    for (const QLocale &locale : { QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
                                   QLocale(QLocale::English, QLocale::UnitedStates),
                                   QLocale(QLocale::Japanese, QLocale::Japan) }) {
        for (const char *stored : { "2025-06-01T18:46:51.326Z", "2025-06-01T18:46:51.000Z",
                                    "2025-06-01T00:00:00.500Z", "2025-06-01T09:05:00.000Z" }) {
            const QString value = QString::fromLatin1(stored);
            EXPECT_EQ(parseTypedDate(displayDate(value, locale), locale).toString(), value)
                << locale.name().toStdString() << ' ' << stored << ' '
                << displayDate(value, locale).toStdString();
        }
    }
    EXPECT_EQ(parseTypedDate(QStringLiteral("2025-06-02 18:46:99 UTC")).toString(),
              QStringLiteral("2025-06-02 18:46:99 UTC"))
        << "a second that does not exist stays text";
}
