#include "followups/plan_and_reconcile.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace followups
{

namespace
{

bool ours(const ExistingTask& task)
{
    return task.recordedHash.has_value();
}

// An outcome category on the interview's tasks: taken when the interview states none, and a final
// one wins over a stated offer (an offer leads to one).
void takeOutcomesFromTasks(std::vector<Interview>& interviews,
                           const std::vector<ExistingTask>& existing)
{
    std::map<InterviewKey, std::vector<std::string>> categories;
    for (const ExistingTask& task : existing) {
        if (ours(task) && outcomeFromCategories(task.task.categories)) {
            auto& all = categories[task.task.interview];
            all.insert(all.end(), task.task.categories.begin(), task.task.categories.end());
        }
    }
    if (categories.empty())
        return;
    for (Interview& interview : interviews) {
        const auto found = categories.find(interview.key);
        if (found == categories.end())
            continue;
        const OutcomeKind kind = *outcomeFromCategories(found->second);
        if (!interview.outcome || (!isFinal(interview.outcome->kind) && isFinal(kind)))
            interview.outcome = Outcome{kind, std::nullopt};
    }
}

// An outcome is kept once seen; where the store keeps outcomes, one without a date is dated by the
// day it was first seen. Only current interviews are remembered: nothing is planned for the others.
void applyRememberedOutcomes(std::vector<Interview>& interviews,
                             const std::set<InterviewKey>& current, Date today, StoreMemory& memory)
{
    for (Interview& interview : interviews) {
        const std::optional<Outcome>& remembered = memory.outcome(interview.key);
        if (!interview.outcome) {
            interview.outcome = remembered;
            continue;
        }
        if (!memory.keepsOutcomes)
            continue;
        if (!interview.outcome->date) {
            interview.outcome->date =
                remembered && remembered->kind == interview.outcome->kind && remembered->date
                    ? remembered->date
                    : today;
        }
        if (current.contains(interview.key) &&
            (!remembered || remembered->kind != interview.outcome->kind ||
             remembered->date != interview.outcome->date)) {
            memory.setOutcome(interview.key, *interview.outcome);
        }
    }
}

// Whether an occurrence's RECURRENCE-ID text lies inside the range the source expanded, give or
// take two days (zones and all-day values move its date by up to a day each way).
bool insideExpansion(const std::string& recurrenceId, const TimeRange& range)
{
    if (recurrenceId.size() < 8)
        return true;
    const auto date = parseIsoDate(recurrenceId.substr(0, 4) + '-' + recurrenceId.substr(4, 2) +
                                   '-' + recurrenceId.substr(6, 2));
    if (!date)
        return true;
    const auto day = std::chrono::sys_days{*date};
    return day + std::chrono::days{2} >= range.from && day - std::chrono::days{2} <= range.to;
}

ReconcileScope scopeOf(const PassInput& input, const Plan& plan,
                       const std::vector<ExistingTask>& existing, const StoreMemory& memory,
                       Instant now)
{
    ReconcileScope scope;
    scope.outsideWindow = plan.outsideWindow;
    scope.writtenAt = now; // what is written now is written as of now (reconcile.h)
    std::set<InterviewKey> known;
    for (const Interview& interview : input.interviews)
        known.insert(interview.key);
    for (const ExistingTask& task : existing) {
        const InterviewKey& key = task.task.interview;
        if (!key.recurrenceId.empty() && !known.contains(key) &&
            input.series.uids.contains(key.uid) &&
            !insideExpansion(key.recurrenceId, input.series.expansion))
            scope.outsideWindow.insert(key);
    }
    for (const auto& [key, record] : memory.records()) {
        scope.remembered.insert(record.issued.begin(), record.issued.end());
        scope.failedCreations.insert(record.failedCreations.begin(), record.failedCreations.end());
    }
    scope.mayCancel = input.complete;
    return scope;
}

// Whether a stored task lists every UID issued for its interview (its own counts).
bool listsAll(const ExistingTask& task, const std::set<std::string>& issued)
{
    std::set<std::string> listed(task.issuedSiblings.begin(), task.issuedSiblings.end());
    listed.insert(task.task.uid);
    return std::ranges::includes(listed, issued);
}

} // namespace

const std::set<std::string>& PassResult::issuedFor(const InterviewKey& interview) const
{
    static const std::set<std::string> none;
    const auto found = issued.find(interview);
    return found == issued.end() ? none : found->second;
}

PassResult planAndReconcile(PassInput input, const std::vector<ExistingTask>& existing,
                            StoreMemory memory, const Policy& policy, Instant now)
{
    PassResult result;
    const Date today = localDate(now, policy.userZone);
    // Current: in the calendars and not yet behind the planning window.
    std::set<InterviewKey> current;
    for (const Interview& interview : input.interviews) {
        if (interview.end >= input.window.from)
            current.insert(interview.key);
    }
    takeOutcomesFromTasks(input.interviews, existing);
    applyRememberedOutcomes(input.interviews, current, today, memory);

    result.plan = planFollowUps(input.interviews, policy, now, input.window);
    result.plan.outsideWindow.insert(input.history.begin(), input.history.end());
    const ReconcileScope scope = scopeOf(input, result.plan, existing, memory, now);
    result.steps = reconcile(result.plan.tasks, existing, scope);

    // What the store's tasks say was issued, less what it refused to create.
    for (const ExistingTask& task : existing) {
        if (!ours(task))
            continue;
        const auto& failed = memory.failedCreations(task.task.interview);
        auto& uids = result.issued[task.task.interview];
        uids.insert(task.task.uid);
        std::ranges::copy_if(task.issuedSiblings, std::inserter(uids, uids.end()),
                             [&](const std::string& uid) { return !failed.contains(uid); });
    }
    for (const auto& [key, uids] : result.issued) {
        if (current.contains(key))
            memory.addIssued(key, uids);
    }
    for (const auto& [key, record] : memory.records())
        result.issued[key].insert(record.issued.begin(), record.issued.end());
    for (const ReconcileStep& step : result.steps) {
        if (step.action == ReconcileAction::Create)
            result.issued[step.task.interview].insert(step.task.uid);
        else if (step.action == ReconcileAction::KeepUserChange ||
                 step.action == ReconcileAction::SilenceAlarm)
            ++result.keptUserChanges;
        else if (step.action == ReconcileAction::KeepDeleted)
            ++result.rememberedDeletions;
    }
    // Tasks outside the window are left exactly as they are, lists included.
    for (ReconcileStep& step : result.steps) {
        step.issuedOutdated = step.action == ReconcileAction::Keep && step.existing &&
                              ours(*step.existing) &&
                              !scope.outsideWindow.contains(step.task.interview) &&
                              !listsAll(*step.existing, result.issuedFor(step.task.interview));
    }

    for (const InterviewKey& key : current)
        memory.seen(key, today);
    // An interview missing from an unreadable calendar is not gone.
    if (input.complete)
        result.prunedRecords = memory.prune(today);
    result.memory = std::move(memory);
    result.interviews = std::move(input.interviews);
    return result;
}

} // namespace followups
