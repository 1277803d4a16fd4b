// The per-interview rules of SPEC §3: debrief, thank-you, reference heads-up, deliverable; time
// arithmetic across DST and zones; the planning window; switches; identity and order.
#include "followups/identity.h"
#include "followups/planner.h"
#include "planner_fixtures.h"

#include <algorithm>
#include <chrono>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <tuple>

namespace followups
{
namespace
{

using namespace followups::testing;
using std::chrono::hours;

TEST(Planner, debriefIsDueTwoHoursAfterTheEndWithTheReminderAtTheEnd)
{
    const Interview interview = acmeInterview();
    const auto debriefs = tasksOf(planAt({interview}, berlinPolicy()), TaskKind::Debrief);

    ASSERT_EQ(debriefs.size(), 1u);
    EXPECT_EQ(dueInstant(debriefs[0]), utc(2026, 11, 3, 16)); // 17:00 Berlin
    EXPECT_EQ(debriefs[0].alarm, utc(2026, 11, 3, 14));
    EXPECT_FALSE(debriefs[0].person.has_value());
}

TEST(Planner, debriefOffsetsAreConfigurable)
{
    Policy policy = berlinPolicy();
    policy.offsets.debriefDue = ElapsedHours{5};
    policy.offsets.debriefAlarmAfterEnd = ElapsedHours{1};
    const auto debriefs = tasksOf(planAt({acmeInterview()}, policy), TaskKind::Debrief);

    ASSERT_EQ(debriefs.size(), 1u);
    EXPECT_EQ(dueInstant(debriefs[0]), utc(2026, 11, 3, 19));
    EXPECT_EQ(debriefs[0].alarm, utc(2026, 11, 3, 15));
}

TEST(Planner, oneThankYouPerInterviewerDueADayLaterWithTheReminderFourHoursBefore)
{
    Interview interview = acmeInterview();
    interview.interviewers = {person("Jane Doe", "jane@acme.example"), person("John Roe")};
    const auto thanks = tasksOf(planAt({interview}, berlinPolicy()), TaskKind::ThankYou);

    ASSERT_EQ(thanks.size(), 2u);
    for (const Task& task : thanks) {
        EXPECT_EQ(dueInstant(task), utc(2026, 11, 4, 14));
        EXPECT_EQ(task.alarm, utc(2026, 11, 4, 10));
        ASSERT_TRUE(task.person.has_value());
    }
    EXPECT_NE(thanks[0].uid, thanks[1].uid);
    EXPECT_TRUE(samePerson(*thanks[0].person, interview.interviewers[0]) ||
                samePerson(*thanks[1].person, interview.interviewers[0]));
    EXPECT_TRUE(samePerson(*thanks[0].person, interview.interviewers[1]) ||
                samePerson(*thanks[1].person, interview.interviewers[1]));
}

TEST(Planner, thePersonListedTwiceIsThankedOnce)
{
    Interview interview = acmeInterview();
    interview.interviewers = {person("Jane Doe", "jane@acme.example"),
                              person("J. Doe", "JANE@acme.example")};
    EXPECT_EQ(tasksOf(planAt({interview}, berlinPolicy()), TaskKind::ThankYou).size(), 1u);
}

TEST(Planner, withNoInterviewerKnownOneThankYouIsAddressedToYourInterviewers)
{
    const auto thanks = tasksOf(planAt({acmeInterview()}, berlinPolicy()), TaskKind::ThankYou);

    ASSERT_EQ(thanks.size(), 1u);
    EXPECT_FALSE(thanks[0].person.has_value());
    EXPECT_NE(thanks[0].summary.find("your interviewers"), std::string::npos);
    EXPECT_EQ(thanks[0].url, "");
}

TEST(Planner, thankYouDueIsTwentyFourRealHoursLaterAcrossTheEuropeanSpringChange)
{
    // Berlin moves from CET to CEST in the night to Sunday 29 March 2026.
    const Zone zone = berlin();
    const Instant end = wallClock(zone, 2026, 3, 28, 18);
    ASSERT_EQ(end, utc(2026, 3, 28, 17));
    const Interview interview = acmeInterview("dst@example.com", end - hours(1), end);
    const auto thanks =
        tasksOf(planAt({interview}, berlinPolicy(), utc(2026, 3, 29, 12)), TaskKind::ThankYou);

    ASSERT_EQ(thanks.size(), 1u);
    EXPECT_EQ(dueInstant(thanks[0]), utc(2026, 3, 29, 17));
    EXPECT_EQ(zone.toLocal(dueInstant(thanks[0])),
              std::chrono::local_days{date(2026, 3, 29)} + hours(19));
    EXPECT_EQ(thanks[0].alarm, utc(2026, 3, 29, 13)); // 15:00 CEST
}

TEST(Planner, elapsedHoursAndMorningRemindersAcrossTheAmericanFallChange)
{
    // New York leaves EDT for EST at 02:00 on Sunday 1 November 2026.
    const Zone zone = zoneNamed("America/New_York");
    Policy policy = defaultPolicy(zone);
    const Instant end = wallClock(zone, 2026, 10, 31, 17);
    ASSERT_EQ(end, utc(2026, 10, 31, 21));
    Interview interview = acmeInterview("ny@example.com", end - hours(1), end);
    interview.zoneId = "America/New_York";
    interview.decisionDate = date(2026, 10, 30); // Friday: + 3 business days = Wed 4 Nov
    const Plan plan = planAt({interview}, policy, utc(2026, 11, 1, 12));

    const auto thanks = tasksOf(plan, TaskKind::ThankYou);
    ASSERT_EQ(thanks.size(), 1u);
    EXPECT_EQ(dueInstant(thanks[0]), utc(2026, 11, 1, 21)); // 16:00 EST, 24 real hours later
    const auto followUps = tasksOf(plan, TaskKind::FollowUp);
    ASSERT_EQ(followUps.size(), 2u);
    EXPECT_EQ(dueDate(followUps[0]), date(2026, 11, 4));
    EXPECT_EQ(followUps[0].alarm, utc(2026, 11, 4, 14)); // 09:00 EST
}

TEST(Planner, morningRemindersAreInTheUsersZoneNotTheInterviews)
{
    // 19:00–20:00 in New York on Tue 3 Nov is 01:00–02:00 UTC and 02:00 in Berlin on Wed 4 Nov.
    const Zone newYork = zoneNamed("America/New_York");
    Interview interview = acmeInterview("remote@example.com", wallClock(newYork, 2026, 11, 3, 19),
                                        wallClock(newYork, 2026, 11, 3, 20));
    interview.zoneId = "America/New_York";
    ASSERT_EQ(interview.end, utc(2026, 11, 4, 1));
    const auto followUps = tasksOf(planAt({interview}, berlinPolicy()), TaskKind::FollowUp);

    ASSERT_EQ(followUps.size(), 2u);
    EXPECT_EQ(dueDate(followUps[0]), date(2026, 11, 18)); // Berlin's date of the end + 14 days
    EXPECT_EQ(followUps[0].alarm, utc(2026, 11, 18, 8));  // 09:00 CET
}

TEST(Planner, anAllDayInterviewIsPlannedFromTheEndOfItsLastWorkingDay)
{
    // The recogniser sets an all-day interview's end to its last day at the end of the workday.
    const Zone zone = berlin();
    Interview interview = acmeInterview("allday@example.com", wallClock(zone, 2026, 11, 3, 0),
                                        wallClock(zone, 2026, 11, 4, 17));
    interview.allDay = true;
    const Plan plan = planAt({interview}, berlinPolicy(), utc(2026, 11, 5, 12));

    const auto debriefs = tasksOf(plan, TaskKind::Debrief);
    ASSERT_EQ(debriefs.size(), 1u);
    EXPECT_EQ(dueInstant(debriefs[0]), utc(2026, 11, 4, 18)); // 19:00 CET on the last day
    const auto followUps = tasksOf(plan, TaskKind::FollowUp);
    ASSERT_FALSE(followUps.empty());
    EXPECT_EQ(dueDate(followUps[0]), date(2026, 11, 18));
}

TEST(Planner, oneHeadsUpPerReferenceDueADayLater)
{
    Interview interview = acmeInterview();
    interview.references = {person("Rita Ref", "rita@old.example"), person("Sam Ref")};
    const Plan plan = planAt({interview}, berlinPolicy());
    const auto headsUps = tasksOf(plan, TaskKind::ReferenceHeadsUp);

    ASSERT_EQ(headsUps.size(), 2u);
    for (const Task& task : headsUps) {
        EXPECT_EQ(dueInstant(task), utc(2026, 11, 4, 14));
        EXPECT_EQ(task.alarm, utc(2026, 11, 4, 10));
    }
    EXPECT_NE(headsUps[0].uid, headsUps[1].uid);
    // Thanking references waits for a final outcome.
    EXPECT_TRUE(tasksOf(plan, TaskKind::ReferenceThankYou).empty());
}

TEST(Planner, deliverableIsDueWhenPromisedWithTheReminderAtNineTheDayBefore)
{
    Interview interview = acmeInterview();
    interview.deliverables = {Deliverable{"work sample", Due{date(2026, 11, 10)}}};
    const auto deliverables = tasksOf(planAt({interview}, berlinPolicy()), TaskKind::Deliverable);

    ASSERT_EQ(deliverables.size(), 1u);
    EXPECT_EQ(deliverables[0].due, Due{date(2026, 11, 10)});
    EXPECT_EQ(deliverables[0].alarm, utc(2026, 11, 9, 8)); // 09:00 CET on Monday
    EXPECT_EQ(deliverables[0].uid,
              taskUid(interview.key, TaskKind::Deliverable, 0, "work sample", std::nullopt));
}

TEST(Planner, deliverablePromisedForTheSameDayIsRemindedAtTheEnd)
{
    Interview interview = acmeInterview();
    const Instant evening = utc(2026, 11, 3, 17); // 18:00 CET, the day of the interview
    interview.deliverables = {Deliverable{"report", Due{evening}},
                              Deliverable{"portfolio", Due{date(2026, 11, 5)}}};
    const auto deliverables = tasksOf(planAt({interview}, berlinPolicy()), TaskKind::Deliverable);

    ASSERT_EQ(deliverables.size(), 2u);
    const auto report = std::find_if(deliverables.begin(), deliverables.end(),
                                     [](const Task& t) { return t.due.value.index() == 0; });
    ASSERT_NE(report, deliverables.end());
    EXPECT_EQ(report->due, Due{evening});
    EXPECT_EQ(report->alarm, interview.end); // 09:00 the day before is before the interview ended
    const auto portfolio = report == deliverables.begin() ? deliverables[1] : deliverables[0];
    EXPECT_EQ(portfolio.alarm, utc(2026, 11, 4, 8));
}

// The hard limit is when the product starts writing a thank-you as late (reconcile.h).
TEST(Planner, aThankYouTurnsLateAtItsHardLimit)
{
    Interview interview = acmeInterview();
    interview.interviewers = {person("Jane Doe", "jane@acme.example")};
    Policy policy = berlinPolicy();
    policy.offsets.thankYouHardLimit = ElapsedHours{36};
    const auto thanks = tasksOf(planAt({interview}, policy), TaskKind::ThankYou);
    ASSERT_EQ(thanks.size(), 1u);
    EXPECT_EQ(thanks[0].lateFrom, interview.end + std::chrono::hours{36});
    EXPECT_FALSE(tasksOf(planAt({interview}, policy), TaskKind::Debrief).at(0).lateFrom);
}

TEST(Planner, noAlarmFiresBeforeTheInterviewEnds)
{
    Policy policy = berlinPolicy();
    policy.offsets.thankYouAlarmBeforeDue = ElapsedHours{30};
    policy.offsets.referenceHeadsUpAlarmBeforeDue = ElapsedHours{30};
    Interview interview = acmeInterview();
    interview.references = {person("Rita Ref")};
    interview.contactByDate = date(2026, 11, 3); // 09:00 that day is before the 15:00 end
    const Plan plan = planAt({interview}, policy);

    ASSERT_FALSE(plan.tasks.empty());
    for (const Task& task : plan.tasks)
        EXPECT_GE(task.alarm, interview.end) << kindName(task.kind);
    EXPECT_EQ(tasksOf(plan, TaskKind::ThankYou).at(0).alarm, interview.end);
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp).at(0).alarm, interview.end);
}

