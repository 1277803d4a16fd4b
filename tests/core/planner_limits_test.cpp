// The planner's limits (planner.h; issue 11): of one recurring series only the first occurrences
// in the window are planned, no task is planned outside the years a calendar file can hold, and a
// run plans at most policy.taskLimit tasks. What a limit leaves out is kept as it is by
// reconciliation (Plan::outsideWindow) and named in one warning.
#include "followups/identity.h"
#include "followups/planner.h"
#include "followups/reconcile.h"
#include "planner_fixtures.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <vector>

namespace followups
{
namespace
{

using namespace followups::testing;
using ::testing::HasSubstr;

// `count` hourly occurrences of one invite from 3 November 2026, 14:00 Berlin.
std::vector<Interview> hourlySeries(int count)
{
    std::vector<Interview> series;
    for (int hour = 0; hour < count; ++hour) {
        auto occurrence = acmeInterview("hourly@spam.example", utc(2026, 11, 3, 13 + hour),
                                        utc(2026, 11, 3, 14 + hour));
        occurrence.key.recurrenceId = "20261103T" + std::to_string(1300 + 100 * hour) + "00Z";
        occurrence.where = {"spam.ics", 4};
        occurrence.summary = "Interview with Initech";
        series.push_back(occurrence);
    }
    return series;
}

std::set<InterviewKey> plannedInterviews(const Plan& plan)
{
    std::set<InterviewKey> keys;
    for (const Task& task : plan.tasks)
        keys.insert(task.interview);
    return keys;
}

TEST(PlannerLimits, aSeriesGetsItsFirstOccurrencesInTheWindowWithOneWarningNamingIt)
{
    auto policy = berlinPolicy();
    policy.seriesLimit = 3;
    auto interviews = hourlySeries(8);
    const Plan plan = planAt(interviews, policy);

    const auto planned = plannedInterviews(plan);
    ASSERT_EQ(planned.size(), 3u);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(planned.contains(interviews[i].key), i < 3) << i;
    for (int i = 3; i < 8; ++i)
        EXPECT_TRUE(plan.outsideWindow.contains(interviews[i].key)) << i;
    ASSERT_EQ(plan.warnings.size(), 1u);
    EXPECT_EQ(formatWarning(plan.warnings[0]).rfind("spam.ics:4: ", 0), 0u);
    EXPECT_THAT(plan.warnings[0].message, HasSubstr("\"Interview with Initech\""));
    EXPECT_THAT(plan.warnings[0].message, HasSubstr("more than 3"));
}

TEST(PlannerLimits, aSingleInterviewIsNoSeriesAndOccurrencesBeforeTheWindowDoNotCount)
{
    auto policy = berlinPolicy();
    policy.seriesLimit = 1;
    auto interviews = hourlySeries(2);
    // One occurrence before the window (not history): it takes no place in the window's count.
    auto earlier = interviews[0];
    earlier.key.recurrenceId = "20260901T130000Z";
    earlier.start = utc(2026, 9, 1, 13);
    earlier.end = utc(2026, 9, 1, 14);
    interviews.insert(interviews.begin(), earlier);
    interviews.push_back(acmeInterview("single-1@example.com"));
    interviews.push_back(acmeInterview("single-2@example.com"));
    const Plan plan = planAt(interviews, policy);

    const auto planned = plannedInterviews(plan);
    EXPECT_TRUE(planned.contains(interviews[1].key));
    EXPECT_FALSE(planned.contains(interviews[2].key));
    EXPECT_TRUE(planned.contains(InterviewKey{"single-1@example.com", ""}));
    EXPECT_TRUE(planned.contains(InterviewKey{"single-2@example.com", ""}));
    EXPECT_EQ(plan.warnings.size(), 1u);
}

TEST(PlannerLimits, aRunPlansWholeInterviewsUpToTheTaskLimitWithOneWarning)
{
    std::vector<Interview> interviews;
    for (int i = 0; i < 5; ++i) {
        auto interview = acmeInterview("acme-" + std::to_string(i) + "@example.com",
                                       utc(2026, 11, 3, 8 + i), utc(2026, 11, 3, 9 + i));
        interview.where = {"cal.ics", 10 * (i + 1)};
        interview.company = "Company " + std::to_string(i); // five processes, not five rounds
        interviews.push_back(interview);
    }
    const auto perInterview = planAt({interviews[0]}, berlinPolicy()).tasks.size();
    ASSERT_GT(perInterview, 1u);
    auto policy = berlinPolicy();
    policy.taskLimit = static_cast<int>(2 * perInterview + perInterview / 2);
    const Plan plan = planAt(interviews, policy);

    EXPECT_EQ(plan.tasks.size(), 2 * perInterview); // never part of an interview
    const auto planned = plannedInterviews(plan);
    EXPECT_EQ(planned, (std::set<InterviewKey>{interviews[0].key, interviews[1].key}));
    for (int i = 2; i < 5; ++i)
        EXPECT_TRUE(plan.outsideWindow.contains(interviews[i].key)) << i;
    ASSERT_EQ(plan.warnings.size(), 1u);
    EXPECT_EQ(formatWarning(plan.warnings[0]).rfind("cal.ics:30: ", 0), 0u);
    EXPECT_THAT(plan.warnings[0].message, HasSubstr("(3 interviews)"));
}

// A deliverable promised "by 3100-01-01" was written as 00000000.
TEST(PlannerLimits, aTaskOutsideTheSupportedYearsIsLeftOutWithAWarning)
{
    auto interview = acmeInterview();
    interview.where = {"cal.ics", 7};
    interview.deliverables.push_back({"the report", Due{date(3100, 1, 1)}});
    const Plan plan = planAt({interview}, berlinPolicy());
    for (const Task& task : plan.tasks)
        EXPECT_NE(task.kind, TaskKind::Deliverable);
    EXPECT_FALSE(plan.tasks.empty()); // the interview's other tasks stay
    ASSERT_EQ(plan.warnings.size(), 1u);
    EXPECT_EQ(formatWarning(plan.warnings[0]).rfind("cal.ics:7: ", 0), 0u);
    EXPECT_THAT(plan.warnings[0].message, HasSubstr("1900–2999"));
}

// What a limit left out is kept as it is by reconciliation, never cancelled.
TEST(PlannerLimits, theTasksOfOccurrencesOverTheLimitAreKeptNotCancelled)
{
    auto policy = berlinPolicy();
    const auto interviews = hourlySeries(3);
    const Plan before = planAt(interviews, policy);
    std::vector<ExistingTask> stored;
    for (const Task& task : before.tasks)
        stored.push_back({task, contentHash(task), {}, {}});

    policy.seriesLimit = 1;
    const Plan after = planAt(interviews, policy);
    for (const auto& step : reconcile(after.tasks, stored, {after.outsideWindow, novemberNow()}))
        EXPECT_NE(step.action, ReconcileAction::Cancel) << step.task.uid;
}

} // namespace
} // namespace followups
