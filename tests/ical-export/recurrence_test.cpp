// Expanding recurring events (recurrence.h), bounded whatever the rule (issue 11): a rule that
// never matches stops with a warning instead of running for minutes; a sub-daily rule is followed
// from the range, not from a DTSTART years before, and still gives exactly the occurrences the
// whole series has there; at most the occurrences asked for are expanded.
#include "followups/ical/reader.h"
#include "resource_budget.h"

#include <chrono>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace followups::ical
{
namespace
{

using namespace std::chrono;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

std::string seriesCalendar(const std::string& dtstart, const std::string& rule)
{
    return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:series\r\nDTSTART:" + dtstart +
           "\r\nDURATION:PT30M\r\nRRULE:" + rule +
           "\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

ReadOptions rangeOptions(sys_seconds from, sys_seconds to, std::size_t maxOccurrences = 0)
{
    ReadOptions options;
    options.expansion = {from, to};
    options.maxOccurrences = maxOccurrences;
    return options;
}

// RFC 3339 in UTC, so a failure shows the times.
std::vector<std::string> startsOf(const EventsRead& read)
{
    std::vector<std::string> starts;
    for (const auto& event : read.events)
        starts.push_back(formatRfc3339(std::get<Instant>(event.start->value), Zone::utc()));
    return starts;
}

std::string warningsText(const EventsRead& read)
{
    std::string text;
    for (const auto& warning : read.warnings)
        text += formatWarning(warning) + "\n";
    return text;
}

TEST(Recurrence, aRuleThatNeverMatchesStopsWithAWarningNamingItsLine)
{
    const double started = followups::testing::processCpuSeconds();
    const auto read =
        readEvents(seriesCalendar("20261201T090000Z", "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30"),
                   "never.ics", rangeOptions(sys_days{2026y / 11 / 1}, sys_days{2027y / 12 / 1}));
    EXPECT_LT(followups::testing::processCpuSeconds() - started,
              2 * followups::testing::sanitizerSlowdown);
    EXPECT_EQ(read.events.size(), 1u); // DTSTART is always an occurrence
    EXPECT_THAT(warningsText(read), HasSubstr("never.ics:6: RRULE followed over 100000"));
}

// Each step of an hourly rule with INTERVAL=5 since 2020 lands on a five-hour grid that does not
// divide a day: followed from the range, its occurrences there must be those of the whole series.
TEST(Recurrence, aSubDailyRuleFollowedFromTheRangeGivesTheSeriesOwnOccurrences)
{
    const sys_seconds dtstart = sys_days{2020y / 1 / 1} + 7h + 13min + 5s;
    const sys_seconds from = sys_days{2026y / 11 / 3};
    const sys_seconds to = sys_days{2026y / 11 / 8};
    for (const auto& [rule, step] :
         std::vector<std::pair<std::string, seconds>>{{"FREQ=HOURLY;INTERVAL=5", 5h},
                                                      {"FREQ=MINUTELY;INTERVAL=97", 97min},
                                                      {"FREQ=SECONDLY;INTERVAL=30011", 30011s}}) {
        SCOPED_TRACE(rule);
        std::vector<std::string> expected;
        for (sys_seconds start = dtstart; start <= to; start += step) {
            if (start + 30min >= from)
                expected.push_back(formatRfc3339(start, Zone::utc()));
        }
        const auto read = readEvents(seriesCalendar("20200101T071305Z", rule), "series.ics",
                                     rangeOptions(from, to));
        EXPECT_EQ(startsOf(read), expected);
        EXPECT_EQ(warningsText(read), "");
    }
}

TEST(Recurrence, atMostTheOccurrencesAskedForAreExpandedTheFirstOnes)
{
    const auto read =
        readEvents(seriesCalendar("20261201T090000Z", "FREQ=HOURLY"), "hourly.ics",
                   rangeOptions(sys_days{2026y / 11 / 1}, sys_days{2027y / 12 / 1}, 4));
    const std::vector<std::string> expected{"2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z",
                                            "2026-12-01T11:00:00Z", "2026-12-01T12:00:00Z"};
    EXPECT_EQ(startsOf(read), expected);
}

} // namespace
} // namespace followups::ical
