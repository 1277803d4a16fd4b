#include "command_plan.h"

#include "failure.h"
#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "followups/plan_and_reconcile.h"
#include "followups/recognize.h"
#include "input_output.h"
#include "json_output.h"
#include "plan_report.h"
#include "table_output.h"

#include <algorithm>
#include <iostream>
#include <set>

namespace followups::cli
{

namespace
{

// The store after the steps. A kept task is written exactly as found (what the user changed, what
// is not ours, what needs no change), so the mark of an untouched task stays the hash of what the
// product wrote, unless the pass marks it to be stored again (ReconcileStep::issuedOutdated); one
// the user closed loses only its alarms. What the user deleted is left out; the rest is
// generated, carrying the UIDs issued for its interview and what the user's apps added to the
// copy it replaces.
std::vector<ical::TaskToWrite> tasksToWrite(const PassResult& pass)
{
    std::vector<ical::TaskToWrite> result;
    result.reserve(pass.steps.size());
    for (const auto& step : pass.steps) {
        if (step.action == ReconcileAction::KeepDeleted)
            continue;
        if (step.existing && !changesStore(step.action) && !step.issuedOutdated) {
            result.push_back({step.task, {}, step.existing->originalText});
            continue;
        }
        if (step.action == ReconcileAction::SilenceAlarm) {
            result.push_back({step.task, {}, ical::withoutAlarms(step.existing->originalText)});
            continue;
        }
        const auto& issued = pass.issuedFor(step.task.interview);
        result.push_back({step.task,
                          {issued.begin(), issued.end()},
                          {},
                          step.existing ? step.existing->originalText : std::string{}});
    }
    return result;
}

std::string render(const Settings& settings, const std::vector<ical::TaskToWrite>& toWrite,
                   const ical::KeptContent& kept, const Warnings& warnings,
                   const std::vector<ReconcileStep>* steps,
                   const std::vector<Interview>& interviews)
{
    const auto& zone = settings.policy.userZone;
    if (settings.format == OutputFormat::Ics)
        return ical::writeCalendar(toWrite,
                                   {.shape = settings.shape,
                                    .userZone = zone,
                                    .dtstamp = settings.now,
                                    .allDayStart = settings.policy.morning},
                                   kept);
    std::vector<ListedTask> tasks;
    tasks.reserve(toWrite.size());
    if (steps) {
        for (const auto& step : *steps) {
            if (step.action != ReconcileAction::KeepDeleted)
                tasks.push_back({step.task, step.action == ReconcileAction::Foreign});
        }
    } else {
        for (const auto& entry : toWrite)
            tasks.push_back({entry.task});
    }
    if (settings.format == OutputFormat::Json)
        return tasksJson(tasks, warnings, steps, interviews, zone);
    return tasksTable(tasks, zone, settings.now, settings.table);
}

} // namespace

std::optional<TasksFile> readTasksFile(const Settings& settings)
{
    if (!settings.tasksPath)
        return std::nullopt;
    auto read = ical::readTasks(readInput(*settings.tasksPath, tasksFileLimit), *settings.tasksPath,
                                settings.policy.userZone);
    if (read.error)
        throw InputRejected(formatWarning(*read.error));
    return TasksFile{std::move(read.tasks), std::move(read.kept), std::move(read.warnings)};
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
    InterviewCollector collector(
        settings.policy, settings.window,
        [&](const InterviewKey& key) { return withTasks.contains(key); }, settings.explain);
    ical::StreamOptions options{
        {settings.policy.userZone, settings.window,
         static_cast<std::size_t>(std::max(settings.policy.seriesLimit, 0)) + 1},
        settings.policy.keywords.interview};
    bool lastFile = false; // its batches hold the last copies of their interviews
    options.takeEvents = [&](std::vector<CalendarEvent>&& events) {
        collector.add(events, lastFile);
    };
    std::size_t eventsRead = 0;
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
        for (const auto& name : read.calendarNames)
            collector.addCalendarName(name.value, name.where);
        eventsRead += read.eventCount;
        seriesUids.merge(read.seriesUids);
    }
    // Recognised once every calendar is read and the user can be told (user_identity.h); its
    // warnings come after the reading's.
    auto collected = std::move(collector).take(warnings);
    return planAndWrite(settings, std::move(collected), std::move(warnings), std::move(tasksFile),
                        eventsRead, std::move(seriesUids));
}

int planAndWrite(const Settings& settings, InterviewCollector::Collected collected,
                 Warnings warnings, std::optional<TasksFile> tasksFile, std::size_t eventsRead,
                 std::set<std::string> seriesUids)
{
    if (collected.mayThankTheUser)
        warnings.push_back(unknownUserWarning());
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
    warnings.insert(warnings.end(), pass.plan.warnings.begin(), pass.plan.warnings.end());
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

    if (!settings.quiet) {
        for (const auto& warning : warnings)
            std::cerr << formatWarning(warning) << '\n';
    }
    const Zone& zone = settings.policy.userZone;
    if (settings.explain) {
        std::cerr << "interview-followups: you: " << userText(collected.user) << '\n';
        for (const auto& explanation : collected.explanations)
            std::cerr << explanationText(explanation, zone);
    }
    const ical::KeptContent noneKept;
    writeOutput(settings.outputPath,
                render(settings, tasksToWrite(pass), tasksFile ? tasksFile->kept : noneKept,
                       warnings, tasksFile ? &pass.steps : nullptr, pass.interviews));
    if (settings.summaryLine && settings.command == CommandName::Plan) {
        PlanCounts counts;
        counts.eventsRead = eventsRead;
        counts.tally = collected.tally;
        if (tasksFile) {
            std::vector<Task> ours; // not the other apps' tasks, not what the user deleted
            for (const auto& step : pass.steps) {
                if (step.action != ReconcileAction::Foreign &&
                    step.action != ReconcileAction::KeepDeleted)
                    ours.push_back(step.task);
            }
            countTasks(ours, settings.now, zone, counts);
        } else {
            countTasks(pass.plan.tasks, settings.now, zone, counts);
        }
        std::cerr << summaryLine(counts, collected.user);
    }
    return exitSuccess;
}

} // namespace followups::cli
