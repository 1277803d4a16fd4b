#include "followups/reconcile.h"

#include "followups/identity.h"
#include "followups/texts.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <vector>

namespace followups
{

namespace
{

bool samePersonFields(const std::optional<Person>& a, const std::optional<Person>& b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return a->name == b->name && a->email == b->email && a->phone == b->phone;
}

bool isPlannedCategory(const Task& desired, const std::string& category)
{
    return std::ranges::find(desired.categories, category) != desired.categories.end();
}

// Every field the planner sets; uid and sequence are the store's business, and the stored task's
// categories count only where the product plans them.
bool samePlannedContent(const Task& desired, const Task& stored)
{
    std::vector<std::string> storedCategories;
    std::ranges::copy_if(
        stored.categories, std::back_inserter(storedCategories),
        [&](const std::string& category) { return isPlannedCategory(desired, category); });
    return desired.kind == stored.kind && desired.ordinal == stored.ordinal &&
           desired.summary == stored.summary && desired.description == stored.description &&
           desired.due == stored.due && desired.alarm == stored.alarm &&
           desired.status == stored.status && desired.priority == stored.priority &&
           desired.categories == storedCategories && desired.interview == stored.interview &&
           samePersonFields(desired.person, stored.person) && desired.url == stored.url;
}

// The desired task as stored over `stored`: the categories the user added stay, after the
// product's.
Task withUserCategories(Task desired, const Task& stored)
{
    for (const std::string& category : stored.categories) {
        if (!isPlannedCategory(desired, category))
            desired.categories.push_back(category);
    }
    return desired;
}

// Whether `current` is `desired` as it was written at some moment up to the moment of writing:
// before anything passed, when its reminder passed, when the thank-you turned late, or now. Time
// alone makes no stored task differ from its plan.
bool sameAsWrittenSince(const Task& desired, const Task& current, const std::optional<Instant>& now)
{
    if (samePlannedContent(desired, current))
        return true;
    if (!now)
        return false;
    std::vector<Instant> moments{*now};
    for (const std::optional<Instant>& moment : {desired.alarm, desired.lateFrom}) {
        if (moment && *moment <= *now)
            moments.push_back(*moment);
    }
    return std::any_of(moments.begin(), moments.end(), [&](Instant moment) {
        return samePlannedContent(asWrittenAt(desired, moment), current);
    });
}

bool userChanged(const ExistingTask& existing)
{
    return contentHash(existing.task) != *existing.recordedHash;
}

Task withSequence(Task task, int sequence)
{
    task.sequence = sequence;
    return task;
}

// What the user changed stays, but a task they completed or cancelled must not remind them: apps
// fire a cancelled to-do's alarm (KCalendarCore's alarm lookup skips only completed ones).
ReconcileStep keptAsTheUserLeftIt(const ExistingTask& existing)
{
    if (!existing.task.alarm || carriesAlarm(existing.task))
        return {ReconcileAction::KeepUserChange, existing.task, &existing};
    Task silenced = existing.task;
    silenced.alarm.reset();
    return {ReconcileAction::SilenceAlarm, std::move(silenced), &existing};
}

ReconcileStep stepForDesired(const Task& planned, const ExistingTask* existing,
                             const std::set<std::string>& issued, const ReconcileScope& scope)
{
    const Task desired = scope.writtenAt ? asWrittenAt(planned, *scope.writtenAt) : planned;
    if (existing == nullptr) {
        if (issued.contains(desired.uid))
            return {ReconcileAction::KeepDeleted, desired, nullptr};
        return {ReconcileAction::Create, withSequence(desired, 0), nullptr};
    }
    const Task& current = existing->task;
    if (!existing->recordedHash)
        return {ReconcileAction::Foreign, current, existing};
    if (scope.outsideWindow.contains(desired.interview))
        return {ReconcileAction::Keep, current, existing};
    if (userChanged(*existing))
        return keptAsTheUserLeftIt(*existing);
    if (current.status == TaskStatus::Cancelled) {
        Task reinstated = withSequence(withUserCategories(desired, current), current.sequence + 1);
        reinstated.status = TaskStatus::NeedsAction;
        return {ReconcileAction::Reinstate, std::move(reinstated), existing};
    }
    if (sameAsWrittenSince(planned, current, scope.writtenAt))
        return {ReconcileAction::Keep, current, existing};
    return {ReconcileAction::Update,
            withSequence(withUserCategories(desired, current), current.sequence + 1), existing};
}

ReconcileStep stepForUndesired(const ExistingTask& existing, const ReconcileScope& scope)
{
    const Task& current = existing.task;
    if (!existing.recordedHash)
        return {ReconcileAction::Foreign, current, &existing};
    if (scope.outsideWindow.contains(current.interview))
        return {ReconcileAction::Keep, current, &existing};
    if (userChanged(existing))
        return keptAsTheUserLeftIt(existing);
    if (current.status != TaskStatus::NeedsAction || !scope.mayCancel)
        return {ReconcileAction::Keep, current, &existing};
    Task cancelled = withSequence(current, current.sequence + 1);
    cancelled.status = TaskStatus::Cancelled;
    return {ReconcileAction::Cancel, std::move(cancelled), &existing};
}

} // namespace

Task asWrittenAt(Task planned, Instant now)
{
    if (planned.alarm && *planned.alarm <= now)
        planned.alarm.reset();
    if (planned.lateFrom && *planned.lateFrom <= now)
        sayLate(planned);
    return planned;
}

std::string_view actionName(ReconcileAction action)
{
    switch (action) {
    case ReconcileAction::Create:
        return "create";
    case ReconcileAction::Update:
        return "update";
    case ReconcileAction::Cancel:
        return "cancel";
    case ReconcileAction::Reinstate:
        return "reinstate";
    case ReconcileAction::Keep:
        return "keep";
    case ReconcileAction::KeepUserChange:
        return "keep-user-change";
    case ReconcileAction::SilenceAlarm:
        return "silence-alarm";
    case ReconcileAction::KeepDeleted:
        return "keep-deleted";
    case ReconcileAction::Foreign:
        return "foreign";
    }
    return {};
}

bool changesStore(ReconcileAction action)
{
    using enum ReconcileAction;
    return action == Create || action == Update || action == Cancel || action == Reinstate ||
           action == SilenceAlarm;
}

std::set<std::string> issuedUids(const std::vector<ExistingTask>& existing)
{
    std::set<std::string> uids;
    for (const ExistingTask& task : existing) {
        uids.insert(task.task.uid);
        uids.insert(task.issuedSiblings.begin(), task.issuedSiblings.end());
    }
    return uids;
}

std::vector<ReconcileStep> reconcile(const std::vector<Task>& desired,
                                     const std::vector<ExistingTask>& existing,
                                     const ReconcileScope& scope)
{
    // A store may hold one UID twice (two collections): the first copy is the one reconciled.
    std::map<std::string, const ExistingTask*, std::less<>> existingByUid;
    for (const ExistingTask& task : existing)
        existingByUid.try_emplace(task.task.uid, &task);
    std::set<std::string> issued = issuedUids(existing);
    issued.insert(scope.remembered.begin(), scope.remembered.end());
    for (const std::string& uid : scope.failedCreations)
        issued.erase(uid);

    std::vector<ReconcileStep> steps;
    steps.reserve(desired.size() + existing.size());
    std::set<std::string, std::less<>> desiredUids;
    for (const Task& task : desired) {
        desiredUids.insert(task.uid);
        const auto found = existingByUid.find(task.uid);
        steps.push_back(stepForDesired(task, found == existingByUid.end() ? nullptr : found->second,
                                       issued, scope));
    }

    // The rest of the store, by UID: tasks no longer desired, and second copies, left as they are.
    std::vector<const ExistingTask*> rest;
    for (const ExistingTask& task : existing) {
        if (existingByUid.at(task.task.uid) != &task || !desiredUids.contains(task.task.uid))
            rest.push_back(&task);
    }
    std::stable_sort(rest.begin(), rest.end(), [](const ExistingTask* a, const ExistingTask* b) {
        return a->task.uid < b->task.uid;
    });
    for (const ExistingTask* task : rest) {
        if (existingByUid.at(task->task.uid) == task)
            steps.push_back(stepForUndesired(*task, scope));
        else
            steps.push_back({ReconcileAction::Keep, task->task, task});
    }
    return steps;
}

} // namespace followups
