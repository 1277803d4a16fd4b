// The `plan` command end to end: inputs (files, stdin), the clock, determinism, the three output
// forms and the two shapes, and the bundled example calendar.
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace followups::cli::testing
{
namespace
{

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

class PlanCommand : public ::testing::Test
{
protected:
    void SetUp() override { sandbox.write("cal.ics", calendar(acmeInterview())); }
    CliSandbox sandbox;
};

TEST_F(PlanCommand, readsStandardInputForADash)
{
    const auto fromFile = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--format", "json"});
    const auto fromStdin =
        sandbox.run({"plan", "-", "--now", fixedNow, "--format", "json"}, sandbox.read("cal.ics"));
    ASSERT_EQ(fromStdin.exitCode, 0) << fromStdin.err;
    EXPECT_EQ(fromStdin.out, fromFile.out);
    EXPECT_THAT(fromStdin.out, HasSubstr("acme-1@example.com"));
}

TEST_F(PlanCommand, readsStandardInputWithoutFiles)
{
    const auto result =
        sandbox.run({"plan", "--now", fixedNow, "--format", "json"}, sandbox.read("cal.ics"));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("acme-1@example.com"));
}

TEST_F(PlanCommand, sameInputAndClockGiveIdenticalBytes)
{
    for (const std::string format : {"ics", "json", "table"}) {
        const auto first = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--format", format});
        const auto second = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--format", format});
        ASSERT_EQ(first.exitCode, 0) << first.err;
        EXPECT_FALSE(first.out.empty());
        EXPECT_EQ(first.out, second.out) << format;
    }
}

TEST_F(PlanCommand, dtstampComesFromNow)
{
    const auto result = sandbox.run({"plan", "cal.ics", "--now", "2026-11-22T10:11:12+01:00"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("\r\nDTSTAMP:20261122T091112Z\r\n"));
}

TEST_F(PlanCommand, dtstampComesFromSourceDateEpochWithoutNow)
{
    // 1795330800 = 2026-11-22T07:00:00Z
    const auto result = sandbox.run({"plan", "cal.ics"}, {}, {{"SOURCE_DATE_EPOCH", "1795330800"}});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("\r\nDTSTAMP:20261122T070000Z\r\n"));
    const auto again = sandbox.run({"plan", "cal.ics"}, {}, {{"SOURCE_DATE_EPOCH", "1795330800"}});
    EXPECT_EQ(again.out, result.out);
}

TEST_F(PlanCommand, nowWinsOverSourceDateEpoch)
{
    const auto result = sandbox.run({"plan", "cal.ics", "--now", fixedNow}, {},
                                    {{"SOURCE_DATE_EPOCH", "1795330800"}});
    EXPECT_THAT(result.out, HasSubstr("\r\nDTSTAMP:20261122T090000Z\r\n"));
}

TEST_F(PlanCommand, aBadSourceDateEpochIsAUsageError)
{
    const auto result = sandbox.run({"plan", "cal.ics"}, {}, {{"SOURCE_DATE_EPOCH", "soon"}});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("SOURCE_DATE_EPOCH"));
}

