// Zones, DST, elapsed versus calendar arithmetic, and the RFC 3339 / ISO date forms (SPEC §3).
#include "followups/time.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace followups;
using namespace std::chrono;

namespace
{

Zone zone(std::string_view id)
{
    const auto found = Zone::fromId(id);
    EXPECT_TRUE(found) << id;
    return found.value_or(Zone::utc());
}

Instant utcAt(Date date, int hour, int minute = 0)
{
    return sys_days{date} + hours{hour} + minutes{minute};
}

LocalDateTime wallClock(Date date, int hour, int minute = 0)
{
    return local_days{date} + hours{hour} + minutes{minute};
}

} // namespace

TEST(Zone, knowsIanaIdsAndLegacyAliases)
{
    EXPECT_EQ(zone("Europe/Berlin").id(), "Europe/Berlin");
    EXPECT_EQ(zone("US/Pacific").utcOffsetAt(utcAt(2026y / January / 15, 12)), hours{-8});
    EXPECT_EQ(Zone::utc().id(), "UTC");
}

TEST(Zone, rejectsUnknownIds)
{
    EXPECT_FALSE(Zone::fromId("Not/A_Zone"));
    EXPECT_FALSE(Zone::fromId(""));
    EXPECT_FALSE(Zone::fromId("Etc/Unknown"));
    EXPECT_FALSE(Zone::fromId("Europe/Berlin "));
}

TEST(Zone, mapsWindowsNamesThroughCldr)
{
    EXPECT_EQ(Zone::fromWindowsName("W. Europe Standard Time")->id(), "Europe/Berlin");
    EXPECT_EQ(Zone::fromWindowsName("Eastern Standard Time")->id(), "America/New_York");
    EXPECT_EQ(Zone::fromWindowsName("New Zealand Standard Time")->id(), "Pacific/Auckland");
    EXPECT_EQ(Zone::fromWindowsName("UTC")->utcOffsetAt(utcAt(2026y / July / 1, 0)), seconds{0});
    EXPECT_FALSE(Zone::fromWindowsName("Nonsense Standard Time"));
    EXPECT_FALSE(Zone::fromWindowsName(""));
    EXPECT_FALSE(Zone::fromWindowsName("Europe/Berlin"));
}

TEST(Zone, convertsOrdinaryTimesBothWays)
{
    const Zone berlin = zone("Europe/Berlin");
    // January: CET, UTC+1. July: CEST, UTC+2.
    EXPECT_EQ(berlin.toInstant(wallClock(2026y / January / 15, 10)),
              utcAt(2026y / January / 15, 9));
    EXPECT_EQ(berlin.toInstant(wallClock(2026y / July / 15, 10)), utcAt(2026y / July / 15, 8));
    EXPECT_EQ(berlin.toLocal(utcAt(2026y / July / 15, 8)), wallClock(2026y / July / 15, 10));
    EXPECT_EQ(berlin.utcOffsetAt(utcAt(2026y / July / 15, 8)), hours{2});
}

TEST(Zone, knowsWhenDaylightSavingIsInForce)
{
    const Zone berlin = zone("Europe/Berlin");
    EXPECT_FALSE(berlin.isDaylightSavingAt(utcAt(2026y / January / 15, 12)));
    EXPECT_TRUE(berlin.isDaylightSavingAt(utcAt(2026y / July / 15, 12)));
    // The switch on 2026-03-29 is at 01:00Z.
    EXPECT_FALSE(berlin.isDaylightSavingAt(utcAt(2026y / March / 29, 0, 59)));
    EXPECT_TRUE(berlin.isDaylightSavingAt(utcAt(2026y / March / 29, 1)));
    // Southern hemisphere: summer time in January.
    EXPECT_TRUE(zone("Pacific/Auckland").isDaylightSavingAt(utcAt(2026y / January / 15, 12)));
    EXPECT_FALSE(Zone::utc().isDaylightSavingAt(utcAt(2026y / July / 15, 12)));
}

