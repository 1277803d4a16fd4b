// Dates written in `Key: value` lines (SPEC §2: `Decision:`, `Contact by:`, `Deliverable: … by`,
// `Outcome: … [date]`).
#pragma once

#include "followups/interview.h"
#include "followups/time.h"

#include <optional>
#include <string_view>

namespace followups
{

// An ISO 8601 date ("2026-11-20") → an all-day Due; a date-time ("2026-11-20T17:00", seconds
// optional, a space allowed instead of "T") with "Z" or an offset ("+01:00", "+0100") → that
// instant, without one → that wall-clock time in `zone`; "+Nd" / "+Nw" (also "+N days",
// "+N weeks") → the date N calendar days or weeks after the local date of `interviewEnd`.
// nullopt for anything else: the caller warns rather than guesses.
std::optional<Due> parseDueText(std::string_view text, Instant interviewEnd, const Zone& zone);

// The same as a date: a date-time gives its local date in `zone`.
std::optional<Date> parseDateText(std::string_view text, Instant interviewEnd, const Zone& zone);

} // namespace followups