TEST(Planner, everyTaskNeedsActionAtSequenceZeroWithStableCategoriesAndAPriority)
{
    Interview interview = acmeInterview();
    interview.interviewers = {person("Jane Doe", "jane@acme.example")};
    const Plan plan = planAt({interview}, berlinPolicy());

    ASSERT_FALSE(plan.tasks.empty());
    for (const Task& task : plan.tasks) {
        EXPECT_EQ(task.status, TaskStatus::NeedsAction);
        EXPECT_EQ(task.sequence, 0);
        EXPECT_EQ(task.interview, interview.key);
        EXPECT_GE(task.priority, 1);
        EXPECT_LE(task.priority, 9);
        EXPECT_EQ(task.categories, plan.tasks.front().categories);
        EXPECT_FALSE(task.summary.empty());
        EXPECT_FALSE(task.description.empty());
    }
    // A late thank-you can cost the offer; a follow-up weeks later can wait.
    EXPECT_LT(tasksOf(plan, TaskKind::ThankYou).at(0).priority,
              tasksOf(plan, TaskKind::FollowUp).at(0).priority);
}

TEST(Planner, uidsComeFromTheInterviewKindOrdinalAndPersonAndAreStableAcrossRuns)
{
    Interview interview = acmeInterview();
    interview.key.recurrenceId = "20261103T130000Z";
    const Person jane = person("Jane Doe", "jane@acme.example");
    interview.interviewers = {jane};
    interview.contact = person("Carol Hr", "carol@acme.example");
    const Plan first = planAt({interview}, berlinPolicy());
    const Plan second = planAt({interview}, berlinPolicy());

    ASSERT_EQ(first.tasks.size(), second.tasks.size());
    for (std::size_t i = 0; i < first.tasks.size(); ++i) {
        EXPECT_EQ(first.tasks[i].uid, second.tasks[i].uid);
        EXPECT_EQ(first.tasks[i].description, second.tasks[i].description);
    }
    EXPECT_EQ(tasksOf(first, TaskKind::ThankYou).at(0).uid,
              taskUid(interview.key, TaskKind::ThankYou, 0, "", jane));
    EXPECT_EQ(tasksOf(first, TaskKind::FollowUp).at(1).uid,
              taskUid(interview.key, TaskKind::FollowUp, 2, "", interview.contact));
}

