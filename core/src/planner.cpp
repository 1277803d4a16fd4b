#include "followups/planner.h"

#include "followups/identity.h"
#include "followups/texts.h"
#include "process.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>

namespace followups
{
namespace
{

// RFC 5545 priorities as Kontact shows them (1–4 high, 5 medium, 6–9 low): a late thank-you or a
// missed deliverable can cost the offer, and notes fade within hours; the rest can wait a day.
int priorityOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::ThankYou:
    case TaskKind::Deliverable:
        return 1;
    case TaskKind::Debrief:
    case TaskKind::ReferenceHeadsUp:
        return 3;
    case TaskKind::FollowUp:
    case TaskKind::Feedback:
    case TaskKind::WithdrawNotice:
        return 5;
    case TaskKind::ReferenceThankYou:
        return 7;
    }
    return 0;
}

// Short and stable, so users can filter on them and the content hash does not churn.
const std::vector<std::string>& taskCategories()
{
    static const std::vector<std::string> categories{"Job search", "Interview follow-up"};
    return categories;
}

// An offer accepted in another process while this one was open.
struct AcceptanceElsewhere {
    Date date;
    // The first round still scheduled after the acceptance (the one the user will not attend,
    // where "don't ghost" matters most), else the last round that had begun by then.
    const Interview* noticeRound;
    // A round that starts after the acceptance day the user will not attend.
    bool attended(const Interview& round, const Zone& zone) const
    {
        return localDate(round.start, zone) <= date;
    }
};

struct PlannedTask {
    Instant interviewStart;
    Task task;
};

class Planner
{
public:
    explicit Planner(const Policy& policy) : policy_(policy) {}

    void planInterview(const Interview& interview, const Process& process,
                       const std::optional<AcceptanceElsewhere>& acceptance)
    {
        const bool noticeHere = acceptance && acceptance->noticeRound == &interview;
        // An interview the user will not go to after accepting an offer elsewhere: only the
        // notice; what it had is cancelled by reconciliation, as no longer wanted.
        if (acceptance && !acceptance->attended(interview, policy_.userZone)) {
            if (noticeHere)
                planWithdrawNotice(interview, process, acceptance->date);
            return;
        }
        planDebrief(interview);
        planThankYous(interview);
        planReferenceHeadsUps(interview);
        planDeliverables(interview);
        if (noticeHere)
            planWithdrawNotice(interview, process, acceptance->date);
        if (!process.isLastRound(interview))
            return; // a later round replaces this one's follow-ups; its outcome is the process's
        // Once an offer elsewhere is accepted, the decision asked about no longer matters: the
        // withdraw-notice takes the follow-ups' place, whether or not that rule is switched on.
        if (!acceptance)
            planFollowUps(interview, process);
        planOutcomeTasks(interview, process);
    }

    std::vector<Task> takeSortedTasks()
    {
        std::sort(planned_.begin(), planned_.end(), [](const PlannedTask& a, const PlannedTask& b) {
            return std::tie(a.interviewStart, a.task.kind, a.task.ordinal, a.task.uid) <
                   std::tie(b.interviewStart, b.task.kind, b.task.ordinal, b.task.uid);
        });
        std::vector<Task> tasks;
        tasks.reserve(planned_.size());
        std::set<std::string> seen;
        for (PlannedTask& entry : planned_) {
            // Two persons with one identity (the same address listed twice) are one task.
            if (seen.insert(entry.task.uid).second)
                tasks.push_back(std::move(entry.task));
        }
        return tasks;
    }

private:
    const Offsets& offsets() const { return policy_.offsets; }
    bool enabled(TaskKind kind) const { return policy_.rules.enabled(kind); }

    // An alarm before the interview ends would remind of something not yet possible.
    static Instant notBeforeEnd(Instant alarm, const Interview& interview)
    {
        return std::max(alarm, interview.end);
    }
    Instant morningOf(Date date) const
    {
        return atLocalTime(date, policy_.morning, policy_.userZone);
    }
    Date endDate(const Interview& interview) const
    {
        return localDate(interview.end, policy_.userZone);
    }

