// The JSON forms, a stable interface for scripts (SPEC §6). Keys come in a fixed order and values
// depend only on the arguments, so the same run gives the same bytes.
#pragma once

#include "followups/diagnostics.h"
#include "followups/policy.h"
#include "followups/reconcile.h"
#include "followups/task.h"
#include "listed_task.h"

#include <optional>
#include <string>
#include <vector>

namespace followups::cli
{

// {"tasks": [...], "warnings": [...]} and, when `steps` is given (--tasks), "changes":
// [{"uid", "action"}]. Each task carries the company, role, title and start of its interview
// among `interviews` (null when it is not there: a task of an interview outside the window, or
// another app's, whose "kind" is null too). Times are RFC 3339 with `zone`'s offset; all-day dues
// and starts are YYYY-MM-DD.
std::string tasksJson(const std::vector<ListedTask>& tasks, const Warnings& warnings,
                      const std::vector<ReconcileStep>* steps,
                      const std::vector<Interview>& interviews, const Zone& zone);

// The effective settings, as the `rules` command prints them; `meFrom`: where the user's
// addresses come from ("option", "config file", "calendars"); the holiday region (null: none) and
// where it came from.
std::string rulesJson(const Policy& policy, const std::string& configPath,
                      const std::string& meFrom, const std::optional<std::string>& holidaysRegion,
                      const std::string& holidaysRegionSource);

} // namespace followups::cli
