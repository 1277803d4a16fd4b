// The planner fuzz target's body (fuzz_planner.cpp) and of its CTest replay (fuzz_replay_test.cpp):
// bytes become calendar events and a policy, which go through recognition, planning and
// reconciliation as the CLI and the agent run them. Hand-made events reach the planner with far
// fewer bytes than .ics text would, and carry what a reader never gives it (any Unicode, any
// Key: value line, any clock). The properties checked are the product's promises, not its details.
#pragma once

#include "followups/identity.h"
#include "followups/planner.h"
#include "followups/recognize.h"
#include "followups/reconcile.h"
#include "fuzz_bytes.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace followups::testing
{

struct PlannerScenario {
    Policy policy = defaultPolicy(Zone::utc());
    std::vector<CalendarEvent> events;
    Instant now;
};

namespace fuzz_planner
{

using namespace std::chrono;
using namespace std::string_view_literals;

inline constexpr Instant base = sys_days{year{2026} / 11 / 2};

inline std::string address(FuzzBytes& bytes)
{
    return bytes.text({"jane@acme.example", "JANE@Acme.Example", "bob@gmail.com", "me@example.org",
                       "noreply@acme.example", "hr@acme.example", "",
                       "x@resource.calendar.google.com"});
}

inline CalendarUser calendarUser(FuzzBytes& bytes)
{
    CalendarUser user;
    user.address = address(bytes);
    user.name = bytes.text({"", "Jane Doe", "Bob", "jane@acme.example", "Ｊａｎｅ ＤＯＥ"});
    user.cutype = bytes.pick({"INDIVIDUAL", "ROOM", "RESOURCE", "GROUP", "UNKNOWN"});
    user.role = bytes.pick({"REQ-PARTICIPANT", "CHAIR", "NON-PARTICIPANT", "OPT-PARTICIPANT"});
    user.partstat = bytes.pick({"NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE"});
    return user;
}

inline std::string descriptionLine(FuzzBytes& bytes)
{
    std::string line(bytes.pick({"Company", "Role", "Position", "Decision", "Decision by",
                                 "Contact by", "Contact", "Deliverable", "Outcome", "References",
                                 "Interviewers", "Follow-ups", "Note"}));
    line += bytes.pick({": ", ":", " : "});
    line += bytes.text({"2026-11-20", "+3d", "+2w", "2026-11-20T17:00", "rejected 2026-11-10",
                        "accepted", "offer", "withdrawn", "yes", "no", "off",
                        "Jane <jane@acme.example>, Bob", "work sample by +2d",
                        "report by 2026-11-09T12:00", "Carol, +49 30 1234567", "Acme", ""});
    return line;
}

inline EventTime eventTime(FuzzBytes& bytes, Instant around)
{
    const Instant instant = around + hours{bytes.integer(-48, 240)} + minutes{bytes.integer(0, 59)};
    EventTime time;
    time.zoneId = bytes.pick({"", "Europe/Berlin", "America/New_York"});
    switch (bytes.integer(0, 2)) {
    case 0:
        time.value = instant;
        break;
    case 1:
        time.value = EventTime::Floating{local_seconds{instant.time_since_epoch()}};
        break;
    default:
        time.value = year_month_day{floor<days>(instant)};
    }
    return time;
}

inline CalendarEvent calendarEvent(FuzzBytes& bytes, int line)
{
    CalendarEvent event;
    event.where = {"fuzz.ics", line};
    event.uid = bytes.text({"a@x", "b@x", "c@x", ""}, 8);
    if (bytes.flag())
        event.recurrenceId = bytes.pick({"20261105T140000Z", "20261112", "junk"});
    event.sequence = bytes.integer(-2, 5);
    if (bytes.flag())
        event.dtstamp = base + hours{bytes.integer(-500, 500)};
    if (bytes.flag())
        event.lastModified = base + hours{bytes.integer(-500, 500)};
    event.summary = bytes.text({"Interview: Acme – Engineer", "Engineer interview with Acme",
                                "Acme / Engineer – final round", "Interview", "Mock interview",
                                "Exit interview", "Vorstellungsgespräch", "面接 Acme", "Lunch"},
                               40);
    for (std::size_t i = bytes.count(6); i > 0; --i)
        event.description += descriptionLine(bytes) + "\n";
    event.descriptionLine = line + 1;
    for (std::size_t i = bytes.count(3); i > 0; --i)
        event.categories.push_back(bytes.text(
            {"Interview", "Rejected", "Offer", "Accepted", "Withdrawn", "No follow-ups"}));
    for (std::size_t i = bytes.count(2); i > 0; --i)
        event.interviewProperties.push_back(
            {std::string(bytes.pick({"COMPANY", "ROLE", "DECISION", "OUTCOME", "CONTACT"})),
             bytes.text({"Acme", "2026-11-20", "offer", "hr@acme.example"}), line + 2});
    if (bytes.flag())
        event.organizer = calendarUser(bytes);
    for (std::size_t i = bytes.count(bytes.flag() ? 40 : 4); i > 0; --i)
        event.attendees.push_back(calendarUser(bytes));
    const Instant around = base + days{bytes.integer(-60, 400)};
    if (bytes.byte() < 250)
        event.start = eventTime(bytes, around);
    if (bytes.flag())
        event.end = eventTime(bytes, around);
    else if (bytes.flag())
        event.duration = seconds{bytes.integer(-7200, 200000)};
    event.cancelled = bytes.byte() < 16;
    return event;
}

inline PlannerScenario scenario(FuzzBytes& bytes)
{
    PlannerScenario s;
    const auto zone = Zone::fromId(
        bytes.pick({"Europe/Berlin", "UTC", "America/New_York", "Pacific/Chatham", "Asia/Tokyo"}));
    s.policy = defaultPolicy(zone.value_or(Zone::utc()));
    s.policy.myAddresses = {"me@example.org"};
    if (bytes.flag())
        s.policy.standingReferences = {{"Dana", "dana@example.com", ""}, {"Sam", "", ""}};
    for (const TaskKind kind : allTaskKinds)
        s.policy.rules.set(kind, bytes.byte() >= 32);
    if (bytes.flag()) {
        Offsets& o = s.policy.offsets;
        for (int* field :
             {&o.debriefDue.value, &o.thankYouDue.value, &o.thankYouAlarmBeforeDue.value,
              &o.referenceHeadsUpDue.value, &o.deliverableAlarmDaysBefore.value,
              &o.followUpAfterDecision.value, &o.followUpWithoutDecision.value,
              &o.followUpRepeat.value, &o.feedbackAfterOutcome.value,
              &o.referenceThankYouAfterOutcome.value, &o.withdrawNoticeAfterAcceptance.value})
            *field = bytes.integer(0, 3650);
        o.followUpCount = bytes.integer(-2, 9);
    }
    s.policy.morning = TimeOfDay{bytes.integer(0, 1439)};
    s.policy.workdayEnd = TimeOfDay{bytes.integer(0, 1439)};
    s.policy.window = {CalendarDays{bytes.integer(0, 36500)},
                       CalendarDays{bytes.integer(0, 36500)}};
    s.policy.perInterviewLimit = bytes.integer(0, 30);
    for (std::size_t i = bytes.count(4); i > 0; --i)
        s.policy.businessCalendar.addHoliday(
            year_month_day{floor<days>(base + days{bytes.integer(0, 60)})});
    s.now = base + hours{bytes.integer(-2000, 12000)};
    for (std::size_t i = bytes.count(24); i > 0 && !bytes.empty(); --i)
        s.events.push_back(calendarEvent(bytes, static_cast<int>(s.events.size()) * 10 + 1));
    return s;
}

[[noreturn]] inline void broken(const char* promise, const std::string& detail)
{
    std::fprintf(stderr, "broken promise: %s: %s\n", promise, detail.c_str());
    std::abort();
}

// Text that reaches a task: control characters could inject lines or terminal escapes.
inline bool clean(std::string_view text, bool multiLine)
{
    for (const char c : text) {
        const auto octet = static_cast<unsigned char>(c);
        if ((octet < 0x20 && !(multiLine && c == '\n')) || octet == 0x7F)
            return false;
    }
    return true;
}

inline void checkPlan(const Plan& plan)
{
    std::set<std::string> uids;
    for (const Task& task : plan.tasks) {
        if (!uids.insert(task.uid).second)
            broken("one task per identity", task.uid);
        if (!clean(task.summary, false) || !clean(task.description, true))
            broken("no control characters in task texts", task.summary);
        if (task.url.find_first_of(" \"<>\\^`{|}") != std::string::npos || !clean(task.url, false))
            broken("contact URLs are percent-encoded", task.url);
        if (task.url.starts_with("mailto:") && task.url.find('?') != task.url.rfind('?'))
            broken("one query in a mailto: URL", task.url);
    }
}

// Reconciling a plan with its own tasks, as the product stored them at `now`, changes nothing.
inline void checkIdempotent(const Plan& plan, Instant now)
{
    std::vector<ExistingTask> stored;
    for (const Task& task : plan.tasks) {
        const Task written = asWrittenAt(task, now);
        stored.push_back({written, contentHash(written), {}, {}});
    }
    for (const ReconcileStep& step : reconcile(plan.tasks, stored, {plan.outsideWindow, now})) {
        if (step.action != ReconcileAction::Keep)
            broken("re-planning unchanged input keeps every task",
                   std::string(actionName(step.action)) + " " + step.task.uid);
    }
}

} // namespace fuzz_planner

// Returns how much was planned, so the work cannot be optimised away.
inline std::size_t planEverything(std::string_view input)
{
    FuzzBytes bytes(input);
    const PlannerScenario s = fuzz_planner::scenario(bytes);
    Warnings warnings;
    const auto interviews = collectInterviews(s.events, s.policy, warnings);
    const Plan plan =
        planFollowUps(interviews, s.policy, s.now, defaultPlanningWindow(s.policy, s.now));
    fuzz_planner::checkPlan(plan);
    fuzz_planner::checkIdempotent(plan, s.now);

    // The user completed, edited or deleted some of them since.
    std::vector<ExistingTask> stored;
    for (const Task& task : plan.tasks) {
        ExistingTask existing{task, contentHash(task), {}, {}};
        switch (bytes.integer(0, 3)) {
        case 0:
            existing.task.status = TaskStatus::Completed;
            break;
        case 1:
            existing.task.summary += " (edited)";
            break;
        case 2:
            continue; // deleted
        default:
            break;
        }
        for (const Task& sibling : plan.tasks)
            existing.issuedSiblings.push_back(sibling.uid);
        stored.push_back(std::move(existing));
    }
    const auto steps = reconcile(plan.tasks, stored, {plan.outsideWindow, s.now});
    for (const ReconcileStep& step : steps) {
        if (step.existing && step.existing->task.status == TaskStatus::Completed &&
            step.action != ReconcileAction::KeepUserChange &&
            step.action != ReconcileAction::Keep && step.action != ReconcileAction::SilenceAlarm)
            fuzz_planner::broken("a completed task is never overwritten",
                                 std::string(actionName(step.action)));
        if (step.action == ReconcileAction::SilenceAlarm &&
            (step.task.alarm || contentHash(step.task) != contentHash(step.existing->task) ||
             step.task.sequence != step.existing->task.sequence))
            fuzz_planner::broken("switching off an alarm changes nothing else", step.task.uid);
    }
    return interviews.size() + plan.tasks.size() + steps.size() + warnings.size();
}

} // namespace followups::testing