    // `alarm` is moved to the interview's end when earlier, unless the task is for an interview
    // still to come (a withdraw-notice, due before it starts). Returns the task added, valid until
    // the next add.
    Task& add(const Interview& interview, TaskKind kind, int ordinal,
              const std::optional<Person>& person, Due due, Instant alarm,
              std::string_view deliverable = {}, bool beforeTheInterview = false)
    {
        Task task;
        task.uid = taskUid(interview.key, kind, ordinal, deliverable, person);
        task.kind = kind;
        task.ordinal = ordinal;
        task.due = due;
        task.alarm = beforeTheInterview ? alarm : notBeforeEnd(alarm, interview);
        task.status = TaskStatus::NeedsAction;
        task.priority = priorityOf(kind);
        task.categories = taskCategories();
        task.interview = interview.key;
        task.person = person;
        task.sequence = 0;
        writeTaskTexts(task, interview, policy_, deliverable);
        return planned_.emplace_back(PlannedTask{interview.start, std::move(task)}).task;
    }

    void planDebrief(const Interview& interview)
    {
        if (!enabled(TaskKind::Debrief))
            return;
        add(interview, TaskKind::Debrief, 0, std::nullopt,
            Due{interview.end + offsets().debriefDue.duration()},
            interview.end + offsets().debriefAlarmAfterEnd.duration());
    }

    void planThankYous(const Interview& interview)
    {
        if (!enabled(TaskKind::ThankYou))
            return;
        const Instant due = interview.end + offsets().thankYouDue.duration();
        const Instant alarm = due - offsets().thankYouAlarmBeforeDue.duration();
        const Instant lateFrom = interview.end + offsets().thankYouHardLimit.duration();
        if (interview.interviewers.empty()) {
            add(interview, TaskKind::ThankYou, 0, std::nullopt, Due{due}, alarm).lateFrom =
                lateFrom;
            return;
        }
        for (const Person& interviewer : interview.interviewers)
            add(interview, TaskKind::ThankYou, 0, interviewer, Due{due}, alarm).lateFrom = lateFrom;
    }

    void planReferenceHeadsUps(const Interview& interview)
    {
        if (!enabled(TaskKind::ReferenceHeadsUp))
            return;
        const Instant due = interview.end + offsets().referenceHeadsUpDue.duration();
        const Instant alarm = due - offsets().referenceHeadsUpAlarmBeforeDue.duration();
        for (const Person& reference : interview.references)
            add(interview, TaskKind::ReferenceHeadsUp, 0, reference, Due{due}, alarm);
    }

    void planDeliverables(const Interview& interview)
    {
        if (!enabled(TaskKind::Deliverable))
            return;
        for (const Deliverable& deliverable : interview.deliverables) {
            const Date dueDay =
                deliverable.due.allDay()
                    ? std::get<Date>(deliverable.due.value)
                    : localDate(std::get<Instant>(deliverable.due.value), policy_.userZone);
            const CalendarDays before{-offsets().deliverableAlarmDaysBefore.value};
            add(interview, TaskKind::Deliverable, 0, std::nullopt, deliverable.due,
                morningOf(addCalendarDays(dueDay, before)), deliverable.what);
        }
    }

    void planFollowUps(const Interview& interview, const Process& process)
    {
        // Any outcome, even an offer, answers the question a follow-up would ask.
        if (!enabled(TaskKind::FollowUp) || process.outcome)
            return;
        const int count = std::clamp(offsets().followUpCount, 0, 3);
        Date due = firstFollowUpDate(interview);
        for (int ordinal = 1; ordinal <= count; ++ordinal) {
            if (ordinal > 1)
                due = policy_.businessCalendar.addBusinessDays(due, offsets().followUpRepeat);
            add(interview, TaskKind::FollowUp, ordinal, process.contact, Due{due}, morningOf(due));
        }
    }

    // Never on a weekend or holiday: a contact-by date or "end + 14 days" that lands on one moves
    // to the next business day (adding 0 business days).
    Date firstFollowUpDate(const Interview& interview) const
    {
        const BusinessCalendar& calendar = policy_.businessCalendar;
        if (interview.contactByDate)
            return calendar.addBusinessDays(*interview.contactByDate, BusinessDays{0});
        if (interview.decisionDate)
            return calendar.addBusinessDays(*interview.decisionDate,
                                            offsets().followUpAfterDecision);
        return calendar.addBusinessDays(
            addCalendarDays(endDate(interview), offsets().followUpWithoutDecision),
            BusinessDays{0});
    }

    void planOutcomeTasks(const Interview& lastRound, const Process& process)
    {
        if (!process.outcome)
            return;
        const BusinessCalendar& calendar = policy_.businessCalendar;
        if (process.outcome->kind == OutcomeKind::Rejected && enabled(TaskKind::Feedback)) {
            const Date due =
                calendar.addBusinessDays(process.outcomeDate, offsets().feedbackAfterOutcome);
            add(lastRound, TaskKind::Feedback, 0, process.contact, Due{due}, morningOf(due));
        }
        if (process.hasFinalOutcome() && enabled(TaskKind::ReferenceThankYou)) {
            const Date due = calendar.addBusinessDays(process.outcomeDate,
                                                      offsets().referenceThankYouAfterOutcome);
            for (const Person& reference : process.references)
                add(lastRound, TaskKind::ReferenceThankYou, 0, reference, Due{due}, morningOf(due));
        }
    }

