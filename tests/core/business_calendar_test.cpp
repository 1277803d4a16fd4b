// "N business days after D" (SPEC §3): weekends and holidays skipped, n = 0, negative n, and the
// guard against calendars without a working day.
#include "followups/time.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace std::chrono;

namespace
{

// 2026-04-03 is Good Friday and 2026-04-06 Easter Monday.
BusinessCalendar withEasterHolidays()
{
    BusinessCalendar calendar;
    calendar.addHoliday(2026y / April / 3);
    calendar.addHoliday(2026y / April / 6);
    return calendar;
}

} // namespace

TEST(BusinessCalendar, weekendsAreOffByDefault)
{
    const BusinessCalendar calendar;
    EXPECT_FALSE(calendar.isBusinessDay(2026y / March / 28)); // Saturday
    EXPECT_FALSE(calendar.isBusinessDay(2026y / March / 29)); // Sunday
    EXPECT_TRUE(calendar.isBusinessDay(2026y / March / 30));  // Monday
    EXPECT_TRUE(calendar.isBusinessDay(2026y / March / 27));  // Friday
    EXPECT_TRUE(calendar.holidays().empty());
}

TEST(BusinessCalendar, holidaysAreOff)
{
    const BusinessCalendar calendar = withEasterHolidays();
    EXPECT_FALSE(calendar.isBusinessDay(2026y / April / 3));
    EXPECT_TRUE(calendar.isBusinessDay(2026y / April / 2));
    EXPECT_EQ(calendar.holidays().size(), 2U);
}

TEST(BusinessCalendar, saturdayPlusThreeIsWednesday)
{
    EXPECT_EQ(BusinessCalendar{}.addBusinessDays(2026y / March / 28, BusinessDays{3}),
              2026y / April / 1);
}

TEST(BusinessCalendar, countsStrictlyAfterTheStart)
{
    const BusinessCalendar calendar;
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 27, BusinessDays{1}), 2026y / March / 30);
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 30, BusinessDays{1}), 2026y / March / 31);
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 29, BusinessDays{1}), 2026y / March / 30);
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 30, BusinessDays{10}), 2026y / April / 13);
}

TEST(BusinessCalendar, skipsHolidays)
{
    const BusinessCalendar calendar = withEasterHolidays();
    // Thursday + 1: Good Friday, the weekend and Easter Monday are skipped.
    EXPECT_EQ(calendar.addBusinessDays(2026y / April / 2, BusinessDays{1}), 2026y / April / 7);
    // Wednesday + 3: Thursday, Tuesday, Wednesday.
    EXPECT_EQ(calendar.addBusinessDays(2026y / April / 1, BusinessDays{3}), 2026y / April / 8);
}

TEST(BusinessCalendar, skipsAHolidayAcrossTheYearEnd)
{
    BusinessCalendar calendar;
    calendar.addHoliday(2027y / January / 1); // a Friday
    EXPECT_EQ(calendar.addBusinessDays(2026y / December / 31, BusinessDays{1}),
              2027y / January / 4);
}

TEST(BusinessCalendar, zeroIsTheDayItselfOnlyWhenItIsABusinessDay)
{
    const BusinessCalendar calendar = withEasterHolidays();
    EXPECT_EQ(calendar.addBusinessDays(2026y / April / 1, BusinessDays{0}), 2026y / April / 1);
    EXPECT_EQ(calendar.addBusinessDays(2026y / April / 3, BusinessDays{0}), 2026y / April / 7);
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 28, BusinessDays{0}), 2026y / March / 30);
}

TEST(BusinessCalendar, negativeCountsBackwards)
{
    const BusinessCalendar calendar = withEasterHolidays();
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 30, BusinessDays{-1}), 2026y / March / 27);
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 28, BusinessDays{-1}), 2026y / March / 27);
    EXPECT_EQ(calendar.addBusinessDays(2026y / April / 1, BusinessDays{-3}), 2026y / March / 27);
    EXPECT_EQ(calendar.addBusinessDays(2026y / April / 7, BusinessDays{-1}), 2026y / April / 2);
}

TEST(BusinessCalendar, forwardAndBackIsTheIdentityOnBusinessDays)
{
    const BusinessCalendar calendar = withEasterHolidays();
    for (int n = 1; n <= 12; ++n) {
        const Date there = calendar.addBusinessDays(2026y / March / 25, BusinessDays{n});
        EXPECT_TRUE(calendar.isBusinessDay(there)) << n;
        EXPECT_EQ(calendar.addBusinessDays(there, BusinessDays{-n}), 2026y / March / 25) << n;
    }
}

TEST(BusinessCalendar, takesAnotherWeekend)
{
    BusinessCalendar calendar;
    std::array<bool, 7> fridayAndSaturday{};
    fridayAndSaturday[Friday.c_encoding()] = true;
    fridayAndSaturday[Saturday.c_encoding()] = true;
    calendar.setWeekend(fridayAndSaturday);
    EXPECT_TRUE(calendar.isBusinessDay(2026y / March / 29));  // Sunday
    EXPECT_FALSE(calendar.isBusinessDay(2026y / March / 27)); // Friday
    // Thursday + 1 is Sunday.
    EXPECT_EQ(calendar.addBusinessDays(2026y / March / 26, BusinessDays{1}), 2026y / March / 29);
}

TEST(BusinessCalendar, givesUpWhenNoDayIsABusinessDay)
{
    BusinessCalendar calendar;
    std::array<bool, 7> everyDay{};
    everyDay.fill(true);
    calendar.setWeekend(everyDay);
    const Date from = 2026y / March / 30;
    EXPECT_EQ(calendar.addBusinessDays(from, BusinessDays{1}),
              addCalendarDays(from, CalendarDays{3700}));
    EXPECT_EQ(calendar.addBusinessDays(from, BusinessDays{0}),
              addCalendarDays(from, CalendarDays{3700}));
    EXPECT_EQ(calendar.addBusinessDays(from, BusinessDays{-2}),
              addCalendarDays(from, CalendarDays{-3700}));
}

TEST(BusinessCalendar, toleratesLongRunsOfHolidays)
{
    // A year of holidays is far below the guard: the count goes on after them.
    BusinessCalendar calendar;
    for (Date day = 2026y / January / 1; day != 2027y / January / 1;
         day = addCalendarDays(day, CalendarDays{1}))
        calendar.addHoliday(day);
    EXPECT_EQ(calendar.addBusinessDays(2025y / December / 31, BusinessDays{1}),
              2027y / January / 1);
}