TEST(Zone, movesAWallTimeInTheSpringGapForwardByTheGap)
{
    // Berlin skips 02:00–03:00 on 2026-03-29: 02:30 becomes 03:30 CEST, 01:30Z.
    EXPECT_EQ(zone("Europe/Berlin").toInstant(wallClock(2026y / March / 29, 2, 30)),
              utcAt(2026y / March / 29, 1, 30));
    // New York skips 02:00–03:00 on 2026-03-08: 02:30 becomes 03:30 EDT, 07:30Z.
    EXPECT_EQ(zone("America/New_York").toInstant(wallClock(2026y / March / 8, 2, 30)),
              utcAt(2026y / March / 8, 7, 30));
}

TEST(Zone, takesTheEarlierInstantOfARepeatedWallTime)
{
    // Berlin repeats 02:00–03:00 on 2026-10-25: 02:30 CEST is 00:30Z, 02:30 CET 01:30Z.
    EXPECT_EQ(zone("Europe/Berlin").toInstant(wallClock(2026y / October / 25, 2, 30)),
              utcAt(2026y / October / 25, 0, 30));
    // New York repeats 01:00–02:00 on 2026-11-01: 01:30 EDT is 05:30Z, 01:30 EST 06:30Z.
    EXPECT_EQ(zone("America/New_York").toInstant(wallClock(2026y / November / 1, 1, 30)),
              utcAt(2026y / November / 1, 5, 30));
}

TEST(Zone, copiesShareRulesAndCompareById)
{
    const Zone berlin = zone("Europe/Berlin");
    const Zone copy = berlin; // NOLINT(performance-unnecessary-copy-initialization)
    EXPECT_EQ(copy, berlin);
    EXPECT_EQ(copy.toInstant(wallClock(2026y / March / 29, 2, 30)),
              utcAt(2026y / March / 29, 1, 30));
    EXPECT_FALSE(berlin == Zone::utc());
}

TEST(ElapsedTime, twentyFourHoursAcrossSpringForwardIsOneWallClockHourMore)
{
    const Zone berlin = zone("Europe/Berlin");
    const Instant end = berlin.toInstant(wallClock(2026y / March / 28, 18));
    const Instant due = end + ElapsedHours{24}.duration();
    EXPECT_EQ((due - end).count(), 86400);
    EXPECT_EQ(berlin.toLocal(due), wallClock(2026y / March / 29, 19));
}

TEST(ElapsedTime, twentyFourHoursAcrossFallBackIsOneWallClockHourLess)
{
    const Zone berlin = zone("Europe/Berlin");
    const Instant end = berlin.toInstant(wallClock(2026y / October / 24, 18));
    const Instant due = end + ElapsedHours{24}.duration();
    EXPECT_EQ((due - end).count(), 86400);
    EXPECT_EQ(berlin.toLocal(due), wallClock(2026y / October / 25, 17));

    const Zone newYork = zone("America/New_York");
    const Instant nyEnd = newYork.toInstant(wallClock(2026y / October / 31, 18));
    EXPECT_EQ(newYork.toLocal(nyEnd + hours{24}), wallClock(2026y / November / 1, 17));
}

TEST(ElapsedTime, twentyFourHoursAcrossUsSpringForward)
{
    const Zone newYork = zone("America/New_York");
    const Instant end = newYork.toInstant(wallClock(2026y / March / 7, 18));
    EXPECT_EQ(end, utcAt(2026y / March / 7, 23));
    EXPECT_EQ(newYork.toLocal(end + hours{24}), wallClock(2026y / March / 8, 19));
}

TEST(CalendarDays, keepTheWallClockAcrossDst)
{
    const Zone berlin = zone("Europe/Berlin");
    const Instant end = berlin.toInstant(wallClock(2026y / March / 28, 18));
    const Date nextDay = addCalendarDays(localDate(end, berlin), CalendarDays{1});
    EXPECT_EQ(nextDay, 2026y / March / 29);
    const Instant morning = atLocalTime(nextDay, TimeOfDay{9 * 60}, berlin);
    EXPECT_EQ(morning, utcAt(2026y / March / 29, 7)); // 09:00 CEST
    EXPECT_EQ(atLocalTime(2026y / March / 28, TimeOfDay{9 * 60}, berlin),
              utcAt(2026y / March / 28, 8)); // 09:00 CET
}

