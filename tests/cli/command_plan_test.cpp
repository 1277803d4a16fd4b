// The `plan` command end to end: inputs (files, stdin), the clock, determinism, the three output
// forms and the two shapes, and the bundled example calendar.
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
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

// Issue 13: the deliverable due on the interview's day started its reminder event at 09:00, its
// alarm five hours before the interview ended; the task's own alarm is at the end.
TEST_F(PlanCommand, eventsShapeStartsAtTheTasksAlarmWhenThatIsLater)
{
    const auto result =
        sandbox.run({"interview", "--company", "Acme", "--start", "2026-12-01T14:00", "--end",
                     "2026-12-01T15:00", "--zone", "Europe/Berlin", "--deliverable",
                     "slides by 2026-12-01", "--now", fixedNow, "--as", "events"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto begin = result.out.find("UID:ifu-deliverable-");
    ASSERT_NE(begin, std::string::npos);
    const std::string event =
        result.out.substr(begin, result.out.find("END:VEVENT", begin) - begin);
    EXPECT_THAT(event, HasSubstr("DTSTART;TZID=Europe/Berlin:20261201T150000"));
    EXPECT_THAT(event, HasSubstr("TRIGGER:PT0S"));
}

// Issue 13: the first run on a real calendar wrote alarms already in the past (apps fire them all
// at once on import), and thank-you notes past the 48 h limit said nothing about it.
TEST_F(PlanCommand, theFirstRunWritesNoPastReminderAndSaysAThankYouIsLate)
{
    // 50 hours after the interview's end (14:00 UTC on 1 December).
    const auto result = sandbox.run({"plan", "cal.ics", "--now", "2026-12-03T16:00:00Z"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    int thankYous = 0;
    for (std::size_t at = result.out.find("BEGIN:VTODO"); at != std::string::npos;
         at = result.out.find("BEGIN:VTODO", at + 1)) {
        const std::string todo = result.out.substr(at, result.out.find("END:VTODO", at) - at);
        const bool followUp = todo.find("X-IFU-KIND:follow-up") != std::string::npos;
        // Follow-ups remind on their morning, still ahead; the rest would have fired already.
        EXPECT_EQ(todo.find("BEGIN:VALARM") != std::string::npos, followUp) << todo;
        if (todo.find("X-IFU-KIND:thank-you") != std::string::npos) {
            ++thankYous;
            EXPECT_THAT(todo, HasSubstr("SUMMARY:Late"));
            EXPECT_THAT(todo, HasSubstr("still worth"));
        }
    }
    EXPECT_EQ(thankYous, 2);
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

// Issue 13: with the file's own VTIMEZONE (Google's form), an interview ending 01:30 on New
// York's fall-back night got the second 01:30 (its debrief an hour late), and one ending at 02:30
// on the spring-forward night (a time that does not exist) lasted no time at all. RFC 5545 §3.3.5:
// the first 01:30 is 05:30 UTC; 02:30 moves forward by the gap to 03:30 EDT, 07:30 UTC.
TEST_F(PlanCommand, dstEdgesInTheFilesOwnVtimezoneFollowRfc5545)
{
    const std::string newYork = "BEGIN:VTIMEZONE\nTZID:America/New_York\n"
                                "X-LIC-LOCATION:America/New_York\nBEGIN:DAYLIGHT\n"
                                "TZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\n"
                                "DTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\n"
                                "END:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0400\n"
                                "TZOFFSETTO:-0500\nTZNAME:EST\nDTSTART:19701101T020000\n"
                                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\n"
                                "END:VTIMEZONE\n";
    const auto interview = [](const std::string& uid, const std::string& start,
                              const std::string& end) {
        return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20260101T000000Z\n" +
               "DTSTART;TZID=America/New_York:" + start + "\nDTEND;TZID=America/New_York:" + end +
               "\nSUMMARY:Interview: Acme – Engineer\nEND:VEVENT\n";
    };
    sandbox.write("dst.ics",
                  calendar(newYork + interview("fall-back", "20261101T003000", "20261101T013000") +
                           interview("spring", "20260308T013000", "20260308T023000")));
    const auto result = sandbox.run({"plan", "dst.ics", "--now", "2026-03-01T00:00:00Z", "--format",
                                     "json", "--since", "2026-01-01"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    std::map<std::string, std::string> debriefDue;
    for (const auto& task : json["tasks"]) {
        if (task["kind"] == "debrief")
            debriefDue[task["interview_uid"].get<std::string>()] = task["due"].get<std::string>();
    }
    // End + 2 h: 05:30 + 2 h and 07:30 + 2 h UTC.
    EXPECT_EQ(debriefDue["fall-back"], "2026-11-01T07:30:00Z");
    EXPECT_EQ(debriefDue["spring"], "2026-03-08T09:30:00Z");
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

// Issue 13: follow-ups fell on 24 and 25 December and 1 January: no holidays unless the user
// handed in an .ics. The locale's country now brings KHolidays' region (KOrganizer's data).
class LocaleHolidays : public PlanCommand
{
protected:
    void SetUp() override
    {
        // Three processes whose first follow-up (end + 14 days) lands on Thu 24 Dec, Fri 25 Dec
        // and Fri 1 Jan.
        std::string events;
        for (const auto& [company, day] :
             {std::pair{"Acme", "20261210"}, {"Globex", "20261211"}, {"Initech", "20261218"}}) {
            events += "BEGIN:VEVENT\nUID:" + std::string{company} +
                      "\nDTSTAMP:20261101T000000Z\nDTSTART:" + day + "T130000Z\nDTEND:" + day +
                      "T140000Z\nSUMMARY:Interview: " + company + " – Engineer\nEND:VEVENT\n";
        }
        sandbox.write("december.ics", calendar(events));
    }

    std::set<std::string> followUpDays(const std::map<std::string, std::string>& environment,
                                       const std::vector<std::string>& extra = {})
    {
        std::vector<std::string> arguments{
            "plan", "december.ics", "--now", "2026-12-01T00:00:00Z", "--format", "json"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const auto result = sandbox.run(arguments, {}, environment);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        const auto json = nlohmann::json::parse(result.out);
        std::set<std::string> days;
        for (const auto& task : json["tasks"]) {
            if (task["kind"] == "follow-up")
                days.insert(task["due"].get<std::string>());
        }
        return days;
    }
};

TEST_F(LocaleHolidays, aGermanLocaleKeepsFollowUpsOffChristmasAndNewYear)
{
    const auto days = followUpDays({{"LANG", "de_DE.UTF-8"}});
    ASSERT_FALSE(days.empty());
    for (const std::string off : {"2026-12-24", "2026-12-25", "2026-12-26", "2027-01-01"})
        EXPECT_FALSE(days.contains(off)) << off;
    // All three moved to Mon 28 Dec (24 Dec is Christmas Eve, then the two holidays and Sunday)
    // or, from New Year's Day, to Mon 4 Jan.
    EXPECT_TRUE(days.contains("2026-12-28"));
    EXPECT_TRUE(days.contains("2027-01-04"));
}

TEST_F(LocaleHolidays, theCLocaleHasNoHolidays)
{
    const auto days = followUpDays({{"LANG", "C"}});
    for (const std::string day : {"2026-12-24", "2026-12-25", "2027-01-01"})
        EXPECT_TRUE(days.contains(day)) << day;
    EXPECT_EQ(followUpDays({{"LANG", "C.UTF-8"}}), days);
    EXPECT_EQ(followUpDays({}), days); // no locale at all
}

TEST_F(LocaleHolidays, lcTimeWinsOverLangAndLcAllOverBoth)
{
    const auto german = followUpDays({{"LANG", "de_DE.UTF-8"}});
    const auto none = followUpDays({{"LANG", "C"}});
    EXPECT_EQ(followUpDays({{"LANG", "C"}, {"LC_TIME", "de_DE.UTF-8"}}), german);
    EXPECT_EQ(followUpDays({{"LC_TIME", "de_DE.UTF-8"}, {"LC_ALL", "C"}}), none);
}

TEST_F(LocaleHolidays, theRegionOptionAndNoneOverrideTheLocale)
{
    const auto german = followUpDays({{"LANG", "de_DE.UTF-8"}});
    EXPECT_EQ(followUpDays({{"LANG", "C"}}, {"--holidays-region", "de_de"}), german);
    EXPECT_EQ(followUpDays({{"LANG", "C"}}, {"--holidays-region", "DE"}), german);
    EXPECT_EQ(followUpDays({{"LANG", "de_DE.UTF-8"}}, {"--holidays-region", "none"}),
              followUpDays({{"LANG", "C"}}));
}

TEST_F(LocaleHolidays, aHolidaysFileAddsToTheRegion)
{
    // Mon 28 Dec made a holiday too: what moved there moves on to Tue 29 Dec.
    sandbox.write("extra.ics",
                  calendar("BEGIN:VEVENT\nUID:h\nDTSTAMP:20260101T000000Z\n"
                           "DTSTART;VALUE=DATE:20261228\nSUMMARY:Company holiday\nEND:VEVENT\n"));
    const auto days = followUpDays({{"LANG", "de_DE.UTF-8"}}, {"--holidays", "extra.ics"});
    EXPECT_FALSE(days.contains("2026-12-28"));
    EXPECT_TRUE(days.contains("2026-12-29"));
    EXPECT_FALSE(days.contains("2026-12-25"));
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
