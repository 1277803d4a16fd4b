// A --tasks file is the user's file (SPEC §4; issue 11): what the user changed survives any number
// of runs in both shapes and whatever the window, and what the product does not own comes back as
// it was — or the run is refused and the file left alone. Each test is named after what was lost.
#include "cli_runner.h"
#include "ics_blocks.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace followups::cli::testing
{
namespace
{

using followups::testing::blocksByUid;
using followups::testing::componentBlocks;
using followups::testing::propertyValue;
using followups::testing::withoutAlarmBlocks;
using ::testing::HasSubstr;
using ::testing::Not;

// The block of `blocks` whose X-IFU-KIND is `kind` (the first one).
std::string blockOfKind(const std::map<std::string, std::string>& blocks, const std::string& kind)
{
    for (const auto& [uid, block] : blocks) {
        if (propertyValue(block, "X-IFU-KIND") == kind)
            return block;
    }
    return {};
}

// `text` with its first `from` replaced by `to`; the test fails when `from` is not there.
std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

// A user's to-do from another app, as Thunderbird or an older libical writes it.
const std::string groceries = "BEGIN:VTODO\r\n"
                              "UID:groceries-1@example.org\r\n"
                              "DTSTAMP:20261120T080000Z\r\n"
                              "SUMMARY:Buy milk\r\n"
                              "STATUS:NEEDS-ACTION\r\n"
                              "END:VTODO\r\n";

// Whether `text` holds `block` as it is; says only which block's first lines are missing.
::testing::AssertionResult holds(const std::string& text, const std::string& block)
{
    if (text.find(block) != std::string::npos)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "missing, or not as it was: " << block.substr(0, block.find('\n', 80));
}

class TasksFileKept : public ::testing::Test
{
protected:
    void SetUp() override { sandbox.write("cal.ics", calendar(acmeInterview())); }

    RunResult plan(const std::vector<std::string>& more, const std::string& now = fixedNow)
    {
        std::vector<std::string> arguments{"plan", "cal.ics", "--now", now};
        arguments.insert(arguments.end(), more.begin(), more.end());
        return sandbox.run(arguments);
    }

    // Adds `components` (whole blocks, CRLF) before the END:VCALENDAR of `name`.
    void addComponents(const std::string& name, const std::string& components)
    {
        auto text = sandbox.read(name);
        text.insert(text.rfind("END:VCALENDAR"), components);
        sandbox.write(name, text);
    }

    CliSandbox sandbox;
};

TEST_F(TasksFileKept, eventShapeKeepsAnEditedSummaryAMovedReminderAndACompletionOverTwoRuns)
{
    ASSERT_EQ(plan({"--as", "events", "-o", "r.ics"}).exitCode, 0);
    const auto exported = sandbox.read("r.ics");
    const auto events = blocksByUid(exported, "VEVENT");
    const auto debrief = blockOfKind(events, "debrief");
    const auto thankYou = blockOfKind(events, "thank-you");
    const auto followUp = blockOfKind(events, "follow-up");
    ASSERT_FALSE(debrief.empty());
    ASSERT_FALSE(thankYou.empty());
    ASSERT_FALSE(followUp.empty());

    // As Google Calendar or a script would leave them: a new title, the reminder moved two days
    // later, the follow-up marked done.
    const auto renamed =
        replaced(debrief, "SUMMARY:Write down", "SUMMARY:Notes for Acme! Write down");
    auto moved = thankYou;
    for (const char* property : {"DTSTART", "DTEND"}) {
        const std::string value = propertyValue(thankYou, property);
        moved = replaced(moved, value, replaced(value, "20261202", "20261204"));
    }
    const auto done = replaced(followUp, "X-IFU-STATUS:NEEDS-ACTION", "X-IFU-STATUS:COMPLETED");
    auto edited = replaced(exported, debrief, renamed);
    edited = replaced(edited, thankYou, moved);
    edited = replaced(edited, followUp, done);
    sandbox.write("r.ics", edited);

    for (int run = 1; run <= 2; ++run) {
        SCOPED_TRACE(run);
        const auto result = plan({"--as", "events", "--tasks", "r.ics", "-o", "r.ics"});
        ASSERT_EQ(result.exitCode, 0) << result.err;
        const auto after = sandbox.read("r.ics");
        EXPECT_TRUE(holds(after, renamed));
        EXPECT_TRUE(holds(after, moved));
        // Done, it no longer reminds (issue 14); the rest is as the user left it.
        EXPECT_TRUE(holds(after, withoutAlarmBlocks(done)));
        EXPECT_THAT(done, HasSubstr("BEGIN:VALARM"));
    }
}

TEST_F(TasksFileKept, tasksOfAnInterviewOutsideTheWindowAreKeptByteForByteAndStayTheUsers)
{
    ASSERT_EQ(plan({"-o", "t.ics"}).exitCode, 0);
    const auto exported = sandbox.read("t.ics");
    const auto todos = blocksByUid(exported, "VTODO");
    const auto debrief = blockOfKind(todos, "debrief");
    const auto thankYou = blockOfKind(todos, "thank-you");
    const auto renamed = replaced(debrief, "SUMMARY:Write down", "SUMMARY:Notes! Write down");
    const auto completed =
        replaced(thankYou, "STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nCOMPLETED:20261202T100000Z");
    sandbox.write("t.ics", replaced(replaced(exported, debrief, renamed), thankYou, completed));
    const auto edited = sandbox.read("t.ics");

    // Months later the interview has left the window (not yet history): its tasks stay as found.
    const auto later = plan({"--tasks", "t.ics", "-o", "t.ics"}, "2027-03-01T09:00:00Z");
    ASSERT_EQ(later.exitCode, 0) << later.err;
    const auto afterLater = sandbox.read("t.ics");
    for (const auto& block : componentBlocks(edited, "VTODO"))
        EXPECT_TRUE(holds(afterLater, block));

    // Planned again (the clock set back, say): the user's changes are still the user's; the
    // completed one, back in the window, no longer reminds (issue 14).
    const auto again = plan({"--tasks", "t.ics", "-o", "t.ics"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const auto afterAgain = sandbox.read("t.ics");
    EXPECT_TRUE(holds(afterAgain, renamed));
    EXPECT_TRUE(holds(afterAgain, withoutAlarmBlocks(completed)));
}

TEST_F(TasksFileKept, aNulByteInTheTasksFileRefusesTheRunAndLeavesTheFile)
{
    ASSERT_EQ(plan({"-o", "t.ics"}).exitCode, 0);
    auto text = sandbox.read("t.ics");
    text.insert(text.find("BEGIN:VTODO") + 20, std::string(1, '\0'));
    sandbox.write("t.ics", text);

    const auto result = plan({"--tasks", "t.ics", "-o", "t.ics"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_THAT(result.err, HasSubstr("t.ics:"));
    EXPECT_THAT(result.err, HasSubstr("NUL"));
    EXPECT_EQ(sandbox.read("t.ics"), text);
}

TEST_F(TasksFileKept, aTruncatedTasksFileRefusesTheRunAndLeavesTheFile)
{
    ASSERT_EQ(plan({"-o", "t.ics"}).exitCode, 0);
    auto text = sandbox.read("t.ics");
    text.resize(text.rfind("END:VTODO") - 10);
    sandbox.write("t.ics", text);

    const auto result = plan({"--tasks", "t.ics", "-o", "t.ics"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_THAT(result.err, HasSubstr("truncated"));
    EXPECT_EQ(sandbox.read("t.ics"), text);
}

TEST_F(TasksFileKept, eventsJournalsAndFreeBusyInTheTasksFileAreKept)
{
    ASSERT_EQ(plan({"-o", "mycal.ics"}).exitCode, 0);
    const std::string others = "BEGIN:VEVENT\r\n"
                               "UID:dentist@example.org\r\n"
                               "DTSTAMP:20261120T080000Z\r\n"
                               "DTSTART:20261210T090000Z\r\n"
                               "DURATION:PT1H\r\n"
                               "SUMMARY:Dentist\r\n"
                               "END:VEVENT\r\n"
                               "BEGIN:VJOURNAL\r\n"
                               "UID:journal@example.org\r\n"
                               "DTSTAMP:20261120T080000Z\r\n"
                               "DESCRIPTION:Felt good about Acme.\r\n"
                               "END:VJOURNAL\r\n"
                               "BEGIN:VFREEBUSY\r\n"
                               "UID:busy@example.org\r\n"
                               "DTSTAMP:20261120T080000Z\r\n"
                               "FREEBUSY:20261210T090000Z/PT1H\r\n"
                               "END:VFREEBUSY\r\n";
    addComponents("mycal.ics", others);

    for (int run = 1; run <= 2; ++run) {
        SCOPED_TRACE(run);
        const auto result = plan({"--tasks", "mycal.ics", "-o", "mycal.ics"});
        ASSERT_EQ(result.exitCode, 0) << result.err;
        EXPECT_TRUE(holds(sandbox.read("mycal.ics"), others));
    }
}

TEST_F(TasksFileKept, anotherAppsTodoStaysAsItWasInTheEventShape)
{
    ASSERT_EQ(plan({"--as", "events", "-o", "r.ics"}).exitCode, 0);
    addComponents("r.ics", groceries);

    for (int run = 1; run <= 2; ++run) {
        SCOPED_TRACE(run);
        const auto result = plan({"--as", "events", "--tasks", "r.ics", "-o", "r.ics"});
        ASSERT_EQ(result.exitCode, 0) << result.err;
        const auto after = sandbox.read("r.ics");
        EXPECT_TRUE(holds(after, groceries));
        EXPECT_FALSE(blocksByUid(after, "VEVENT").contains("groceries-1@example.org-event"));
    }
}

TEST_F(TasksFileKept, anotherAppsTaskKeepsItsUnreadableAlarmItsOwnZoneAndItsLatin1Text)
{
    ASSERT_EQ(plan({"-o", "t.ics"}).exitCode, 0);
    const std::string zone = "BEGIN:VTIMEZONE\r\n"
                             "TZID:Customized Time Zone\r\n"
                             "BEGIN:STANDARD\r\n"
                             "DTSTART:16010101T000000\r\n"
                             "TZOFFSETFROM:+0130\r\n"
                             "TZOFFSETTO:+0130\r\n"
                             "END:STANDARD\r\n"
                             "END:VTIMEZONE\r\n";
    const std::string todo = "BEGIN:VTODO\r\n"
                             "UID:caf\xE9-1@example.org\r\n"
                             "DTSTAMP:20261120T080000Z\r\n"
                             "SUMMARY:Caf\xE9 with R\xE9mi\r\n"
                             "DUE;TZID=Customized Time Zone:20261205T100000\r\n"
                             "X-APP-FLAGS;FOO=\"a:b\":1\r\n"
                             "BEGIN:VALARM\r\n"
                             "ACTION:DISPLAY\r\n"
                             "TRIGGER:soon please\r\n"
                             "DESCRIPTION:Caf\xE9\r\n"
                             "END:VALARM\r\n"
                             "END:VTODO\r\n";
    addComponents("t.ics", zone + todo);

    const auto result = plan({"--tasks", "t.ics", "-o", "t.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto after = sandbox.read("t.ics");
    EXPECT_TRUE(holds(after, todo));
    EXPECT_TRUE(holds(after, zone));
    EXPECT_THAT(after, Not(HasSubstr("X-LIC-ERROR")));
}

// Thunderbird adds its own properties to a task it shows (the acknowledged alarm, a generation
// count); the task is still untouched, and when the interview moves it is updated, those stay.
TEST_F(TasksFileKept, anUpdatedTaskKeepsWhatTheUsersAppAddedToIt)
{
    ASSERT_EQ(plan({"-o", "t.ics"}).exitCode, 0);
    const auto exported = sandbox.read("t.ics");
    const auto debrief = blockOfKind(blocksByUid(exported, "VTODO"), "debrief");
    const std::string added = "X-MOZ-LASTACK:20261201T170000Z\r\nX-MOZ-GENERATION:2\r\n";
    sandbox.write("t.ics", replaced(exported, debrief,
                                    replaced(debrief, "BEGIN:VALARM", added + "BEGIN:VALARM")));
    sandbox.write("cal.ics", calendar(acmeInterview("Decision: 2026-12-08", "20261202T130000Z",
                                                    "20261202T140000Z")));

    const auto result = plan({"--tasks", "t.ics", "-o", "t.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto updated = blockOfKind(blocksByUid(sandbox.read("t.ics"), "VTODO"), "debrief");
    EXPECT_EQ(propertyValue(updated, "SEQUENCE"), "1");
    EXPECT_EQ(propertyValue(updated, "DUE"), "20261202T160000Z");
    EXPECT_TRUE(holds(updated, added));
}

// A task kept as found lists the UIDs issued when it was written; when its interview gets a new
// task, it is written again listing that one too, so that deleting the new task is remembered.
TEST_F(TasksFileKept, keptTasksLearnANewTaskOfTheirInterviewSoItsDeletionIsRemembered)
{
    ASSERT_EQ(plan({"-o", "t.ics"}).exitCode, 0);
    const auto before = blocksByUid(sandbox.read("t.ics"), "VTODO");
    sandbox.write("cal.ics",
                  calendar(acmeInterview("Decision: 2026-12-08\\nDeliverable: a work sample by "
                                         "2026-12-04")));
    auto result = plan({"--tasks", "t.ics", "-o", "t.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto exported = sandbox.read("t.ics");
    const auto after = blocksByUid(exported, "VTODO");
    std::string added;
    for (const auto& [uid, block] : after) {
        if (!before.contains(uid))
            added = uid;
    }
    ASSERT_FALSE(added.empty());
    const auto debrief = blockOfKind(after, "debrief");
    EXPECT_EQ(propertyValue(debrief, "SEQUENCE"), "0"); // kept, not updated
    EXPECT_THAT(propertyValue(debrief, "X-IFU-ISSUED"), HasSubstr(added));

    // The user deletes the new task: it stays deleted.
    sandbox.write("t.ics", replaced(exported, after.at(added), ""));
    result = plan({"--tasks", "t.ics", "-o", "t.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(sandbox.read("t.ics"), Not(HasSubstr(added)));
}

TEST_F(TasksFileKept, anotherAppsTasksAreShownAsOtherNeverAsADebrief)
{
    ASSERT_EQ(plan({"-o", "t.ics"}).exitCode, 0);
    addComponents("t.ics", groceries);

    const auto json = plan({"--tasks", "t.ics", "--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    bool found = false;
    const auto parsed = nlohmann::json::parse(json.out);
    for (const auto& task : parsed["tasks"]) {
        if (task["uid"] == "groceries-1@example.org") {
            found = true;
            EXPECT_TRUE(task["kind"].is_null()) << task.dump();
        }
    }
    EXPECT_TRUE(found);

    const auto table = plan({"--tasks", "t.ics", "--format", "table"});
    ASSERT_EQ(table.exitCode, 0) << table.err;
    const auto milk = table.out.find("Buy milk");
    ASSERT_NE(milk, std::string::npos) << table.out;
    const auto rowStart = table.out.rfind('\n', milk) + 1;
    const auto row = table.out.substr(rowStart, milk - rowStart);
    EXPECT_THAT(row, HasSubstr("other"));
    EXPECT_THAT(row, Not(HasSubstr("debrief")));
}

} // namespace
} // namespace followups::cli::testing
