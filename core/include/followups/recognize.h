// Recognising interviews among calendar events and reading what they say (SPEC §2).
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/interview.h"
#include "followups/policy.h"

#include <optional>
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

// Recognises every event and merges copies of one interview (same key in two calendars or an iTIP
// series): the highest SEQUENCE wins, then the latest DTSTAMP. Order: by start, then key.
std::vector<Interview> collectInterviews(const std::vector<CalendarEvent>& events,
                                         const Policy& policy, Warnings& warnings);

} // namespace followups
