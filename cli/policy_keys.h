// The names under which the config file, the `rules` command, --disable/--offset and the man page
// spell the policy's settings. One table, so the four never disagree.
#pragma once

#include "followups/policy.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace followups::cli
{

// An offset of Policy::offsets, as config key `[offsets] <name> = <int>`.
struct OffsetKey {
    std::string_view name; // "debrief_due_hours"
    std::string_view help; // one line for the man page and `rules`
    int minimum;           // the values allowed, both ends included: outside, an error
    int maximum;
    int& (*field)(Offsets&);
};
std::span<const OffsetKey> offsetKeys();
const OffsetKey* findOffsetKey(std::string_view name);
// "between 0 and 3", for messages and the man page.
std::string rangeText(const OffsetKey& key);

// A rule switch as config key `[rules] <name> = true|false`: the kind's name with '_' for '-'.
std::string ruleKey(TaskKind kind);
std::optional<TaskKind> kindFromRuleKey(std::string_view key);

// "HH:MM" (00:00 … 23:59) in both directions, for morning and workday_end.
std::optional<TimeOfDay> parseTimeOfDay(std::string_view text);
std::string formatTimeOfDay(TimeOfDay time);

} // namespace followups::cli
