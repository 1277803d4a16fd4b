// What `plan` says on standard error besides warnings (cli/plan_report.h): the summary line, the
// explanations of --explain, whom it took for the user.
#include "plan_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace followups::cli
{
namespace
{

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

Instant utc(int y, unsigned m, unsigned d, int hour)
{
    return std::chrono::sys_days{std::chrono::year{y} / m / d} + std::chrono::hours{hour};
}

const Zone& berlin()
{
    static const Zone zone = *Zone::fromId("Europe/Berlin");
    return zone;
}

Task taskDue(Due due, TaskStatus status = TaskStatus::NeedsAction)
{
    Task task;
    task.due = due;
    task.status = status;
    return task;
}

UserIdentity owner()
{
    UserIdentity user;
    user.source = UserIdentity::Source::CalendarOwner;
    user.addresses = {"sam@gmail.com"};
    return user;
}

TEST(PlanReport, countsTasksByStatusAndOverdueOpenOnes)
{
    const Instant now = utc(2026, 11, 22, 9); // 10:00 in Berlin
    PlanCounts counts;
    countTasks({taskDue(Due{utc(2026, 11, 22, 8)}),                       // an hour ago
                taskDue(Due{utc(2026, 11, 22, 10)}),                      // ahead
                taskDue(Due{Date{std::chrono::year{2026} / 11 / 21}}),    // yesterday
                taskDue(Due{Date{std::chrono::year{2026} / 11 / 22}}),    // today: not yet late
                taskDue(Due{utc(2026, 11, 1, 8)}, TaskStatus::Completed), // done, not overdue
                taskDue(Due{utc(2026, 11, 1, 8)}, TaskStatus::Cancelled)},
               now, berlin(), counts);
    EXPECT_EQ(counts.open, 4u);
    EXPECT_EQ(counts.overdue, 2u);
    EXPECT_EQ(counts.done, 1u);
    EXPECT_EQ(counts.cancelled, 1u);
}

TEST(PlanReport, summaryLineSaysEventsInterviewsTasksAndWhoYouAre)
{
    PlanCounts counts;
    counts.eventsRead = 12;
    counts.tally.taken = 6;
    counts.tally.nearMisses = 2;
    counts.tally.outsideWindow = 2;
    counts.tally.cancelled = 1;
    counts.open = 22;
    counts.overdue = 5;
    const std::string line = summaryLine(counts, owner());
    EXPECT_EQ(line, "interview-followups: 12 events read, 6 interviews (2 near misses, 2 outside "
                    "the window, 1 cancelled); 22 tasks: 22 to do (5 overdue), 0 done, 0 "
                    "cancelled; you: sam@gmail.com (the calendar's X-WR-CALNAME)\n");

    counts.eventsRead = 1;
    counts.tally = {};
    counts.tally.taken = 1;
    counts.tally.nearMisses = 1;
    EXPECT_THAT(
        summaryLine(counts, owner()),
        AllOf(HasSubstr("1 event read, 1 interview (1 near miss)"), Not(HasSubstr("outside"))));
}

TEST(PlanReport, summaryLineSaysWhenNoInterviewWasFound)
{
    PlanCounts counts;
    counts.eventsRead = 2;
    counts.tally.nearMisses = 1;
    EXPECT_THAT(summaryLine(counts, UserIdentity{}),
                AllOf(StartsWith("interview-followups: no interviews found in 2 events read"),
                      HasSubstr("1 near miss"), HasSubstr("--explain"),
                      HasSubstr("you: unknown (set --me)")));
}

TEST(PlanReport, userTextSaysWhy)
{
    UserIdentity user;
    user.addresses = {"sam@outlook.com"};
    user.source = UserIdentity::Source::Configured;
    EXPECT_EQ(userText(user), "sam@outlook.com (your settings)");
    user.source = UserIdentity::Source::Attendance;
    user.attended = 5;
    user.eventsWithAttendees = 6;
    EXPECT_EQ(userText(user), "sam@outlook.com (attends 5 of the 6 events with attendees)");
}

TEST(PlanReport, explanationSaysWhatWasReadAndWhy)
{
    Explanation taken;
    taken.where = {"cal.ics", 40};
    taken.summary = "Invitation: Interview with Jane Doe";
    taken.start = utc(2026, 11, 24, 13);
    taken.cues = {{Cue::Kind::Keyword, "interview"}, {Cue::Kind::Category, "Job"}};
    taken.company = "Northwind Labs";
    taken.companyFrom = ValueSource::OrganizerAddress;
    taken.persons = {
        {{"Jane Doe", "jane@northwind-labs.com", ""},
         PersonExplanation::Source::Organizer,
         PersonExplanation::Verdict::Thanked},
        {{"Talent", "talent@northwind-labs.com", ""},
         PersonExplanation::Source::Attendee,
         PersonExplanation::Verdict::RoleMailbox},
    };
    taken.contact = Person{"Jane Doe", "jane@northwind-labs.com", ""};
    EXPECT_EQ(explanationText(taken, berlin()),
              "cal.ics:40: \"Invitation: Interview with Jane Doe\" (2026-11-24 14:00)\n"
              "  looked like an interview: the keyword \"interview\" in the title; the category "
              "\"Job\"\n"
              "  taken\n"
              "  company: Northwind Labs (from the organizer's address); role: unknown\n"
              "  thanked: Jane Doe <jane@northwind-labs.com> (organizer)\n"
              "  not thanked: Talent <talent@northwind-labs.com> (attendee: a role mailbox, "
              "beside named interviewers)\n"
              "  contact: Jane Doe <jane@northwind-labs.com>\n");

    Explanation outside = taken;
    outside.verdict = Verdict::OutsideWindow;
    outside.window = TimeRange{utc(2026, 10, 23, 8), utc(2027, 11, 22, 9)};
    EXPECT_THAT(explanationText(outside, berlin()),
                HasSubstr("outside the planning window (2026-10-23 to 2027-11-22)"));

    Explanation excluded;
    excluded.where = {"cal.ics", 90};
    excluded.summary = "Mock interview\x1B[2J";
    excluded.verdict = Verdict::ExclusionWord;
    excluded.word = "mock";
    const std::string text = explanationText(excluded, berlin());
    EXPECT_THAT(text, HasSubstr("  not taken: the exclusion word \"mock\" in the title\n"));
    EXPECT_THAT(text, Not(HasSubstr("company:"))); // nothing was read
    EXPECT_EQ(text.find('\x1B'), std::string::npos);
}

TEST(PlanReport, theUnknownUserWarningSaysHowToSetMe)
{
    EXPECT_THAT(unknownUserWarning().message, AllOf(HasSubstr("--me"), HasSubstr("config")));
}

} // namespace
} // namespace followups::cli
