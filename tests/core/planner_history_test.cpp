// History (planner.h): interviews that ended more than a year before the planning window take no
// part in planning, so rounds, outcomes and acceptances of past job searches do not shape today's.
#include "followups/planner.h"
#include "planner_fixtures.h"

#include <gtest/gtest.h>

namespace followups
{
namespace
{

using namespace followups::testing;

const TimeRange window{utc(2026, 10, 1, 0), utc(2026, 12, 1, 0)};

Plan planInWindow(const std::vector<Interview>& interviews)
{
    return planFollowUps(interviews, berlinPolicy(), novemberNow(), window);
}

Interview roundEnding(std::string uid, Instant end)
{
    return acmeInterview(std::move(uid), end - std::chrono::hours{1}, end);
}

TEST(PlannerHistory, anInterviewEndingMoreThanAYearBeforeTheWindowIsHistory)
{
    const Instant horizon = window.from - historyHorizon;
    EXPECT_TRUE(isHistory(roundEnding("old", horizon - std::chrono::seconds{1}), window));
    EXPECT_FALSE(isHistory(roundEnding("old", horizon), window));
}

TEST(PlannerHistory, aHistoryInterviewIsOnlyReportedOutsideTheWindow)
{
    const Interview old = roundEnding("old@example.com", utc(2024, 5, 6, 10));
    const Plan plan = planInWindow({old, acmeInterview()});
    EXPECT_EQ(plan.outsideWindow, std::set<InterviewKey>{old.key});
    EXPECT_TRUE(tasksOf(plan, TaskKind::Debrief, old.key).empty());
}

TEST(PlannerHistory, anOutcomeOnAHistoryRoundDoesNotCloseTodaysProcess)
{
    Interview old = roundEnding("old@example.com", utc(2024, 5, 6, 10));
    old.outcome = Outcome{OutcomeKind::Rejected, date(2024, 5, 20)};
    const Interview current = acmeInterview();
    const Plan plan = planInWindow({old, current});
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, current.key).size(), 2u);
    EXPECT_TRUE(tasksOf(plan, TaskKind::Feedback).empty());

    // Within the year, the same round is part of the process, and its rejection applies.
    Interview recent = roundEnding("recent@example.com", utc(2026, 3, 2, 10));
    recent.outcome = old.outcome;
    const Plan spanning = planInWindow({recent, current});
    EXPECT_TRUE(tasksOf(spanning, TaskKind::FollowUp, current.key).empty());
    EXPECT_EQ(tasksOf(spanning, TaskKind::Feedback, current.key).size(), 1u);
}

TEST(PlannerHistory, anOfferAcceptedOnAHistoryInterviewBringsNoWithdrawNotice)
{
    // The acceptance is dated recently, but the interview it was written on is years old.
    Interview accepted = roundEnding("gamma@example.com", utc(2023, 2, 6, 10));
    accepted.company = "Gamma";
    accepted.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 4)};
    // A process that began before that interview and goes on today.
    Interview betaOld = roundEnding("beta-1@example.com", utc(2023, 1, 9, 10));
    betaOld.company = "Beta";
    Interview betaNow = acmeInterview("beta-2@example.com");
    betaNow.company = "Beta";
    const Plan plan = planInWindow({accepted, betaOld, betaNow});

    EXPECT_TRUE(tasksOf(plan, TaskKind::WithdrawNotice).empty());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, betaNow.key).size(), 2u);
    EXPECT_EQ(plan.outsideWindow, (std::set<InterviewKey>{accepted.key, betaOld.key}));
}

} // namespace
} // namespace followups