TEST(CalendarDays, countDatesAcrossMonthsYearsAndBackwards)
{
    EXPECT_EQ(addCalendarDays(2026y / December / 20, CalendarDays{14}), 2027y / January / 3);
    EXPECT_EQ(addCalendarDays(2028y / February / 28, CalendarDays{1}), 2028y / February / 29);
    EXPECT_EQ(addCalendarDays(2026y / March / 1, CalendarDays{-1}), 2026y / February / 28);
    EXPECT_EQ(addCalendarDays(2026y / March / 1, CalendarDays{0}), 2026y / March / 1);
}

TEST(LocalDate, dependsOnTheZone)
{
    const Instant lateEvening = utcAt(2026y / June / 30, 23, 30);
    EXPECT_EQ(localDate(lateEvening, Zone::utc()), 2026y / June / 30);
    EXPECT_EQ(localDate(lateEvening, zone("Europe/Berlin")), 2026y / July / 1);
    EXPECT_EQ(localDate(utcAt(2026y / July / 1, 2), zone("America/Los_Angeles")),
              2026y / June / 30);
}

TEST(LocalTime, inAGapMovesForward)
{
    // A 02:30 alarm on the spring-forward night fires at 03:30 CEST.
    EXPECT_EQ(atLocalTime(2026y / March / 29, TimeOfDay{2 * 60 + 30}, zone("Europe/Berlin")),
              utcAt(2026y / March / 29, 1, 30));
}

TEST(Rfc3339, formatsWithTheZonesOffsetAtThatInstant)
{
    const Zone berlin = zone("Europe/Berlin");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / March / 30, 7), berlin), "2026-03-30T09:00:00+02:00");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / January / 30, 8), berlin), "2026-01-30T09:00:00+01:00");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / January / 15, 14) + seconds{7}, zone("America/New_York")),
              "2026-01-15T09:00:07-05:00");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / January / 1, 0), zone("Asia/Kolkata")),
              "2026-01-01T05:30:00+05:30");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / January / 1, 12), zone("America/St_Johns")),
              "2026-01-01T08:30:00-03:30");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / January / 1, 12), zone("Europe/London")),
              "2026-01-01T12:00:00+00:00");
}

TEST(Rfc3339, writesZForUtcUnderAnyOfItsNames)
{
    EXPECT_EQ(formatRfc3339(utcAt(2026y / March / 30, 7, 5), Zone::utc()), "2026-03-30T07:05:00Z");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / March / 30, 7, 5), zone("Etc/UTC")),
              "2026-03-30T07:05:00Z");
    EXPECT_EQ(formatRfc3339(utcAt(2026y / March / 30, 7, 5), zone("Zulu")), "2026-03-30T07:05:00Z");
    // GMT and London in winter share the offset but are not UTC.
    EXPECT_EQ(formatRfc3339(utcAt(2026y / March / 30, 7, 5), zone("Etc/GMT")),
              "2026-03-30T07:05:00+00:00");
}

TEST(Rfc3339, keepsTheInstantForOffsetsWithSeconds)
{
    // Before 1893 Berlin kept local mean time, +00:53:28; RFC 3339 can only say +00:53.
    const Zone berlin = zone("Europe/Berlin");
    const Instant old = utcAt(1890y / January / 1, 0);
    const std::string text = formatRfc3339(old, berlin);
    EXPECT_EQ(text, "1890-01-01T00:53:00+00:53");
    EXPECT_EQ(parseRfc3339(text), old);
}