TEST(Planner, tasksAreSortedByInterviewStartThenKindThenOrdinal)
{
    const Interview later =
        acmeInterview("later@example.com", utc(2026, 11, 5, 9), utc(2026, 11, 5, 10));
    Interview earlier = acmeInterview("earlier@example.com");
    earlier.company = "Beta";
    const Plan plan = planAt({later, earlier}, berlinPolicy());

    ASSERT_GE(plan.tasks.size(), 4u);
    EXPECT_EQ(plan.tasks.front().interview, earlier.key);
    EXPECT_EQ(plan.tasks.back().interview, later.key);
    for (std::size_t i = 1; i < plan.tasks.size(); ++i) {
        const Task& a = plan.tasks[i - 1];
        const Task& b = plan.tasks[i];
        if (a.interview == b.interview) {
            EXPECT_LE(std::tie(a.kind, a.ordinal), std::tie(b.kind, b.ordinal));
        }
    }
}

TEST(Planner, cancelledAndSwitchedOffInterviewsGetNoTasks)
{
    Interview cancelled = acmeInterview("cancelled@example.com");
    cancelled.cancelled = true;
    Interview off = acmeInterview("off@example.com");
    off.company = "Beta";
    off.followUpsOff = true;
    const Plan plan = planAt({cancelled, off}, berlinPolicy());

    EXPECT_TRUE(plan.tasks.empty());
    EXPECT_TRUE(plan.outsideWindow.empty()); // inside the window: their old tasks get cancelled
}

