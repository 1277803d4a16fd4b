// Follow-ups (SPEC §3): the first one from the contact-by date, the decision date or the end, the
// further ones in business days, how many, and weekends and holidays.
#include "followups/planner.h"
#include "planner_fixtures.h"

#include <gtest/gtest.h>

namespace followups
{
namespace
{

using namespace followups::testing;

std::vector<Date> followUpDates(const Plan& plan)
{
    std::vector<Date> dates;
    for (const Task& task : tasksOf(plan, TaskKind::FollowUp))
        dates.push_back(dueDate(task));
    return dates;
}

TEST(PlannerFollowUp, withoutADecisionDateTheFirstIsTwoWeeksAfterTheEnd)
{
    // Tue 3 Nov + 14 days = Tue 17 Nov; + 7 business days = Thu 26 Nov.
    const Plan plan = planAt({acmeInterview()}, berlinPolicy());
    EXPECT_EQ(followUpDates(plan), (std::vector<Date>{date(2026, 11, 17), date(2026, 11, 26)}));
    const auto followUps = tasksOf(plan, TaskKind::FollowUp);
    EXPECT_EQ(followUps.at(0).alarm, utc(2026, 11, 17, 8)); // 09:00 CET
    EXPECT_EQ(followUps.at(1).alarm, utc(2026, 11, 26, 8));
    EXPECT_EQ(followUps.at(0).ordinal, 1);
    EXPECT_EQ(followUps.at(1).ordinal, 2);
}

TEST(PlannerFollowUp, aDecisionOnFridayIsFollowedUpOnWednesday)
{
    Interview interview = acmeInterview();
    interview.decisionDate = date(2026, 11, 6); // Friday
    // Mon 9, Tue 10, Wed 11; then 7 business days: Thu 12 … Fri 20.
    EXPECT_EQ(followUpDates(planAt({interview}, berlinPolicy())),
              (std::vector<Date>{date(2026, 11, 11), date(2026, 11, 20)}));
}

TEST(PlannerFollowUp, aHolidayInBetweenShiftsTheFollowUpByADay)
{
    Interview interview = acmeInterview();
    interview.decisionDate = date(2026, 11, 6);
    Policy policy = berlinPolicy();
    policy.businessCalendar.addHoliday(date(2026, 11, 10));
    // Mon 9, (Tue 10 off), Wed 11, Thu 12; then Fri 13, Mon 16 … Mon 23.
    EXPECT_EQ(followUpDates(planAt({interview}, policy)),
              (std::vector<Date>{date(2026, 11, 12), date(2026, 11, 23)}));
}

TEST(PlannerFollowUp, theContactByDateReplacesTheFirstDueDate)
{
    Interview interview = acmeInterview();
    interview.decisionDate = date(2026, 11, 6);
    interview.contactByDate = date(2026, 11, 5); // Thursday
    // Then Fri 6, Mon 9 … Fri 13, Mon 16.
    EXPECT_EQ(followUpDates(planAt({interview}, berlinPolicy())),
              (std::vector<Date>{date(2026, 11, 5), date(2026, 11, 16)}));
}

TEST(PlannerFollowUp, offsetsAreConfigurable)
{
    Policy policy = berlinPolicy();
    policy.offsets.followUpWithoutDecision = CalendarDays{21};
    policy.offsets.followUpRepeat = BusinessDays{1};
    EXPECT_EQ(followUpDates(planAt({acmeInterview()}, policy)),
              (std::vector<Date>{date(2026, 11, 24), date(2026, 11, 25)}));

    Interview decided = acmeInterview();
    decided.decisionDate = date(2026, 11, 6);
    policy.offsets.followUpAfterDecision = BusinessDays{1};
    EXPECT_EQ(followUpDates(planAt({decided}, policy)).at(0), date(2026, 11, 9));
}

TEST(PlannerFollowUp, countDefaultsToTwoIsClampedToThreeAndZeroDisables)
{
    Policy policy = berlinPolicy();
    const Interview interview = acmeInterview();
    EXPECT_EQ(tasksOf(planAt({interview}, policy), TaskKind::FollowUp).size(), 2u);

    policy.offsets.followUpCount = 3;
    EXPECT_EQ(followUpDates(planAt({interview}, policy)),
              (std::vector<Date>{date(2026, 11, 17), date(2026, 11, 26), date(2026, 12, 7)}));
    policy.offsets.followUpCount = 10;
    EXPECT_EQ(tasksOf(planAt({interview}, policy), TaskKind::FollowUp).size(), 3u);
    policy.offsets.followUpCount = 0;
    EXPECT_TRUE(tasksOf(planAt({interview}, policy), TaskKind::FollowUp).empty());
    policy.offsets.followUpCount = -1;
    EXPECT_TRUE(tasksOf(planAt({interview}, policy), TaskKind::FollowUp).empty());
}

TEST(PlannerFollowUp, addressedToTheContactWithALinkToWriteToThem)
{
    Interview interview = acmeInterview();
    interview.contact = person("Carol Hr", "carol@acme.example");
    const auto followUps = tasksOf(planAt({interview}, berlinPolicy()), TaskKind::FollowUp);

    ASSERT_EQ(followUps.size(), 2u);
    for (const Task& task : followUps) {
        ASSERT_TRUE(task.person.has_value());
        EXPECT_EQ(task.person->email, "carol@acme.example");
        EXPECT_TRUE(task.url.starts_with("mailto:carol@acme.example?subject=")) << task.url;
    }
}

} // namespace
} // namespace followups
