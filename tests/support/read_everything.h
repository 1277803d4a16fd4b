// Feeds one input through every reader, the way the CLI and the agent do: the body of the fuzz
// target (fuzz_event_reader.cpp) and of its CTest replay (fuzz_replay_test.cpp).
#pragma once

#include "followups/ical/reader.h"
#include "followups/policy.h"

#include <algorithm>
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

// The streaming reader in chunks of `chunkSize` bytes, so that chunk boundaries fall everywhere.
inline size_t readStreamedInChunks(std::string_view input, size_t chunkSize)
{
    size_t position = 0;
    const auto read = ical::readInterviewEvents(
        [&](char* buffer, size_t capacity) {
            const size_t count = std::min(capacity, input.size() - position);
            std::copy_n(input.data() + position, count, buffer);
            position += count;
            return count;
        },
        "fuzz.ics", {fuzzReadOptions(), defaultInterviewKeywords(), chunkSize});
    return read.events.size() + read.warnings.size() + (read.error ? 1 : 0);
}

// Returns how much was read, so the work cannot be optimised away.
inline size_t readEventsAndTasks(std::string_view input)
{
    const auto options = fuzzReadOptions();
    const auto streamed = readStreamedInChunks(input, 7) + readStreamedInChunks(input, 4096);
    const auto events = ical::readEvents(input, "fuzz.ics", options);
    const auto tasks = ical::readTasks(input, "fuzz.ics", options.userZone);
    return streamed + events.events.size() + events.warnings.size() + tasks.tasks.size() +
           tasks.warnings.size();
}

inline size_t readEverything(std::string_view input)
{
    Warnings warnings;
    const auto holidays = ical::readHolidayDates(input, "fuzz.ics", warnings);
    return readEventsAndTasks(input) + holidays.size() + warnings.size();
}

} // namespace followups::testing
