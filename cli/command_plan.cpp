#include "command_plan.h"

#include "failure.h"
#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "followups/recognize.h"
#include "input_output.h"
#include "json_output.h"
#include "plan_report.h"
#include "table_output.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

namespace followups::cli
{

namespace
{

using IssuedByInterview = std::map<InterviewKey, std::set<std::string>>;

// Every UID the product has issued for each interview, before and now, so the file written
// remembers which of them the user deletes later (X-IFU-ISSUED).
IssuedByInterview issuedUidsByInterview(const std::vector<Task>& desired,
                                        const std::vector<ExistingTask>& existing)
{
    IssuedByInterview issued;
    for (const auto& task : existing) {
        if (!task.recordedHash)
            continue; // not ours
        auto& uids = issued[task.task.interview];
        uids.insert(task.task.uid);
        uids.insert(task.issuedSiblings.begin(), task.issuedSiblings.end());
    }
    for (const auto& task : desired)
        issued[task.interview].insert(task.uid);
    return issued;
}

std::vector<std::string> siblingsOf(const Task& task, const IssuedByInterview& issued)
{
    const auto found = issued.find(task.interview);
    if (found == issued.end())
        return {};
    return {found->second.begin(), found->second.end()};
}

// Every task new, written as of `now` (reconcile.h, asWrittenAt).
std::vector<ical::TaskToWrite> plannedTasks(const std::vector<Task>& desired, Instant now)
{
    const auto issued = issuedUidsByInterview(desired, {});
    std::vector<ical::TaskToWrite> result;
    result.reserve(desired.size());
    for (const auto& task : desired)
        result.push_back({asWrittenAt(task, now), siblingsOf(task, issued), {}, {}});
    return result;
}

// Whether the stored task already lists every UID issued for its interview.
bool listsAllIssued(const ExistingTask& existing, const IssuedByInterview& issued)
{
    const auto found = issued.find(existing.task.interview);
    if (found == issued.end())
        return true;
    std::set<std::string> listed(existing.issuedSiblings.begin(), existing.issuedSiblings.end());
    listed.insert(existing.task.uid);
    return std::includes(listed.begin(), listed.end(), found->second.begin(), found->second.end());
}

// The store after the steps. Every task kept is written as found (what the user changed, what is
// not ours, what needs no change, what is outside the window), so the mark of an untouched task is
// always the hash of what the product wrote; but one the product keeps up to date in the window is
// written anew when its interview got new tasks, so that it remembers them (X-IFU-ISSUED) should
// the user delete them. What the user deleted is left out; the rest is generated.
std::vector<ical::TaskToWrite> reconciledTasks(const std::vector<ReconcileStep>& steps,
                                               const std::vector<Task>& desired,
                                               const std::vector<ExistingTask>& existing,
                                               const std::set<InterviewKey>& outsideWindow)
{
    const auto issued = issuedUidsByInterview(desired, existing);
    std::vector<ical::TaskToWrite> result;
    for (const auto& step : steps) {
        const bool rewrite =
            step.action == ReconcileAction::Keep && step.existing && step.existing->recordedHash &&
            !outsideWindow.contains(step.task.interview) && !listsAllIssued(*step.existing, issued);
        switch (step.action) {
        case ReconcileAction::KeepDeleted:
            break;
        case ReconcileAction::Foreign:
        case ReconcileAction::KeepUserChange:
        case ReconcileAction::Keep:
            if (step.existing && !rewrite) {
                result.push_back({step.task, {}, step.existing->originalText, {}});
                break;
            }
            [[fallthrough]];
        default:
            // An update, a cancellation: what the user's apps added to the stored copy stays.
            result.push_back({step.task,
                              siblingsOf(step.task, issued),
                              {},
                              step.existing ? step.existing->originalText : std::string{}});
        }
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
    }
    // Recognised once every calendar is read and the user can be told (user_identity.h); its
    // warnings come after the reading's.
    auto collected = std::move(collector).take(warnings);
    return planAndWrite(settings, std::move(collected), std::move(warnings), std::move(tasksFile),
                        eventsRead);
}

int planAndWrite(const Settings& settings, InterviewCollector::Collected collected,
                 Warnings warnings, std::optional<TasksFile> tasksFile, std::size_t eventsRead)
{
    if (collected.mayThankTheUser)
        warnings.push_back(unknownUserWarning());
    auto plan = planFollowUps(collected.interviews, settings.policy, settings.now, settings.window);
    warnings.insert(warnings.end(), plan.warnings.begin(), plan.warnings.end());
    // History the collector forgot is reported as planFollowUps reports it.
    plan.outsideWindow.merge(collected.history); // moves the keys, no copies
    // A calendar holds many interviews outside the window; one described on the command line
    // and silently dropped would look like a bug.
    if (settings.command == CommandName::Interview && !plan.outsideWindow.empty()) {
        Warning outside; // built in steps: see settings.cpp on GCC 12's -Wmaybe-uninitialized
        outside.where.file = "command line";
        outside.message = "the interview ends outside the planning window (" +
                          formatIsoDate(localDate(settings.window.from, settings.policy.userZone)) +
                          " to " +
                          formatIsoDate(localDate(settings.window.to, settings.policy.userZone)) +
                          "): no tasks; use --since and --until";
        warnings.push_back(std::move(outside));
    }

    std::vector<ExistingTask> existing; // outlives `steps`, which point into it
    std::vector<ReconcileStep> steps;
    std::vector<ical::TaskToWrite> toWrite;
    if (tasksFile) {
        existing = std::move(tasksFile->tasks);
        warnings.insert(warnings.end(), tasksFile->warnings.begin(), tasksFile->warnings.end());
        steps = reconcile(plan.tasks, existing, ReconcileScope{plan.outsideWindow, settings.now});
        toWrite = reconciledTasks(steps, plan.tasks, existing, plan.outsideWindow);
    } else {
        toWrite = plannedTasks(plan.tasks, settings.now);
    }

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
                render(settings, toWrite, tasksFile ? tasksFile->kept : noneKept, warnings,
                       tasksFile ? &steps : nullptr, collected.interviews));
    if (settings.summaryLine && settings.command == CommandName::Plan) {
        PlanCounts counts;
        counts.eventsRead = eventsRead;
        counts.tally = collected.tally;
        if (tasksFile) {
            std::vector<Task> ours; // not the other apps' tasks, not what the user deleted
            for (const auto& step : steps) {
                if (step.action != ReconcileAction::Foreign &&
                    step.action != ReconcileAction::KeepDeleted)
                    ours.push_back(step.task);
            }
            countTasks(ours, settings.now, zone, counts);
        } else {
            countTasks(plan.tasks, settings.now, zone, counts);
        }
        std::cerr << summaryLine(counts, collected.user);
    }
    return exitSuccess;
}

} // namespace followups::cli
