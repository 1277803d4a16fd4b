// Dates written in `Key: value` lines (core/src/field_dates.h).
#include "../../core/src/field_dates.h"
#include "planner_fixtures.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;

namespace
{

const Instant interviewEnd = utc(2026, 11, 3, 14); // 15:00 Berlin, Tue 3 Nov 2026

std::optional<Due> due(std::string_view text)
{
    return parseDueText(text, interviewEnd, berlin());
}

} // namespace

TEST(ParseDueText, isoDate)
{
    EXPECT_EQ(due("2026-11-20"), Due{date(2026, 11, 20)});
    EXPECT_EQ(due("  2026-11-20 "), Due{date(2026, 11, 20)});
    EXPECT_FALSE(due("2026-02-30").has_value());
    EXPECT_FALSE(due("20.11.2026").has_value());
    EXPECT_FALSE(due("2026-11-20 please").has_value());
}

TEST(ParseDueText, dateTimeWithAndWithoutOffset)
{
    EXPECT_EQ(due("2026-11-20T17:00"), Due{utc(2026, 11, 20, 16)}); // Berlin wall clock
    EXPECT_EQ(due("2026-11-20 17:00:30"), Due{utc(2026, 11, 20, 16) + std::chrono::seconds{30}});
    EXPECT_EQ(due("2026-11-20T17:00Z"), Due{utc(2026, 11, 20, 17)});
    EXPECT_EQ(due("2026-11-20T17:00+05:30"), Due{utc(2026, 11, 20, 11, 30)});
    EXPECT_EQ(due("2026-11-20T17:00-0500"), Due{utc(2026, 11, 20, 22)});
    EXPECT_FALSE(due("2026-11-20T24:00").has_value());
    EXPECT_FALSE(due("2026-11-20T17").has_value());
    EXPECT_FALSE(due("2026-11-20T17:00+5").has_value());
    EXPECT_FALSE(due("2026-11-20X17:00").has_value());
}

TEST(ParseDueText, relativeToTheLocalEndDate)
{
    EXPECT_EQ(due("+5d"), Due{date(2026, 11, 8)});
    EXPECT_EQ(due("+2w"), Due{date(2026, 11, 17)});
    EXPECT_EQ(due("+3 days"), Due{date(2026, 11, 6)});
    EXPECT_EQ(due("+1 Week"), Due{date(2026, 11, 10)});
    EXPECT_EQ(due("+0d"), Due{date(2026, 11, 3)});
    EXPECT_FALSE(due("+d").has_value());
    EXPECT_FALSE(due("+5").has_value());
    EXPECT_FALSE(due("+5m").has_value());
    EXPECT_FALSE(due("5d").has_value());
    // 23:30 UTC is already the next day in Berlin.
    EXPECT_EQ(parseDueText("+1d", utc(2026, 11, 3, 23, 30), berlin()), Due{date(2026, 11, 5)});
}

TEST(ParseDateText, dateTimeGivesItsLocalDate)
{
    EXPECT_EQ(parseDateText("2026-11-20T23:30Z", interviewEnd, berlin()), date(2026, 11, 21));
    EXPECT_EQ(parseDateText("2026-11-20", interviewEnd, berlin()), date(2026, 11, 20));
    EXPECT_FALSE(parseDateText("soon", interviewEnd, berlin()).has_value());
}
