// Feeds one input through every reader, the way the CLI and the agent do: the body of the fuzz
// target (fuzz_event_reader.cpp) and of its CTest replay (fuzz_replay_test.cpp).
#pragma once

#include "followups/ical/reader.h"

#include <chrono>
#include <string_view>

namespace followups::testing
{

inline ical::ReadOptions fuzzReadOptions()
{
    using namespace std::chrono;
    ical::ReadOptions options;
    options.userZone = Zone::fromId("Europe/Berlin").value_or(Zone::utc());
    // One year keeps each run short; endless rules are bounded by the range and the step limit.
    options.expansion = {sys_days{year{2026} / 1 / 1}, sys_days{year{2027} / 1 / 1}};
    return options;
}

// Returns how much was read, so the work cannot be optimised away.
inline size_t readEventsAndTasks(std::string_view input)
{
    const auto options = fuzzReadOptions();
    const auto events = ical::readEvents(input, "fuzz.ics", options);
    const auto tasks = ical::readTasks(input, "fuzz.ics", options.userZone);
    return events.events.size() + events.warnings.size() + tasks.tasks.size() +
           tasks.warnings.size();
}

inline size_t readEverything(std::string_view input)
{
    Warnings warnings;
    const auto holidays = ical::readHolidayDates(input, "fuzz.ics", warnings);
    return readEventsAndTasks(input) + holidays.size() + warnings.size();
}

} // namespace followups::testing