TEST_F(PlanCommand, jsonHasTheStableKeysInOrder)
{
    const auto result = sandbox.run(
        {"plan", "cal.ics", "--now", fixedNow, "--format", "json", "--zone", "Europe/Berlin"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::ordered_json::parse(result.out);
    std::vector<std::string> topKeys;
    for (const auto& [key, value] : json.items())
        topKeys.push_back(key);
    EXPECT_THAT(topKeys, ElementsAre("tasks", "warnings")); // "changes" only with --tasks
    ASSERT_FALSE(json["tasks"].empty());

    std::vector<std::string> taskKeys;
    for (const auto& [key, value] : json["tasks"][0].items())
        taskKeys.push_back(key);
    EXPECT_THAT(taskKeys, ElementsAre("uid", "kind", "summary", "description", "due", "alarm",
                                      "interview_uid", "interview_recurrence_id", "company", "role",
                                      "interview_summary", "interview_start", "person", "status",
                                      "sequence", "priority", "categories", "url"));

    // The interview ends 14:00 UTC = 15:00 in Berlin; the debrief is due 2 h later, in the
    // user's offset; the thank-you to Jane carries her address.
    bool sawDebrief = false;
    bool sawJane = false;
    for (const auto& task : json["tasks"]) {
        EXPECT_EQ(task["interview_uid"], "acme-1@example.com");
        EXPECT_TRUE(task["interview_recurrence_id"].is_null());
        EXPECT_EQ(task["status"], "needs-action");
        EXPECT_EQ(task["sequence"], 0);
        if (task["kind"] == "debrief") {
            sawDebrief = true;
            EXPECT_EQ(task["due"], "2026-12-01T17:00:00+01:00");
            EXPECT_TRUE(task["person"].is_null());
        }
        if (task["kind"] == "thank-you" && task["person"]["email"] == "jane@acme.example") {
            sawJane = true;
            EXPECT_EQ(task["person"]["name"], "Jane Doe");
            EXPECT_EQ(task["due"], "2026-12-02T15:00:00+01:00");
            EXPECT_THAT(task["url"].get<std::string>(), HasSubstr("mailto:jane@acme.example"));
        }
        if (task["kind"] == "follow-up") {
            EXPECT_EQ(task["due"].get<std::string>().size(), 10u); // all-day: YYYY-MM-DD
        }
        EXPECT_TRUE(sawDebrief);
    }
    EXPECT_TRUE(sawJane);
}

TEST_F(PlanCommand, warningsAppearInJsonWithFileAndLine)
{
    sandbox.write("bad.ics", calendar(acmeInterview("Decision: someday-ish")));
    const auto result = sandbox.run(
        {"plan", "bad.ics", "--now", fixedNow, "--format", "json", "--me", "me@example.org"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    ASSERT_EQ(json["warnings"].size(), 1u);
    EXPECT_EQ(json["warnings"][0]["file"], "bad.ics");
    EXPECT_EQ(json["warnings"][0]["line"], 12);
    EXPECT_THAT(json["warnings"][0]["message"].get<std::string>(), HasSubstr("someday-ish"));
    EXPECT_THAT(result.err, HasSubstr("bad.ics:12: "));
}

TEST_F(PlanCommand, tableShowsDueKindSummaryAndPersonAligned)
{
    const auto result = sandbox.run(
        {"plan", "cal.ics", "--now", fixedNow, "--format", "table", "--zone", "Europe/Berlin"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("DUE"));
    EXPECT_THAT(result.out, HasSubstr("2026-12-01 17:00  debrief"));
    EXPECT_THAT(result.out, HasSubstr("Jane Doe <jane@acme.example>"));
    // Every row's KIND column starts where the header's does.
    std::istringstream lines{result.out};
    std::string header;
    std::getline(lines, header);
    const auto kindColumn = header.find("KIND");
    for (std::string line; std::getline(lines, line);) {
        EXPECT_NE(line.substr(kindColumn, 1), " ") << line;
    }
}

TEST_F(PlanCommand, eventsShapeWritesReminderEventsInsteadOfTodos)
{
    const auto result = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--as", "events"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, AllOf(HasSubstr("BEGIN:VEVENT"), Not(HasSubstr("BEGIN:VTODO")),
                                  HasSubstr("-event\r\n")));
}

TEST_F(PlanCommand, eventsShapeStartsAllDayTasksAtTheConfiguredMorning)
{
    sandbox.write("config.toml", "morning = \"08:00\"\nzone = \"Europe/Berlin\"\n");
    const auto result = sandbox.run(
        {"plan", "cal.ics", "--now", fixedNow, "--as", "events", "--config", "config.toml"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // All-day tasks (they carry X-IFU-DUE, the due date) become events at the user's morning.
    int allDayEvents = 0;
    std::istringstream events(result.out);
    std::string start;
    for (std::string line; std::getline(events, line);) {
        if (line.starts_with("DTSTART"))
            start = line;
        if (line.starts_with("X-IFU-DUE")) {
            ++allDayEvents;
            EXPECT_THAT(start, HasSubstr("T080000")) << start;
        }
    }
    EXPECT_GT(allDayEvents, 0);
}

TEST_F(PlanCommand, sinceAndUntilChooseTheInterviewsPlanned)
{
    const auto before = sandbox.run(
        {"plan", "cal.ics", "--now", fixedNow, "--format", "json", "--until", "2026-11-30"});
    EXPECT_TRUE(nlohmann::json::parse(before.out)["tasks"].empty());
    const auto on = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--format", "json",
                                 "--since", "2026-12-01", "--until", "2026-12-01"});
    EXPECT_FALSE(nlohmann::json::parse(on.out)["tasks"].empty());
    const auto after = sandbox.run(
        {"plan", "cal.ics", "--now", fixedNow, "--format", "json", "--since", "2026-12-02"});
    EXPECT_TRUE(nlohmann::json::parse(after.out)["tasks"].empty());
}

TEST_F(PlanCommand, meRemovesTheUserFromTheInterviewers)
{
    const auto withUser = calendar(
        "BEGIN:VEVENT\nUID:acme-2@example.com\nDTSTAMP:20261101T000000Z\n"
        "DTSTART:20261201T130000Z\nDTEND:20261201T140000Z\nSUMMARY:Interview: Acme – Engineer\n"
        "ATTENDEE;CN=Jane Doe:mailto:jane@acme.example\n"
        "ATTENDEE;CN=Alex Morgan:mailto:alex@example.org\nEND:VEVENT\n");
    sandbox.write("me.ics", withUser);
    const auto without = sandbox.run({"plan", "me.ics", "--now", fixedNow, "--format", "json"});
    EXPECT_THAT(without.out, HasSubstr("alex@example.org"));
    const auto with = sandbox.run(
        {"plan", "me.ics", "--now", fixedNow, "--format", "json", "--me", "ALEX@example.org"});
    ASSERT_EQ(with.exitCode, 0) << with.err;
    EXPECT_THAT(with.out, Not(HasSubstr("alex@example.org")));
    EXPECT_THAT(with.out, HasSubstr("jane@acme.example"));
}

TEST_F(PlanCommand, holidaysPushBusinessDayDueDates)
{
    // Decision Tue 8 Dec + 3 business days = Fri 11 Dec; with Thu 10 Dec a holiday, Mon 14 Dec.
    sandbox.write("holidays.ics",
                  calendar("BEGIN:VEVENT\nUID:h1\nDTSTAMP:20260101T000000Z\n"
                           "DTSTART;VALUE=DATE:20261210\nSUMMARY:Holiday\nEND:VEVENT\n"));
    const auto firstFollowUpDue = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> arguments{"plan",   "cal.ics",  "--now",
                                           fixedNow, "--format", "json"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const auto json = nlohmann::json::parse(sandbox.run(arguments).out);
        for (const auto& task : json["tasks"]) {
            if (task["kind"] == "follow-up")
                return task["due"].get<std::string>();
        }
        return std::string{};
    };
    EXPECT_EQ(firstFollowUpDue({}), "2026-12-11");
    EXPECT_EQ(firstFollowUpDue({"--holidays", "holidays.ics"}), "2026-12-14");
}

TEST_F(PlanCommand, bundledExampleShowsTasksAndSkipsTheMockAndTheMeeting)
{
    const auto result =
        sandbox.run({"plan", sourcePath("examples/interviews.ics").string(), "--now", fixedNow,
                     "--me", "alex.morgan@example.org", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    std::set<std::string> interviews;
    std::set<std::string> kinds;
    for (const auto& task : json["tasks"]) {
        interviews.insert(task["interview_uid"].get<std::string>());
        kinds.insert(task["kind"].get<std::string>());
        if (!task["person"].is_null() && !task["person"]["email"].is_null()) {
            EXPECT_NE(task["person"]["email"], "alex.morgan@example.org");
        }
    }
    // Two Nimbus rounds, Fjordline (Windows zone name), Kestrel (rejected); not the mock
    // interview, not the coffee.
    EXPECT_EQ(interviews.size(), 4u);
    EXPECT_FALSE(interviews.contains("mock-2026-11-25@example.org"));
    EXPECT_FALSE(interviews.contains("standup-2026-11-23@example.org"));
    EXPECT_TRUE(kinds.contains("feedback"));           // Kestrel rejected the user
    EXPECT_TRUE(kinds.contains("deliverable"));        // Fjordline's write-up
    EXPECT_TRUE(kinds.contains("reference-heads-up")); // Nimbus round one
    // The first Nimbus round's follow-ups gave way to the final round's.
    for (const auto& task : json["tasks"]) {
        if (task["kind"] == "follow-up") {
            EXPECT_NE(task["interview_uid"], "5m2k9q7tq1v0c8h3d6f4a2b1e0@google.com");
        }
    }
}

} // namespace
} // namespace followups::cli::testing
