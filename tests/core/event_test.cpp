// The text of an occurrence's original start, which every source writes into the interview's key
// (core/include/followups/event.h).
#include "followups/event.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace std::chrono;

TEST(RecurrenceIdText, UtcFormForTimesAndBasicDateForDays)
{
    const auto berlin = *Zone::fromId("Europe/Berlin");
    EXPECT_EQ(recurrenceIdText({sys_days{2026y / 11 / 5} + 14h + 5min + 9s, {}}, berlin),
              "20261105T140509Z");
    // Floating 15:00 in Berlin (winter, +01:00) is 14:00 UTC.
    EXPECT_EQ(recurrenceIdText({EventTime::Floating{local_days{2026y / 11 / 5} + 15h}, {}}, berlin),
              "20261105T140000Z");
    EXPECT_EQ(recurrenceIdText({Date{2026y / 11 / 5}, {}}, berlin), "20261105");
}

TEST(RecurrenceIdText, aTimeInAnotherZoneIsItsInstantInUtc)
{
    // 09:30 in New York (EST, −05:00) on 2 November 2026, whatever the user's zone.
    const auto instant = sys_days{2026y / 11 / 2} + 14h + 30min;
    EXPECT_EQ(recurrenceIdText({instant, "America/New_York"}, *Zone::fromId("Asia/Tokyo")),
              "20261102T143000Z");
}
