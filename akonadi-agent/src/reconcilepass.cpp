#include "reconcilepass.h"

#include <algorithm>
#include <followups/identity.h>
#include <followups/recognize.h>
#include <map>

namespace
{
bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return std::ranges::equal(a, b, [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

bool isOutcomeCategory(std::string_view category)
{
    for (auto kind : {followups::OutcomeKind::Rejected, followups::OutcomeKind::Offer,
                      followups::OutcomeKind::Accepted, followups::OutcomeKind::Withdrawn}) {
        if (equalsIgnoringCase(category, followups::outcomeName(kind))) {
            return true;
        }
    }
    return false;
}

followups::InterviewKey keyOf(const followups::CalendarEvent& event)
{
    return {event.uid, event.recurrenceId.value_or(std::string())};
}

// The core reads outcomes from CATEGORIES: forward the outcome categories found on the interview's
// tasks to its events, so the core's own rule reads them.
void forwardTaskOutcomes(std::vector<followups::CalendarEvent>& events,
                         const std::vector<followups::ExistingTask>& existing)
{
    std::map<followups::InterviewKey, std::vector<std::string>> outcomes;
    for (const auto& task : existing) {
        for (const auto& category : task.task.categories) {
            if (isOutcomeCategory(category)) {
                outcomes[task.task.interview].push_back(category);
            }
        }
    }
    if (outcomes.empty()) {
        return;
    }
    for (auto& event : events) {
        const auto it = outcomes.find(keyOf(event));
        if (it != outcomes.end()) {
            event.categories.insert(event.categories.end(), it->second.begin(), it->second.end());
        }
    }
}

// An outcome is kept once seen; one without a date is dated by the day it was first seen. Only
// current interviews are remembered: nothing is planned for the others.
void applyRememberedOutcomes(std::vector<followups::Interview>& interviews,
                             const std::set<followups::InterviewKey>& current,
                             followups::Date today, FollowupsState& state)
{
    for (auto& interview : interviews) {
        const auto& remembered = state.outcome(interview.key);
        if (!interview.outcome) {
            interview.outcome = remembered;
            continue;
        }
        if (!interview.outcome->date) {
            interview.outcome->date =
                remembered && remembered->kind == interview.outcome->kind && remembered->date
                    ? remembered->date
                    : today;
        }
        if (current.contains(interview.key) &&
            (!remembered || remembered->kind != interview.outcome->kind ||
             remembered->date != interview.outcome->date)) {
            state.setOutcome(interview.key, *interview.outcome);
        }
    }
}

// The product's categories of a task are those it plans; the rest are the user's.
void dropUserCategories(std::vector<followups::ExistingTask>& existing,
                        const std::vector<followups::Task>& desired)
{
    std::map<std::string, const followups::Task*> byUid;
    for (const auto& task : desired) {
        byUid[task.uid] = &task;
    }
    for (auto& task : existing) {
        const auto it = byUid.find(task.task.uid);
        if (it == byUid.end()) {
            continue;
        }
        auto& categories = task.task.categories;
        std::erase_if(categories, [&](const std::string& category) {
            return std::ranges::find(it->second->categories, category) ==
                   it->second->categories.end();
        });
    }
}

bool isWrite(followups::ReconcileAction action)
{
    using enum followups::ReconcileAction;
    return action == Create || action == Update || action == Cancel || action == Reinstate;
}

// Whether the RECURRENCE-ID text (as IncidenceConverter writes it) lies inside the range.
bool insideRange(const std::string& recurrenceId, const followups::TimeRange& range)
{
    if (recurrenceId.size() < 8) {
        return true;
    }
    const auto date =
        followups::parseIsoDate(recurrenceId.substr(0, 4) + '-' + recurrenceId.substr(4, 2) + '-' +
                                recurrenceId.substr(6, 2));
    if (!date) {
        return true;
    }
    const auto day = std::chrono::sys_days{*date};
    return day + std::chrono::days{2} >= range.from && day - std::chrono::days{2} <= range.to;
}
} // namespace

std::string ReconcilePass::taskFingerprint(const followups::ExistingTask& task)
{
    std::string fingerprint = followups::contentHash(task.task);
    fingerprint += '|';
    fingerprint += task.recordedHash.value_or(std::string());
    for (const auto& category : task.task.categories) {
        fingerprint += '|';
        fingerprint += category;
    }
    return fingerprint;
}

ReconcilePass::Result ReconcilePass::run(Input input, const followups::Policy& policy,
                                         followups::Instant now, FollowupsState& state)
{
    Result result;
    std::vector<followups::ExistingTask>& existing = *input.existing;
    forwardTaskOutcomes(input.events, existing);
    // A UID whose creation failed is listed by the siblings created in the same batch; it was
    // never issued, so the core must not take it for a deletion: it is created again.
    for (auto& task : existing) {
        const auto& failed = state.failedCreations(task.task.interview);
        std::erase_if(task.issuedSiblings,
                      [&](const std::string& uid) { return failed.contains(uid); });
    }

    std::vector<followups::Interview> interviews =
        followups::collectInterviews(input.events, policy, result.warnings);
    result.interviews = interviews.size();
    // Current: in the calendars and not yet behind the planning window.
    const followups::Date today = followups::localDate(now, policy.userZone);
    const followups::TimeRange window = followups::defaultPlanningWindow(policy, now);
    std::set<followups::InterviewKey> current;
    for (const auto& interview : interviews) {
        if (interview.end >= window.from) {
            current.insert(interview.key);
        }
    }
    applyRememberedOutcomes(interviews, current, today, state);

    const followups::Plan plan = followups::planFollowUps(
        interviews, policy, now, followups::defaultPlanningWindow(policy, now));

    followups::ReconcileScope scope;
    scope.outsideWindow = plan.outsideWindow;
    scope.writtenAt = now;
    std::set<followups::InterviewKey> known;
    for (const auto& interview : interviews) {
        known.insert(interview.key);
    }
    for (const auto& task : existing) {
        const auto& key = task.task.interview;
        if (!key.recurrenceId.empty() && !known.contains(key) &&
            input.seriesUids.contains(key.uid) && !insideRange(key.recurrenceId, input.expansion)) {
            scope.outsideWindow.insert(key);
        }
    }

    dropUserCategories(existing, plan.tasks);
    const auto steps = followups::reconcile(plan.tasks, existing, scope);

    std::map<followups::InterviewKey, std::set<std::string>> issued;
    for (const auto& task : existing) {
        auto& uids = issued[task.task.interview];
        uids.insert(task.task.uid);
        uids.insert(task.issuedSiblings.begin(), task.issuedSiblings.end());
    }
    for (auto& [key, uids] : issued) {
        if (current.contains(key)) {
            state.addIssued(key, uids);
        }
    }
    for (const auto& step : steps) {
        if (step.action == followups::ReconcileAction::KeepUserChange) {
            ++result.keptUserChanges;
        }
        if (step.action == followups::ReconcileAction::Create &&
            state.wasIssued(step.task.interview, step.task.uid)) {
            ++result.rememberedDeletions;
            continue;
        }
        if (step.action == followups::ReconcileAction::Create) {
            issued[step.task.interview].insert(step.task.uid);
        }
    }
    for (const auto& step : steps) {
        if (!isWrite(step.action) ||
            (step.action == followups::ReconcileAction::Cancel && !input.allowCancel) ||
            (step.action == followups::ReconcileAction::Create &&
             state.wasIssued(step.task.interview, step.task.uid))) {
            continue;
        }
        if (step.action == followups::ReconcileAction::Create) {
            const auto interview =
                std::ranges::find(interviews, step.task.interview, &followups::Interview::key);
            result.createdFor[step.task.interview] =
                interview == interviews.end() ? std::string() : interview->summary;
        }
        const auto& uids = issued[step.task.interview];
        result.writes.push_back({step.action, step.task,
                                 std::vector<std::string>(uids.begin(), uids.end()),
                                 step.existing});
    }

    for (const auto& key : current) {
        state.seen(key, today);
    }
    // An interview missing from an unreadable calendar is not gone.
    if (input.allowCancel) {
        result.prunedRecords = state.prune(today);
    }
    return result;
}
