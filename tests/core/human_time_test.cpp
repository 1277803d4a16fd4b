// Dates and times as the task texts show them (core/src/human_time.h).
#include "../../core/src/human_time.h"
#include "planner_fixtures.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;
using namespace std::chrono_literals;

TEST(HumanTime, datesAreWeekdayDayMonthYear)
{
    EXPECT_EQ(humanDate(date(2026, 11, 3)), "Tue 3 Nov 2026");
    EXPECT_EQ(humanDate(date(2027, 1, 1)), "Fri 1 Jan 2027");
    EXPECT_EQ(humanDate(date(2028, 2, 29)), "Tue 29 Feb 2028");
}

TEST(HumanTime, momentsAreInTheUsersZoneWithItsAbbreviation)
{
    EXPECT_EQ(humanMoment(utc(2026, 11, 3, 13), berlin()), "Tue 3 Nov 2026, 14:00 CET");
    EXPECT_EQ(humanMoment(utc(2026, 7, 1, 12, 5), berlin()), "Wed 1 Jul 2026, 14:05 CEST");
    EXPECT_EQ(humanMoment(utc(2026, 11, 3, 13), zoneNamed("America/New_York")),
              "Tue 3 Nov 2026, 08:00 EST");
    // Past midnight in the zone: the zone's date.
    EXPECT_EQ(humanMoment(utc(2026, 11, 3, 23, 30), berlin()), "Wed 4 Nov 2026, 00:30 CET");
}

TEST(HumanTime, aZoneWithoutAnEnglishAbbreviationShowsItsOffset)
{
    EXPECT_EQ(zoneAbbreviation(zoneNamed("Asia/Kathmandu"), utc(2026, 11, 3, 13)), "UTC+05:45");
    // CLDR's English names none for Newfoundland either: west of UTC, half an hour off.
    EXPECT_EQ(zoneAbbreviation(zoneNamed("America/St_Johns"), utc(2026, 11, 3, 13)), "UTC-03:30");
    EXPECT_EQ(zoneAbbreviation(Zone::utc(), utc(2026, 11, 3, 13)), "UTC");
}

TEST(HumanTime, anAllDayDueIsADate)
{
    EXPECT_EQ(humanDue(Due{date(2026, 11, 17)}, berlin()), "Tue 17 Nov 2026");
    EXPECT_EQ(humanDue(Due{utc(2026, 11, 17, 8)}, berlin()), "Tue 17 Nov 2026, 09:00 CET");
}

TEST(HumanTime, anInterviewHeldInAnotherZoneShowsThatZonesClockToo)
{
    // 10:00–11:00 in New York is 16:00–17:00 in Berlin.
    Interview interview = acmeInterview("ny", utc(2026, 11, 3, 15), utc(2026, 11, 3, 16));
    interview.zoneId = "America/New_York";
    EXPECT_EQ(humanInterviewTime(interview, berlin()),
              "Tue 3 Nov 2026, 16:00–17:00 CET (Tue 3 Nov 2026, 10:00–11:00 EST, "
              "America/New_York)");
    interview.zoneId = "Europe/Berlin";
    EXPECT_EQ(humanInterviewTime(interview, berlin()), "Tue 3 Nov 2026, 16:00–17:00 CET");
}

TEST(HumanTime, anInterviewAcrossTheClockChangeNamesBothEnds)
{
    // 01:30 CEST to 03:30 CET on the night summer time ends in Berlin.
    const Interview interview =
        acmeInterview("dst", utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 2, 30));
    EXPECT_EQ(humanInterviewTime(interview, berlin()), "Sun 25 Oct 2026, 01:30 CEST–03:30 CET");
}

TEST(HumanTime, aLongInterviewShowsBothMomentsAndAnAllDayOneItsDays)
{
    const Interview overnight = acmeInterview("late", utc(2026, 11, 3, 22), utc(2026, 11, 4, 1));
    EXPECT_EQ(humanInterviewTime(overnight, berlin()),
              "Tue 3 Nov 2026, 23:00 CET – Wed 4 Nov 2026, 02:00 CET");
    Interview days = acmeInterview("days", wallClock(berlin(), 2026, 11, 3, 0),
                                   wallClock(berlin(), 2026, 11, 4, 18));
    days.allDay = true;
    EXPECT_EQ(humanInterviewTime(days, berlin()), "Tue 3 Nov 2026 – Wed 4 Nov 2026 (all day)");
}
