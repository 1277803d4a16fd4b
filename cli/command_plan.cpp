#include "command_plan.h"

#include "failure.h"
#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "followups/plan_and_reconcile.h"
#include "followups/recognize.h"
#include "input_output.h"
#include "json_output.h"
#include "table_output.h"

#include <iostream>
#include <set>

namespace followups::cli
{

namespace
{

// The file after the steps: what the user changed, and what is not ours, exactly as found (with
// its bytes); what the user deleted, left out. The rest carries the UIDs issued for its interview.
std::vector<ical::TaskToWrite> tasksToWrite(const PassResult& pass)
{
    std::vector<ical::TaskToWrite> result;
    result.reserve(pass.steps.size());
    for (const auto& step : pass.steps) {
        if (step.action == ReconcileAction::KeepDeleted)
            continue;
        std::vector<std::string> issued;
        if (step.action != ReconcileAction::Foreign) {
            const auto& uids = pass.issuedFor(step.task.interview);
            issued.assign(uids.begin(), uids.end());
        }
        const bool asFound = step.action == ReconcileAction::Foreign ||
                             step.action == ReconcileAction::KeepUserChange;
        result.push_back({step.task, std::move(issued),
                          asFound && step.existing ? step.existing->originalText : std::string{}});
    }
    return result;
}

std::string render(const Settings& settings, const std::vector<ical::TaskToWrite>& toWrite,
                   const Warnings& warnings, const std::vector<ReconcileStep>* steps)
{
    const auto& zone = settings.policy.userZone;
    if (settings.format == OutputFormat::Ics)
        return ical::writeCalendar(toWrite, {.shape = settings.shape,
                                             .userZone = zone,
                                             .dtstamp = settings.now,
                                             .allDayStart = settings.policy.morning});
    std::vector<Task> tasks;
    tasks.reserve(toWrite.size());
    for (const auto& entry : toWrite)
        tasks.push_back(entry.task);
    if (settings.format == OutputFormat::Json)
        return tasksJson(tasks, warnings, steps, zone);
    return tasksTable(tasks, zone, settings.now, settings.table);
}

} // namespace

std::optional<TasksFile> readTasksFile(const Settings& settings)
{
    if (!settings.tasksPath)
        return std::nullopt;
    auto read = ical::readTasks(readInput(*settings.tasksPath), *settings.tasksPath,
                                settings.policy.userZone);
    if (read.error)
        throw InputRejected(formatWarning(*read.error));
    return TasksFile{std::move(read.tasks), std::move(read.warnings)};
}

int runPlan(const Settings& settings)
{
    Warnings warnings = settings.warnings;
    // --tasks first: history (planner.h) only keeps the tasks of its interviews as they are, so
    // the collector forgets every other history interview, key too, and memory does not grow
    // with a calendar's years.
    auto tasksFile = readTasksFile(settings);
    std::set<InterviewKey> withTasks;
    if (tasksFile) {
        for (const auto& existing : tasksFile->tasks)
            withTasks.insert(existing.task.interview);
    }
    // Streamed: only the events that may be interviews (and those sharing their UIDs) are parsed,
    // which plans the same as reading every event; and history is forgotten batch by batch.
    InterviewCollector collector(settings.policy, settings.window,
                                 [&](const InterviewKey& key) { return withTasks.contains(key); });
    Warnings recognitionWarnings; // printed after the reading's, as when recognising at the end
    ical::StreamOptions options{{settings.policy.userZone, settings.window},
                                settings.policy.keywords.interview};
    bool lastFile = false; // its batches hold the last copies of their interviews
    options.takeEvents = [&](std::vector<CalendarEvent>&& events) {
        collector.add(events, recognitionWarnings, lastFile);
    };
    std::set<std::string> seriesUids;
    for (const auto& path : settings.inputs) {
        lastFile = &path == &settings.inputs.back();
        InputStream input(path);
        auto read = ical::readInterviewEvents(
            [&](char* buffer, std::size_t capacity) { return input.read(buffer, capacity); }, path,
            options);
        if (read.error)
            throw InputRejected(formatWarning(*read.error));
        warnings.insert(warnings.end(), read.warnings.begin(), read.warnings.end());
        seriesUids.merge(read.seriesUids);
    }
    warnings.insert(warnings.end(), recognitionWarnings.begin(), recognitionWarnings.end());
    return planAndWrite(settings, std::move(collector).take(), std::move(warnings),
                        std::move(tasksFile), std::move(seriesUids));
}

int planAndWrite(const Settings& settings, InterviewCollector::Collected collected,
                 Warnings warnings, std::optional<TasksFile> tasksFile,
                 std::set<std::string> seriesUids)
{
    // The file's memory is in its tasks (X-IFU-ISSUED), which the pass reads from them.
    std::vector<ExistingTask> existing; // outlives the steps, which point into it
    if (tasksFile)
        existing = std::move(tasksFile->tasks);
    PassInput input;
    input.interviews = std::move(collected.interviews);
    input.history = std::move(collected.history);
    input.series = {std::move(seriesUids), settings.window}; // the readers expand in the window
    input.window = settings.window;
    const PassResult pass =
        planAndReconcile(std::move(input), existing, {}, settings.policy, settings.now);
    // A calendar holds many interviews outside the window; one described on the command line
    // and silently dropped would look like a bug.
    if (settings.command == CommandName::Interview && !pass.plan.outsideWindow.empty()) {
        Warning outside; // built in steps: see settings.cpp on GCC 12's -Wmaybe-uninitialized
        outside.where.file = "command line";
        outside.message = "the interview ends outside the planning window (" +
                          formatIsoDate(localDate(settings.window.from, settings.policy.userZone)) +
                          " to " +
                          formatIsoDate(localDate(settings.window.to, settings.policy.userZone)) +
                          "): no tasks; use --since and --until";
        warnings.push_back(std::move(outside));
    }
    if (tasksFile)
        warnings.insert(warnings.end(), tasksFile->warnings.begin(), tasksFile->warnings.end());

    for (const auto& warning : warnings)
        std::cerr << formatWarning(warning) << '\n';
    writeOutput(settings.outputPath,
                render(settings, tasksToWrite(pass), warnings, tasksFile ? &pass.steps : nullptr));
    return exitSuccess;
}

} // namespace followups::cli
