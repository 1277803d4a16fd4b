// readTasks: what the writer wrote comes back field for field (both shapes), and what a user's app
// changed (completion, foreign tasks) is read as the app wrote it.
#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "task_expectations.h"

#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

namespace followups::ical
{
namespace
{

using namespace std::chrono;
using namespace std::chrono_literals;
using followups::testing::expectSameTask;

const Zone berlin = *Zone::fromId("Europe/Berlin");

Task timedTask()
{
    Task task;
    task.uid = "ifu-thank-you-1@example";
    task.kind = TaskKind::ThankYou;
    task.summary = "Thank Ian, Acme";
    task.description = "Write to Ian.\nMention the design question; keep it short.";
    task.due = Due{sys_days{2026y / 11 / 6} + 13h}; // 14:00 Berlin
    task.alarm = sys_days{2026y / 11 / 6} + 12h;
    task.status = TaskStatus::NeedsAction;
    task.priority = 1;
    task.categories = {"Interview follow-up", "Acme, Inc"};
    task.interview = {"interview-uid@acme", "20261105T130000Z"};
    task.person = Person{"Ian Interviewer", "ian@acme.example", ""};
    task.url = "mailto:ian@acme.example?subject=Thank%20you";
    task.sequence = 2;
    return task;
}

Task allDayTask()
{
    Task task;
    task.uid = "ifu-follow-up-2@example";
    task.kind = TaskKind::FollowUp;
    task.ordinal = 2;
    task.summary = "Follow up with Acme";
    task.due = Due{Date{2026y / 11 / 20}};
    task.alarm = sys_days{2026y / 11 / 20} + 8h; // 09:00 Berlin
    task.interview = {"interview-uid@acme", ""};
    task.person = Person{"Rita", "", "+49 30 1234"};
    task.url = "tel:+49301234";
    return task;
}

TasksRead writeAndRead(Shape shape)
{
    WriteOptions options;
    options.shape = shape;
    options.userZone = berlin;
    options.dtstamp = sys_days{2026y / 11 / 5} + 16h;
    const auto text = writeCalendar(
        {{timedTask(), {"ifu-thank-you-1@example", "x@example"}, {}}, {allDayTask(), {}, {}}},
        options);
    return readTasks(text, "tasks.ics", berlin);
}

TEST(ReadTasks, TodosComeBackAsWritten)
{
    const auto read = writeAndRead(Shape::Todos);
    ASSERT_FALSE(read.error);
    EXPECT_TRUE(read.warnings.empty());
    ASSERT_EQ(read.tasks.size(), 2u);
    expectSameTask(read.tasks[0].task, timedTask());
    expectSameTask(read.tasks[1].task, allDayTask());
    EXPECT_TRUE(read.tasks[0].recordedHash);
    EXPECT_EQ(read.tasks[0].issuedSiblings,
              (std::vector<std::string>{"ifu-thank-you-1@example", "x@example"}));
    EXPECT_NE(read.tasks[0].originalText.find("BEGIN:VTODO"), std::string::npos);
    EXPECT_NE(read.tasks[0].originalText.find("ifu-thank-you-1@example"), std::string::npos);
}

TEST(ReadTasks, ReminderEventsComeBackAsTheirTasks)
{
    const auto read = writeAndRead(Shape::Events);
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.tasks.size(), 2u);
    expectSameTask(read.tasks[0].task, timedTask());
    // An all-day task's event starts at 09:00 local; the date comes back, not the time.
    expectSameTask(read.tasks[1].task, allDayTask());
    EXPECT_TRUE(read.tasks[1].recordedHash);
}

TEST(ReadTasks, UserEditsAndForeignTasks)
{
    const std::string text = "BEGIN:VCALENDAR\r\n"
                             "BEGIN:VTODO\r\n" // 2: ours, completed in Thunderbird
                             "UID:ours-1\r\n"
                             "SUMMARY:Debrief\r\n"
                             "DUE;VALUE=DATE:20261105\r\n"
                             "COMPLETED:20261105T180000Z\r\n"
                             "X-IFU-KIND:debrief\r\n"
                             "X-IFU-HASH:abc123\r\n"
                             "RELATED-TO;RELTYPE=SIBLING:other\r\n"
                             "RELATED-TO:interview-uid\r\n"
                             "BEGIN:VALARM\r\n"
                             "ACTION:DISPLAY\r\n"
                             "TRIGGER;RELATED=END:-PT30M\r\n"
                             "END:VALARM\r\n"
                             "END:VTODO\r\n"
                             "BEGIN:VTODO\r\n" // 16: the user's own task
                             "UID:shopping\r\n"
                             "SUMMARY:Buy milk\r\n"
                             "PERCENT-COMPLETE:100\r\n"
                             "STATUS:IN-PROCESS\r\n"
                             "END:VTODO\r\n"
                             "BEGIN:VEVENT\r\n" // 22: an ordinary event: not a task
                             "UID:meeting-event\r\n"
                             "DTSTART:20261105T100000Z\r\n"
                             "END:VEVENT\r\n"
                             "BEGIN:VTODO\r\n"
                             "UID:cancelled-one\r\n"
                             "STATUS:cancelled\r\n"
                             "END:VTODO\r\n"
                             "END:VCALENDAR\r\n";
    const auto read = readTasks(text, "tasks.ics", berlin);
    ASSERT_EQ(read.tasks.size(), 3u);
    const auto& ours = read.tasks[0];
    EXPECT_EQ(ours.task.status, TaskStatus::Completed);
    EXPECT_EQ(ours.recordedHash, "abc123");
    EXPECT_EQ(ours.task.kind, TaskKind::Debrief);
    EXPECT_EQ(ours.task.interview.uid, "interview-uid");
    EXPECT_EQ(ours.task.due, Due{Date{2026y / 11 / 5}});
    // 30 minutes before the DATE due's start: midnight Berlin (+01:00) is 23:00 UTC the day before.
    EXPECT_EQ(ours.task.alarm, sys_days{2026y / 11 / 4} + 22h + 30min);

    EXPECT_EQ(read.tasks[1].task.uid, "shopping");
    EXPECT_FALSE(read.tasks[1].recordedHash);
    EXPECT_EQ(read.tasks[1].task.status, TaskStatus::Completed);
    EXPECT_EQ(read.tasks[2].task.status, TaskStatus::Cancelled);
}

// The file is the user's (issue 11): each task's text and everything else come back exactly as
// found, line ends, folds, invalid UTF-8 and all; only the three lines the writer writes itself
// are left out.
TEST(ReadTasks, EverythingInTheFileComesBackAsFound)
{
    const std::string todo = "BEGIN:VTODO\n"
                             "UID:caf\xE9\n"
                             "SUMMARY:Caf\xE9 with R\xE9mi\n"
                             "X-APP:folded\n"
                             " on two lines\n"
                             "BEGIN:VALARM\n"
                             "TRIGGER:not a duration\n"
                             "END:VALARM\n"
                             "END:VTODO\n";
    const std::string zone = "BEGIN:VTIMEZONE\r\n"
                             "TZID:\"Customized Time Zone\"\r\n"
                             "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0130\r\n"
                             "TZOFFSETTO:+0130\r\nEND:STANDARD\r\n"
                             "END:VTIMEZONE\r\n";
    const std::string journal = "BEGIN:VJOURNAL\r\nUID:j\r\nBEGIN:VTODO\r\nUID:inside\r\n"
                                "END:VTODO\r\nEND:VJOURNAL\r\n";
    const std::string custom = "BEGIN:X-APP-THING\r\nX-A:1\r\nEND:X-APP-THING\r\n";
    const std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                             "X-WR-CALNAME:Mine\r\nMETHOD:PUBLISH\r\n" +
                             zone + todo + journal + custom + "END:VCALENDAR\r\n";
    const auto read = readTasks(text, "tasks.ics", berlin);
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.tasks.size(), 1u); // the VTODO inside the journal is the journal's
    EXPECT_EQ(read.tasks[0].originalText, todo);
    EXPECT_EQ(read.kept.calendarProperties,
              (std::vector<std::string>{"X-WR-CALNAME:Mine\r\n", "METHOD:PUBLISH\r\n"}));
    ASSERT_EQ(read.kept.components.size(), 3u);
    EXPECT_EQ(read.kept.components[0].name, "VTIMEZONE");
    EXPECT_EQ(read.kept.components[0].tzid, "Customized Time Zone");
    EXPECT_EQ(read.kept.components[0].text, zone);
    EXPECT_EQ(read.kept.components[1].text, journal);
    EXPECT_EQ(read.kept.components[2].name, "X-APP-THING");
    EXPECT_EQ(read.kept.components[2].text, custom);
    // Only kept, never looked into: no word about its unreadable TRIGGER or its Latin-1.
    EXPECT_TRUE(read.warnings.empty()) << formatWarning(read.warnings.front());
}

