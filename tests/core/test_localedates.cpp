// Stored ISO dates read in the rep's locale, with the year in full, and read back to the
// same stored value; the C locale keeps ISO dates.
#include "core/input/datetext.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

QString shown(const char *stored, const char *locale)
{
    return displayDate(QString::fromLatin1(stored), QLocale(QString::fromLatin1(locale)));
}

} // namespace

TEST(LocaleDates, shortDatesWithTheYearInFull)
{
    const char *midnight = "2025-09-30T00:00:00.000Z";
    EXPECT_EQ(shown(midnight, "de_DE"), QStringLiteral("30.09.2025 UTC"));
    EXPECT_EQ(shown(midnight, "ja_JP"), QStringLiteral("2025/09/30 UTC"));
    EXPECT_EQ(shown(midnight, "it_IT"), QStringLiteral("30/09/2025 UTC"));
    EXPECT_EQ(shown(midnight, "es_ES"), QStringLiteral("30/9/2025 UTC"));
    EXPECT_EQ(shown(midnight, "en_US"), QStringLiteral("9/30/2025 UTC"));
    EXPECT_EQ(shown("2025-07-08T09:00:00.000Z", "fr_FR"), QStringLiteral("08/07/2025 09:00 UTC"));
    EXPECT_EQ(shown(midnight, "C"), QStringLiteral("2025-09-30 UTC"));
}

TEST(LocaleDates, whatIsShownReadsBackUnchanged)
{
    const char *values[] = { "2025-09-30T00:00:00.000Z", "2025-07-08T09:00:00.000Z",
                             "2001-01-02T23:59:00.000Z", "2099-12-31T00:00:00.000Z" };
    for (const char *locale : { "de_DE", "fr_FR", "it_IT", "es_ES", "ja_JP", "en_US", "C" }) {
        const QLocale where(QString::fromLatin1(locale));
        for (const char *value : values) {
            const QString text = displayDate(QString::fromLatin1(value), where);
            EXPECT_EQ(parseTypedDate(text, where).toString(), QString::fromLatin1(value))
                << locale << ": " << text.toStdString();
        }
    }
}

TEST(LocaleDates, textThatIsNoDateIsShownAsItIs)
{
    EXPECT_EQ(shown("date", "ja_JP"), QStringLiteral("date"));
    EXPECT_EQ(shown("30.09.2025", "ja_JP"), QStringLiteral("30.09.2025"));
}
