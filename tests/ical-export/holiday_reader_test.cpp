// readHolidayDates: every day covered by an event of a holidays calendar.
#include "followups/ical/reader.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace followups::ical
{
namespace
{

using namespace std::chrono;
using namespace std::chrono_literals;

std::vector<Date> datesOf(const std::string& events, Warnings& warnings)
{
    return readHolidayDates("BEGIN:VCALENDAR\n" + events + "END:VCALENDAR\n", "holidays.ics",
                            warnings);
}

TEST(ReadHolidayDates, AllDayEventsGiveEachDayBeforeTheirExclusiveEnd)
{
    Warnings warnings;
    const auto dates = datesOf("BEGIN:VEVENT\nUID:xmas\nDTSTART;VALUE=DATE:20261225\n"
                               "DTEND;VALUE=DATE:20261227\nEND:VEVENT\n"
                               "BEGIN:VEVENT\nUID:one\nDTSTART;VALUE=DATE:20261003\nEND:VEVENT\n",
                               warnings);
    EXPECT_EQ(dates, (std::vector<Date>{2026y / 12 / 25, 2026y / 12 / 26, 2026y / 10 / 3}));
    EXPECT_TRUE(warnings.empty());
}

TEST(ReadHolidayDates, TimedEventsCoverTheirDaysInTheirOwnZone)
{
    Warnings warnings;
    // 22:00 Berlin on 31 Dec is 21:00 UTC; the event ends 02:00 Berlin on 1 Jan: two local days.
    // The second ends at midnight, which does not cover 2 Jan.
    const auto dates =
        datesOf("BEGIN:VEVENT\nUID:a\nDTSTART;TZID=Europe/Berlin:20261231T220000\n"
                "DTEND;TZID=Europe/Berlin:20270101T020000\nEND:VEVENT\n"
                "BEGIN:VEVENT\nUID:b\nDTSTART:20270101T100000\nDTEND:20270102T000000\nEND:VEVENT\n",
                warnings);
    EXPECT_EQ(dates, (std::vector<Date>{2026y / 12 / 31, 2027y / 1 / 1, 2027y / 1 / 1}));
}

TEST(ReadHolidayDates, YearlyHolidaysAreExpandedOver1970To2100)
{
    Warnings warnings;
    const auto dates = datesOf("BEGIN:VEVENT\nUID:ny\nDTSTART;VALUE=DATE:19700101\n"
                               "RRULE:FREQ=YEARLY\nEND:VEVENT\n",
                               warnings);
    ASSERT_EQ(dates.size(), 131u); // 1970 … 2100
    EXPECT_EQ(dates.front(), 1970y / 1 / 1);
    EXPECT_NE(std::find(dates.begin(), dates.end(), 2026y / 1 / 1), dates.end());
    EXPECT_EQ(dates.back(), 2100y / 1 / 1);
}

TEST(ReadHolidayDates, CancelledEventsAreNotHolidays)
{
    Warnings warnings;
    const auto dates = datesOf("BEGIN:VEVENT\nUID:x\nSTATUS:CANCELLED\n"
                               "DTSTART;VALUE=DATE:20261225\nEND:VEVENT\n",
                               warnings);
    EXPECT_TRUE(dates.empty());
}

TEST(ReadHolidayDates, NotICalendarGivesAWarningAndNoDates)
{
    Warnings warnings;
    const auto dates = readHolidayDates("2026-12-25\n", "holidays.txt", warnings);
    EXPECT_TRUE(dates.empty());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where.file, "holidays.txt");
    EXPECT_EQ(warnings[0].where.line, 1);
}

} // namespace
} // namespace followups::ical