// What can't be written back whole refuses the run (SPEC §4: kept verbatim, or refused).
TEST(ReadTasks, WhatCantBeKeptIsAnErrorWithItsLine)
{
    const std::string head = "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:a\r\n";
    const std::vector<std::pair<std::string, std::string>> cases{
        {head + std::string{"SUMMARY:x\0y\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", 39},
         "tasks.ics:4: NUL byte"},
        {head + "SUMMARY:cut", "tasks.ics:2: BEGIN:VTODO is not closed before the end of the file"},
        {head + "END:VTODO\r\n", "tasks.ics:1: BEGIN:VCALENDAR is not closed"},
        {head + "END:VCALENDAR\r\n",
         "tasks.ics:2: BEGIN:VTODO is closed by the END of an enclosing"},
        {"From: someone\r\n" + head + "END:VTODO\r\nEND:VCALENDAR\r\n",
         "tasks.ics:1: text outside any calendar component"},
    };
    for (const auto& [text, expected] : cases) {
        const auto read = readTasks(text, "tasks.ics", berlin);
        ASSERT_TRUE(read.error) << expected;
        EXPECT_EQ(formatWarning(*read.error).rfind(expected, 0), 0u) << formatWarning(*read.error);
        EXPECT_TRUE(read.tasks.empty());
    }
}

TEST(ReadTasks, TextThatIsNotICalendarIsAnError)
{
    const auto read = readTasks("{\"tasks\": []}", "tasks.json", berlin);
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->where.line, 1);
}

} // namespace
} // namespace followups::ical