    // On the next business day (by default) at the morning time; for a round still to come,
    // before it starts: when that morning is too late, an hour before the start.
    void planWithdrawNotice(const Interview& round, const Process& process, Date acceptance)
    {
        if (!enabled(TaskKind::WithdrawNotice))
            return;
        const Date due = policy_.businessCalendar.addBusinessDays(
            acceptance, offsets().withdrawNoticeAfterAcceptance);
        const bool ahead = localDate(round.start, policy_.userZone) > acceptance;
        if (ahead && morningOf(due) >= round.start) {
            const Instant beforeStart = round.start - std::chrono::hours{1};
            add(round, TaskKind::WithdrawNotice, 0, process.contact, Due{beforeStart}, beforeStart,
                {}, true);
            return;
        }
        add(round, TaskKind::WithdrawNotice, 0, process.contact, Due{due}, morningOf(due), {},
            ahead);
    }

    const Policy& policy_;
    std::vector<PlannedTask> planned_;
};

// When the interview was put in the calendar, as far as it says: LAST-MODIFIED, else DTSTAMP.
std::optional<Date> knownSince(const Interview& interview, const Zone& userZone)
{
    const std::optional<Instant> written =
        interview.lastModified ? interview.lastModified : interview.dtstamp;
    if (!written)
        return std::nullopt;
    return localDate(*written, userZone);
}

// The earliest acceptance of an offer elsewhere (`acceptances` sorted) that closes this process:
// one made after it began, or one made while its first round was already in the calendar. A
// process that came only later belongs to a later job search; one with a final outcome is
// already closed.
std::optional<AcceptanceElsewhere> acceptanceElsewhere(const Process& process,
                                                       const std::vector<Date>& acceptances,
                                                       const Zone& userZone)
{
    if (process.hasFinalOutcome())
        return std::nullopt;
    const auto began = [&](const Interview* round) { return localDate(round->start, userZone); };
    const Date firstDay = began(&process.firstRound());
    const std::optional<Date> scheduledSince = knownSince(process.firstRound(), userZone);
    const auto accepted =
        std::find_if(acceptances.begin(), acceptances.end(), [&](const Date& acceptance) {
            return acceptance >= firstDay || (scheduledSince && *scheduledSince <= acceptance);
        });
    if (accepted == acceptances.end())
        return std::nullopt;
    const auto afterwards =
        std::find_if(process.rounds.begin(), process.rounds.end(),
                     [&](const Interview* round) { return began(round) > *accepted; });
    const Interview* noticeRound =
        afterwards != process.rounds.end() ? *afterwards : *std::prev(afterwards);
    return AcceptanceElsewhere{*accepted, noticeRound};
}

