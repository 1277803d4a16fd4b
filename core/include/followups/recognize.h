// Recognising interviews among calendar events and reading what they say (SPEC §2).
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/interview.h"
#include "followups/planner.h"
#include "followups/policy.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace followups
{

// Whether the event is an interview by the keyword, category and X-INTERVIEW-* rules, after the
// exclusion words. Does not look at cancellation or dates.
bool isInterview(const CalendarEvent& event, const Policy& policy);

// The interview an event describes, or nullopt when it is not one. Values that can't be read (an
// unparseable `Decision:` date …) are reported in `warnings` with the event's file and line and
// otherwise ignored, never guessed. Floating times are placed in policy.userZone; an all-day
// interview ends on its last day at policy.workdayEnd; a timed one with neither DTEND nor DURATION
// lasts one hour. An event without a UID is keyed by SUMMARY and original start, with a warning.
std::optional<Interview> recognizeInterview(const CalendarEvent& event, const Policy& policy,
                                            Warnings& warnings);

// Why the value of a `Key: value` line (SPEC §2: "Outcome", "Decision", "Contact by",
// "Deliverable", "Contact" …) can't be read, as recognizeInterview's warning says it ("the outcome
// must be rejected, offer, accepted or withdrawn"); nullopt when it reads. For callers that write
// such lines from their own input (the CLI's `interview` options) and must refuse a bad value
// rather than plan without it.
std::optional<std::string> unreadableFieldValue(std::string_view key, std::string_view value,
                                                const Policy& policy);

// Recognises every event and merges copies of one interview (same key in two calendars or an iTIP
// series): the highest SEQUENCE wins, then the latest DTSTAMP. Order: by start, then key.
std::vector<Interview> collectInterviews(const std::vector<CalendarEvent>& events,
                                         const Policy& policy, Warnings& warnings);

// collectInterviews for events read in batches (all copies of one UID in one file come in one
// batch, files in order), which can forget history (planner.h) as it goes: a calendar's years of
// past interviews then cost a key each instead of a whole interview. Planning what take() gives,
// with its history keys added to Plan::outsideWindow, plans the same as planning collectInterviews
// of every event: the history is only ever reported outside the window.
class InterviewCollector
{
public:
    struct Collected {
        std::vector<Interview> interviews; // by start, then key; history not included
        std::set<InterviewKey> history;
    };

    // Which history keys take() reports: all when empty. A caller that needs few (the CLI: those
    // with tasks in --tasks) lets the collector forget the others entirely, keys too, once no copy
    // of them can come (add's `finalCopies`), so that memory does not grow with the years.
    using HistoryFilter = std::function<bool(const InterviewKey&)>;

    // With no `window`, nothing is forgotten.
    InterviewCollector(const Policy& policy, std::optional<TimeRange> window,
                       HistoryFilter reportHistory = {});

    // Recognises `events` and merges them with the copies added before (the same rules, the same
    // warnings, in the same order as collectInterviews). `finalCopies`: no later add brings
    // another copy of these events' interviews (a batch of the last file, which holds every copy
    // of its UIDs in that file).
    void add(const std::vector<CalendarEvent>& events, Warnings& warnings,
             bool finalCopies = false);
    Collected take() &&;

private:
    // What merging a later copy with a forgotten one needs.
    struct Version {
        int sequence;
        std::optional<Instant> dtstamp;
    };
    void merge(Interview&& interview);

    const Policy& policy_;
    std::optional<TimeRange> window_;
    HistoryFilter reportHistory_;
    std::map<InterviewKey, Interview> current_;
    std::map<InterviewKey, Version> history_;
    // The occurrences of a recurring event share its lines, and so would their warnings.
    std::set<std::tuple<std::string, int, std::string>> warned_;
};

} // namespace followups
