// The `plan` command, and the path every planning command shares: recognise → plan → reconcile
// with --tasks → write in the chosen format.
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/ical/kept_content.h"
#include "followups/recognize.h"
#include "followups/reconcile.h"
#include "settings.h"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace followups::cli
{

// Reads every input (all of them before anything is written, so an unreadable one leaves -o's file
// untouched), then plans. Throws InputRejected for input that can't be used.
int runPlan(const Settings& settings);

// The tasks exported before (--tasks), to reconcile with; nullopt without --tasks. Throws
// InputRejected for a file that is not iCalendar.
struct TasksFile {
    std::vector<ExistingTask> tasks;
    ical::KeptContent kept; // the rest of the file, written back as found
    Warnings warnings;      // printed after those of planning
};
std::optional<TasksFile> readTasksFile(const Settings& settings);

// Plans the interviews collected and writes the result; `warnings` so far are printed to stderr
// with the new ones (unless --quiet), then the explanations (--explain), and, for `plan`, the
// summary line of `eventsRead` events and the tasks (settings.summaryLine). `seriesUids`: the
// recurring events read (EventsRead::seriesUids).
int planAndWrite(const Settings& settings, InterviewCollector::Collected collected,
                 Warnings warnings, std::optional<TasksFile> tasksFile, std::size_t eventsRead,
                 std::set<std::string> seriesUids = {});

} // namespace followups::cli