std::vector<Date> acceptanceDates(const std::vector<Process>& processes)
{
    std::vector<Date> dates;
    for (const Process& process : processes)
        if (process.outcome && process.outcome->kind == OutcomeKind::Accepted)
            dates.push_back(process.outcomeDate);
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace

TimeRange defaultPlanningWindow(const Policy& policy, Instant now)
{
    // Days count calendar dates in the user's zone: "30 days ago" is the same wall-clock time.
    const Zone& zone = policy.userZone;
    const LocalDateTime local = zone.toLocal(now);
    const auto days = [](CalendarDays n) { return std::chrono::days{n.value}; };
    return TimeRange{zone.toInstant(local - days(policy.window.past)),
                     zone.toInstant(local + days(policy.window.future))};
}

bool isHistory(const Interview& interview, TimeRange window)
{
    return interview.end < window.from - historyHorizon;
}

bool endsInside(const Interview& interview, TimeRange window)
{
    return interview.end >= window.from && interview.end <= window.to;
}

namespace
{

std::string quoted(const Interview& interview)
{
    return "\"" + interview.summary + "\"";
}

// Tasks that fall outside the supported years would be written as zeros (a deliverable "by
// 3100-01-01", an interview late in 2999 and its follow-ups): left out, one warning per interview.
void dropUnsupportedTasks(Plan& plan, const std::map<InterviewKey, const Interview*>& byKey)
{
    std::set<InterviewKey> warned;
    std::erase_if(plan.tasks, [&](const Task& task) {
        const bool dueSupported =
            std::visit([](const auto& due) { return isSupported(due); }, task.due.value);
        if (dueSupported && (!task.alarm || isSupported(*task.alarm)))
            return false;
        if (warned.insert(task.interview).second) {
            const Interview& interview = *byKey.at(task.interview);
            plan.warnings.push_back(
                {interview.where,
                 "interview " + quoted(interview) + ": a task would fall outside the years " +
                     std::to_string(firstSupportedYear) + "–" + std::to_string(lastSupportedYear) +
                     " a calendar file can hold here; left out"});
        }
        return true;
    });
}

// The first interviews' tasks, whole interviews, up to the limit; the others are left as they are.
void capTasks(Plan& plan, int limit, const std::map<InterviewKey, const Interview*>& byKey)
{
    const auto allowed = static_cast<std::size_t>(std::max(limit, 0));
    if (plan.tasks.size() <= allowed)
        return;
    std::map<InterviewKey, std::size_t> counts;
    std::vector<InterviewKey> order; // by the first task of each
    for (const Task& task : plan.tasks) {
        if (counts[task.interview]++ == 0)
            order.push_back(task.interview);
    }
    std::set<InterviewKey> kept;
    std::size_t total = 0;
    std::size_t next = 0;
    for (; next < order.size() && total + counts[order[next]] <= allowed; ++next) {
        total += counts[order[next]];
        kept.insert(order[next]);
    }
    const Interview& firstLeftOut = *byKey.at(order[next]);
    plan.warnings.push_back(
        {firstLeftOut.where,
         std::to_string(plan.tasks.size()) + " tasks planned, more than " +
             std::to_string(allowed) + " in one run: the tasks of the interviews from " +
             quoted(firstLeftOut) + " on (" + std::to_string(order.size() - next) +
             " interviews) are left out (the limit of tasks per run)"});
    for (; next < order.size(); ++next)
        plan.outsideWindow.insert(order[next]);
    std::erase_if(plan.tasks, [&](const Task& task) { return !kept.contains(task.interview); });
}

} // namespace

Plan planFollowUps(const std::vector<Interview>& interviews, const Policy& policy, Instant now,
                   TimeRange window)
{
    Plan plan;
    std::vector<const Interview*> planned; // all but history, and but a series' occurrences over
                                           // its limit
    planned.reserve(interviews.size());
    std::map<std::string, int> seriesTaken; // occurrences in the window, by UID
    std::map<InterviewKey, const Interview*> byKey;
    for (const Interview& interview : interviews) {
        byKey.emplace(interview.key, &interview);
        if (isHistory(interview, window)) {
            plan.outsideWindow.insert(interview.key);
            continue;
        }
        if (endsInside(interview, window) && !interview.key.recurrenceId.empty() &&
            ++seriesTaken[interview.key.uid] > std::max(policy.seriesLimit, 0)) {
            if (seriesTaken[interview.key.uid] == policy.seriesLimit + 1)
                plan.warnings.push_back(
                    {interview.where, "the recurring interview " + quoted(interview) +
                                          " has more than " + std::to_string(policy.seriesLimit) +
                                          " occurrences in the planning window: only the first " +
                                          std::to_string(policy.seriesLimit) +
                                          " are planned (the limit per series)"});
            plan.outsideWindow.insert(interview.key);
            continue;
        }
        planned.push_back(&interview);
    }
    const std::vector<Process> processes = groupProcesses(planned, policy.userZone, now);
    const std::vector<Date> acceptances = acceptanceDates(processes);
    struct ProcessFacts {
        const Process* process;
        std::optional<AcceptanceElsewhere> acceptance;
    };
    std::map<const Interview*, ProcessFacts> processOf;
    for (const Process& process : processes) {
        const ProcessFacts facts{&process,
                                 acceptanceElsewhere(process, acceptances, policy.userZone)};
        for (const Interview* round : process.rounds)
            processOf.emplace(round, facts);
    }

    Planner planner(policy);
    for (const Interview* interview : planned) {
        if (!endsInside(*interview, window)) {
            plan.outsideWindow.insert(interview->key);
            continue;
        }
        if (interview->cancelled || interview->followUpsOff)
            continue;
        // Every interview that is not cancelled is a round of some process.
        const ProcessFacts& facts = processOf.at(interview);
        planner.planInterview(*interview, *facts.process, facts.acceptance);
    }
    plan.tasks = planner.takeSortedTasks();
    dropUnsupportedTasks(plan, byKey);
    capTasks(plan, policy.taskLimit, byKey);
    return plan;
}

} // namespace followups
