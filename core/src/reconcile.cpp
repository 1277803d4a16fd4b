#include "followups/reconcile.h"

#include "followups/identity.h"
#include "followups/texts.h"

#include <algorithm>
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

// Every field the planner sets; uid and sequence are the store's business.
bool samePlannedContent(const Task& a, const Task& b)
{
    return a.kind == b.kind && a.ordinal == b.ordinal && a.summary == b.summary &&
           a.description == b.description && a.due == b.due && a.alarm == b.alarm &&
           a.status == b.status && a.priority == b.priority && a.categories == b.categories &&
           a.interview == b.interview && samePersonFields(a.person, b.person) && a.url == b.url;
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
        return {ReconcileAction::KeepUserChange, current, existing};
    if (current.status == TaskStatus::Cancelled) {
        Task reinstated = withSequence(desired, current.sequence + 1);
        reinstated.status = TaskStatus::NeedsAction;
        return {ReconcileAction::Reinstate, std::move(reinstated), existing};
    }
    if (sameAsWrittenSince(planned, current, scope.writtenAt))
        return {ReconcileAction::Keep, current, existing};
    return {ReconcileAction::Update, withSequence(desired, current.sequence + 1), existing};
}

ReconcileStep stepForUndesired(const ExistingTask& existing, const ReconcileScope& scope)
{
    const Task& current = existing.task;
    if (!existing.recordedHash)
        return {ReconcileAction::Foreign, current, &existing};
    if (scope.outsideWindow.contains(current.interview))
        return {ReconcileAction::Keep, current, &existing};
    if (userChanged(existing))
        return {ReconcileAction::KeepUserChange, current, &existing};
    if (current.status != TaskStatus::NeedsAction)
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
    case ReconcileAction::KeepDeleted:
        return "keep-deleted";
    case ReconcileAction::Foreign:
        return "foreign";
    }
    return {};
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
    const std::set<std::string> issued = issuedUids(existing);

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
