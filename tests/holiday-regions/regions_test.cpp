// KHolidays behind the adapter (regions.h): the region of a locale, region and country codes, and
// a region's days off, on KHolidays' own data.
#include "followups/holidays/regions.h"

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>

namespace followups::holidays
{
namespace
{

using namespace std::chrono;

bool contains(const std::vector<Date>& dates, Date date)
{
    return std::binary_search(dates.begin(), dates.end(), date);
}

// Around December 2026, as the CLI plans on 1 December 2026 (30 days back, 365 ahead).
TimeRange december()
{
    return {sys_days{2026y / 11 / 1}, sys_days{2027y / 12 / 1}};
}

TEST(RegionOfLocale, isKHolidaysRegionForTheLocalesCountryAndLanguage)
{
    EXPECT_EQ(regionOfLocale("de_DE.UTF-8"), "de_de");
    EXPECT_EQ(regionOfLocale("de_DE"), "de_de");
    EXPECT_EQ(regionOfLocale("de_DE@euro"), "de_de");
    EXPECT_EQ(regionOfLocale("de_AT.UTF-8"), "at_de");
    EXPECT_EQ(regionOfLocale("fr_FR.UTF-8"), "fr_fr");
}

TEST(RegionOfLocale, isNoneForCPosixAndLocalesWithoutACountry)
{
    for (const char* locale : {"C", "POSIX", "C.UTF-8", "en", "", "_DE", "de_", "xx_YY.UTF-8"})
        EXPECT_FALSE(regionOfLocale(locale)) << locale;
}

TEST(DateLocaleFromEnvironment, followsPosixPrecedence)
{
    ::unsetenv("LC_ALL");
    ::unsetenv("LC_TIME");
    ::unsetenv("LANG");
    EXPECT_TRUE(dateLocaleFromEnvironment().variable.empty());
    ::setenv("LANG", "de_DE.UTF-8", 1);
    EXPECT_EQ(dateLocaleFromEnvironment().variable, "LANG");
    ::setenv("LC_TIME", "fr_FR.UTF-8", 1);
    EXPECT_EQ(dateLocaleFromEnvironment().value, "fr_FR.UTF-8");
    ::setenv("LC_ALL", "C", 1);
    EXPECT_EQ(dateLocaleFromEnvironment().variable, "LC_ALL");
    ::setenv("LC_ALL", "", 1); // set but empty: as if unset
    EXPECT_EQ(dateLocaleFromEnvironment().variable, "LC_TIME");
}

TEST(ResolveRegion, takesRegionCodesAndCountryCodes)
{
    EXPECT_EQ(resolveRegion("de_de"), "de_de");
    EXPECT_EQ(resolveRegion("de-by_de"), "de-by_de");
    EXPECT_EQ(resolveRegion("DE"), "de_de");
    EXPECT_EQ(resolveRegion(" fr "), "fr_fr");
    for (const char* unknown : {"", "atlantis", "xx", "../de_de", "de de"})
        EXPECT_FALSE(resolveRegion(unknown)) << unknown;
}

TEST(DaysOff, areThePublicHolidaysAndTheYearEndEves)
{
    const auto days = daysOff("de_de", december(), Zone::utc());
    for (const Date off : {2026y / 12 / 24, 2026y / 12 / 25, 2026y / 12 / 26, 2026y / 12 / 31,
                           2027y / 1 / 1, 2026y / 10 / 3})
        EXPECT_TRUE(contains(days, off)) << formatIsoDate(off);
    // Named in the data but working days: St Nicholas' Day, the Advent Sundays' dates aside.
    EXPECT_FALSE(contains(days, 2026y / 12 / 6));
    EXPECT_FALSE(contains(days, 2026y / 12 / 7));
    EXPECT_TRUE(std::is_sorted(days.begin(), days.end()));
}

TEST(DaysOff, coverAYearEitherSideOfTheWindow)
{
    const auto days = daysOff("de_de", december(), Zone::utc());
    EXPECT_TRUE(contains(days, 2025y / 12 / 25));
    EXPECT_TRUE(contains(days, 2028y / 1 / 1));
    EXPECT_FALSE(contains(days, 2024y / 12 / 25));
}

TEST(DaysOff, ofAnUnknownRegionAreNone)
{
    EXPECT_TRUE(daysOff("atlantis", december(), Zone::utc()).empty());
}

} // namespace
} // namespace followups::holidays