TEST(Planner, defaultWindowReachesThirtyDaysBackAndAYearAhead)
{
    const Instant now = utc(2026, 6, 15, 12);
    const auto endingAt = [](const std::string& uid, Instant end) {
        Interview interview = acmeInterview(uid, end - hours(1), end);
        interview.company = uid; // so that no interview is an earlier round of another
        return interview;
    };
    const std::vector<Interview> separate{
        endingAt("31-days-ago", now - std::chrono::days{31}),
        endingAt("29-days-ago", now - std::chrono::days{29}),
        endingAt("364-days-ahead", now + std::chrono::days{364}),
        endingAt("366-days-ahead", now + std::chrono::days{366}),
    };
    const Plan plan = planAt(separate, berlinPolicy(), now);

    const std::set<InterviewKey> expectedOutside{separate[0].key, separate[3].key};
    EXPECT_EQ(plan.outsideWindow, expectedOutside);
    std::set<InterviewKey> planned;
    for (const Task& task : plan.tasks)
        planned.insert(task.interview);
    EXPECT_EQ(planned, (std::set<InterviewKey>{separate[1].key, separate[2].key}));
}

TEST(Planner, defaultWindowCountsCalendarDaysInTheUsersZone)
{
    // 15 April 14:00 CEST minus 30 days is 16 March 14:00 CET: 30 days and one hour earlier.
    const Instant now = utc(2026, 4, 15, 12);
    const TimeRange window = defaultPlanningWindow(berlinPolicy(), now);
    EXPECT_EQ(window.from, utc(2026, 3, 16, 13));
    EXPECT_EQ(window.to, utc(2027, 4, 15, 12));
}

