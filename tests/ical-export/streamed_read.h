// Reading a calendar held in memory through the streaming reader, in chunks of a chosen size, and
// planning what a reader gave, so tests can compare the streaming path with the full parse.
#pragma once

#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "followups/planner.h"
#include "followups/policy.h"
#include "followups/recognize.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string>
#include <string_view>

namespace followups::testing
{

inline ical::EventsRead readStreamed(std::string_view text, std::string_view fileName,
                                     const ical::StreamOptions& options)
{
    size_t position = 0;
    return ical::readInterviewEvents(
        [&](char* buffer, size_t capacity) {
            const size_t count = std::min(capacity, text.size() - position);
            std::memcpy(buffer, text.data() + position, count);
            position += count;
            return count;
        },
        fileName, options);
}

// What planning some events gives, as text: the .ics written, the interviews recognised (key,
// line, summary, times, state) and the warnings of recognition.
struct PlannedText {
    std::string ics;
    std::string interviews;
    std::string warnings;
};

inline std::string tasksIcs(const std::vector<Task>& tasks, const Policy& policy, Instant now)
{
    std::vector<ical::TaskToWrite> toWrite;
    for (const auto& task : tasks)
        toWrite.push_back({task, {}, {}});
    return ical::writeCalendar(toWrite, {.shape = ical::Shape::Todos,
                                         .userZone = policy.userZone,
                                         .dtstamp = now,
                                         .allDayStart = policy.morning});
}

inline PlannedText plannedText(const std::vector<CalendarEvent>& events, const Policy& policy,
                               Instant now, TimeRange window)
{
    PlannedText result;
    Warnings warnings;
    const auto interviews = collectInterviews(events, policy, warnings);
    const auto plan = planFollowUps(interviews, policy, now, window);
    result.ics = tasksIcs(plan.tasks, policy, now);
    for (const auto& interview : interviews) {
        result.interviews +=
            interview.key.uid + "|" + interview.key.recurrenceId + "|" + interview.where.file +
            ":" + std::to_string(interview.where.line) + "|" + interview.summary + "|" +
            formatRfc3339(interview.start, policy.userZone) + "|" +
            formatRfc3339(interview.end, policy.userZone) + "|" +
            std::to_string(interview.sequence) + (interview.cancelled ? "|cancelled" : "") +
            (plan.outsideWindow.contains(interview.key) ? "|outside" : "") + "\n";
    }
    for (const auto& warning : warnings)
        result.warnings += formatWarning(warning) + "\n";
    return result;
}

} // namespace followups::testing
