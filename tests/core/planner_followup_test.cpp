// Follow-ups (SPEC §3): the first one from the contact-by date, the decision date or the end, the
// further ones in business days, how many, and weekends and holidays.
#include "followups/planner.h"
#include "planner_fixtures.h"

#include <array>
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

// Issue 13: "end + 14 days" fell on Sundays, and a contact-by date was taken as it was written.
TEST(PlannerFollowUp, aFallbackDateOnAWeekendMovesToTheNextBusinessDay)
{
    // Ends Sun 1 Nov; + 14 days = Sun 15 Nov → Mon 16 Nov; + 7 business days = Wed 25 Nov.
    const Interview sunday = acmeInterview("sunday", utc(2026, 11, 1, 13), utc(2026, 11, 1, 14));
    const Plan plan = planAt({sunday}, berlinPolicy());
    EXPECT_EQ(followUpDates(plan), (std::vector<Date>{date(2026, 11, 16), date(2026, 11, 25)}));
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp).at(0).alarm, utc(2026, 11, 16, 8));
}

TEST(PlannerFollowUp, aContactByDateOnAWeekendOrHolidayMovesToTheNextBusinessDay)
{
    Interview interview = acmeInterview();
    interview.contactByDate = date(2026, 11, 7); // Saturday
    Policy policy = berlinPolicy();
    EXPECT_EQ(followUpDates(planAt({interview}, policy)).at(0), date(2026, 11, 9));
    interview.contactByDate = date(2026, 11, 10); // a Tuesday, made a holiday
    policy.businessCalendar.addHoliday(date(2026, 11, 10));
    EXPECT_EQ(followUpDates(planAt({interview}, policy)).at(0), date(2026, 11, 11));
}

// The morning reminder of a business day that is also a DST day (Friday and Saturday off, so the
// Sundays Berlin changes its clocks are working days): 09:00 in the day's own offset, and a
// morning time the change skips or repeats as RFC 5545 §3.3.5 reads it.
TEST(PlannerFollowUp, theMorningReminderOfADstDayIsInThatDaysOffset)
{
    Policy policy = berlinPolicy();
    std::array<bool, 7> fridayAndSaturday{};
    fridayAndSaturday[5] = fridayAndSaturday[6] = true;
    policy.businessCalendar.setWeekend(fridayAndSaturday);
    const auto firstFollowUp = [&](Date contactBy, Instant now) {
        Interview interview =
            acmeInterview("dst", now - std::chrono::hours{26}, now - std::chrono::hours{25});
        interview.contactByDate = contactBy;
        const auto followUps = tasksOf(planAt({interview}, policy, now), TaskKind::FollowUp);
        EXPECT_EQ(dueDate(followUps.at(0)), contactBy);
        return followUps.at(0).alarm;
    };
    const Instant march = utc(2026, 3, 20, 12);
    const Instant october = utc(2026, 10, 20, 12);
    // Sun 29 Mar, 09:00 CEST (+02:00, since 01:00 UTC that night).
    EXPECT_EQ(firstFollowUp(date(2026, 3, 29), march), utc(2026, 3, 29, 7));
    // Sun 25 Oct, 09:00 CET (+01:00, since 01:00 UTC that night).
    EXPECT_EQ(firstFollowUp(date(2026, 10, 25), october), utc(2026, 10, 25, 8));
    policy.morning = TimeOfDay{2 * 60 + 30};
    // 02:30 does not exist on 29 Mar: an hour later on the new clock, 03:30 CEST.
    EXPECT_EQ(firstFollowUp(date(2026, 3, 29), march), utc(2026, 3, 29, 1, 30));
    // 02:30 occurs twice on 25 Oct: the first, at +02:00.
    EXPECT_EQ(firstFollowUp(date(2026, 10, 25), october), utc(2026, 10, 25, 0, 30));
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