TEST(Planner, anExplicitWindowIsHonoured)
{
    const Interview interview = acmeInterview();
    const Policy policy = berlinPolicy();
    const Plan inside =
        planFollowUps({interview}, policy, novemberNow(), TimeRange{interview.end, interview.end});
    const Plan outside = planFollowUps({interview}, policy, novemberNow(),
                                       TimeRange{interview.end + hours(1), utc(2027, 1, 1, 0)});
    EXPECT_FALSE(inside.tasks.empty());
    EXPECT_TRUE(outside.tasks.empty());
    EXPECT_EQ(outside.outsideWindow, std::set<InterviewKey>{interview.key});
}

// A situation that brings every kind of task: Acme rejected the user (with references and a
// deliverable), Gamma's offer was accepted (withdraw-notice to Beta, which was open then) and
// Delta, begun after the acceptance, is followed up.
std::vector<Interview> everyKindScenario()
{
    Interview acme = acmeInterview("acme@example.com");
    acme.interviewers = {person("Jane Doe", "jane@acme.example")};
    acme.references = {person("Rita Ref", "rita@old.example")};
    acme.deliverables = {Deliverable{"work sample", Due{date(2026, 11, 10)}}};
    acme.outcome = Outcome{OutcomeKind::Rejected, date(2026, 11, 6)};
    Interview beta = acmeInterview("beta@example.com", utc(2026, 11, 4, 9), utc(2026, 11, 4, 10));
    beta.company = "Beta";
    Interview gamma = acmeInterview("gamma@example.com", utc(2026, 11, 5, 9), utc(2026, 11, 5, 10));
    gamma.company = "Gamma";
    gamma.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 12)};
    Interview delta =
        acmeInterview("delta@example.com", utc(2026, 11, 13, 9), utc(2026, 11, 13, 10));
    delta.company = "Delta";
    return {acme, beta, gamma, delta};
}

class PlannerSwitch : public ::testing::TestWithParam<TaskKind>
{
};

TEST_P(PlannerSwitch, aRuleSwitchedOffGivesNoTaskOfItsKindAndLeavesTheOthers)
{
    const TaskKind off = GetParam();
    Policy policy = berlinPolicy();
    const Plan all = planAt(everyKindScenario(), policy, utc(2026, 11, 12, 12));
    for (const TaskKind kind : allTaskKinds)
        ASSERT_FALSE(tasksOf(all, kind).empty()) << kindName(kind);

    policy.rules.set(off, false);
    const Plan without = planAt(everyKindScenario(), policy, utc(2026, 11, 12, 12));
    for (const TaskKind kind : allTaskKinds) {
        if (kind == off) {
            EXPECT_TRUE(tasksOf(without, kind).empty()) << kindName(kind);
        } else {
            EXPECT_EQ(tasksOf(without, kind).size(), tasksOf(all, kind).size()) << kindName(kind);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(EveryKind, PlannerSwitch, ::testing::ValuesIn(allTaskKinds),
                         [](const ::testing::TestParamInfo<TaskKind>& kind) {
                             std::string name(kindName(kind.param));
                             std::erase(name, '-');
                             return name;
                         });

} // namespace
} // namespace followups
