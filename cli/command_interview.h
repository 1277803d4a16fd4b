// The `interview` command: an interview described with options becomes the CalendarEvent a
// calendar file would have given, then takes the same path as `plan` (no rule is evaluated here).
#pragma once

#include "followups/event.h"
#include "options.h"
#include "settings.h"

#include <optional>
#include <string>
#include <string_view>

namespace followups::cli
{

// "YYYY-MM-DD" (all-day), "YYYY-MM-DDTHH:MM[:SS]" (floating: the user's zone), or RFC 3339 with
// an offset (an instant).
std::optional<EventTime> parseEventTime(std::string_view text);

// The event: SUMMARY "Interview: COMPANY – ROLE", X-INTERVIEW-COMPANY/-ROLE, and the rest as the
// DESCRIPTION's `Key: value` lines of SPEC §2. Without --uid, the UID is "cli-" + a hash of the
// options, so describing the same interview again gives the same task UIDs. Throws UsageError for
// an unreadable --start or --end.
CalendarEvent describedEvent(const InterviewArguments& arguments);

// The `Outcome:` line's value for --outcome "KIND[:DATE]" ("rejected 2026-11-20").
std::string outcomeLineValue(std::string_view option);

int runInterview(const Settings& settings);

} // namespace followups::cli