TEST(Rfc3339, parsesOffsetsAndZ)
{
    EXPECT_EQ(parseRfc3339("2026-03-30T09:00:00+02:00"), utcAt(2026y / March / 30, 7));
    EXPECT_EQ(parseRfc3339("2026-03-30T07:00:00Z"), utcAt(2026y / March / 30, 7));
    EXPECT_EQ(parseRfc3339("2026-03-30t07:00:00z"), utcAt(2026y / March / 30, 7));
    EXPECT_EQ(parseRfc3339("2026-03-30 07:00:00Z"), utcAt(2026y / March / 30, 7));
    EXPECT_EQ(parseRfc3339("2026-03-30T01:30:00-05:30"), utcAt(2026y / March / 30, 7));
    EXPECT_EQ(parseRfc3339("2026-01-01T00:30:00+01:00"), utcAt(2025y / December / 31, 23, 30));
}

TEST(Rfc3339, truncatesFractionalSeconds)
{
    EXPECT_EQ(parseRfc3339("2026-03-30T07:00:05.999Z"), utcAt(2026y / March / 30, 7) + 5s);
    EXPECT_EQ(parseRfc3339("2026-03-30T07:00:05.1+00:00"), utcAt(2026y / March / 30, 7) + 5s);
}

TEST(Rfc3339, roundTripsThroughFormat)
{
    const Zone newYork = zone("America/New_York");
    for (const Instant instant :
         {utcAt(2026y / March / 8, 6, 59), utcAt(2026y / March / 8, 7),
          utcAt(2026y / November / 1, 5, 30), utcAt(2026y / November / 1, 6, 30)}) {
        EXPECT_EQ(parseRfc3339(formatRfc3339(instant, newYork)), instant);
        EXPECT_EQ(parseRfc3339(formatRfc3339(instant, Zone::utc())), instant);
    }
}

TEST(Rfc3339, rejectsGarbage)
{
    for (const char* text : {
             "",
             "now",
             "2026-03-30",
             "2026-03-30T07:00Z",
             "2026-03-30T07:00:00",
             "2026-03-30T07:00:00+0200",
             "2026-03-30T07:00:00+02",
             "2026-03-30T07:00:00Zjunk",
             " 2026-03-30T07:00:00Z",
             "2026-03-30T07:00:00.Z",
             "2026-02-30T07:00:00Z",
             "2026-13-01T07:00:00Z",
             "2026-03-30T24:00:00Z",
             "2026-03-30T07:60:00Z",
             "2026-03-30T07:00:60Z",
             "2026-03-30T07:00:00+24:00",
             "2026-03-30T07:00:00+02:60",
             "2026-3-30T07:00:00Z",
             "2026-03-30X07:00:00Z",
         }) {
        EXPECT_FALSE(parseRfc3339(text)) << text;
    }
}

TEST(IsoDate, formatsAndParsesStrictly)
{
    EXPECT_EQ(formatIsoDate(2026y / March / 5), "2026-03-05");
    EXPECT_EQ(formatIsoDate(987y / December / 31), "0987-12-31");
    EXPECT_EQ(parseIsoDate("2026-03-05"), 2026y / March / 5);
    EXPECT_EQ(parseIsoDate("2028-02-29"), 2028y / February / 29);
    for (const char* text : {"", "2026-3-5", "2026-03-05T00:00:00Z", "2026-02-29", "2026-00-10",
                             "2026-04-31", "26-03-05", "2026/03/05", "2026-03-05 ", "x026-03-05"}) {
        EXPECT_FALSE(parseIsoDate(text)) << text;
    }
}

TEST(Zone, isUsableFromSeveralThreadsAtOnce)
{
    const Zone berlin = zone("Europe/Berlin");
    std::vector<std::thread> threads;
    std::atomic<int> wrong{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&berlin, &wrong] {
            for (int day = 0; day < 2000; ++day) {
                const Instant noon = sys_days{2026y / January / 1} + days{day} + 12h;
                if (berlin.toInstant(berlin.toLocal(noon)) != noon)
                    ++wrong;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(wrong.load(), 0);
}
