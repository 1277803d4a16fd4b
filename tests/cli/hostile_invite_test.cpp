// Crafted invites through the built binary (docs/robustness.md): whatever an invite's SUMMARY,
// DESCRIPTION, CN and addresses hold, the .ics written has exactly the components and properties
// the product writes (icslint, python-icalendar), the JSON is valid UTF-8 JSON (python's json),
// the table and stderr carry no terminal escapes and one row per task, and a mailto: link no extra
// header. Thousands of attendees give a capped number of tasks, quickly, with a warning.
#include "cli_runner.h"
#include "icslint.h"
#include "resource_budget.h"
#include "test_calendars.h"

#include <cstdlib>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace followups::cli::testing
{
namespace
{

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

// RFC 5545 text escapes (\n, \;, \,) decode to the characters an attacker wants in a value; the
// raw bytes (ESC, C1, bidi, broken UTF-8) go in as they are.
const std::string hostileEvent =
    "BEGIN:VEVENT\n"
    "UID:hostile-1@acme.example\n"
    "DTSTAMP:20261101T000000Z\n"
    "DTSTART:20261201T130000Z\n"
    "DTEND:20261201T140000Z\n"
    "SUMMARY:Interview: Acme\\nBEGIN:VEVENT\\nATTENDEE:mailto:x@evil.example"
    " – Engin\x1B[31meer\xC2\x9B"
    "2J\u202Egnp.exe\xC3\x28\n"
    "LOCATION:Room\\n\\nEND:VCALENDAR\n"
    "ORGANIZER;CN=\"Rita \x1B]52;c;cm0gLXJmIH4=\x07Recruiter\":mailto:"
    "rita@acme.example\n"
    "ATTENDEE;CN=\"Jane\x1B]8;;https://evil.example\x1B\\\\ Doe\";"
    "X-EVIL=\"a;b:c\":mailto:jane@acme.example\n"
    "ATTENDEE;CN=Bob:mailto:bob@acme.example?cc=boss@evil.example&body=hi\n"
    "ATTENDEE;CN=Carol:mailto:carol%0D%0ABcc:evil@acme.example\n"
    "DESCRIPTION:Company: Acme\x07 Corp\\nContact: Rita <rita@acme.example"
    ">\\nDeliverable: sample\x1B[2J by 2026-12-03\\nReferences: Dana "
    "<dana@example.com\\r\\nBcc: x@evil.example>\\nDecision: soon\x1B[5m\xC3\x28\n"
    "END:VEVENT\n";

bool hasTerminalControls(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto octet = static_cast<unsigned char>(text[i]);
        if ((octet < 0x20 && text[i] != '\n') || octet == 0x7F)
            return true;
        // C1 controls (U+0080–U+009F) and bidi overrides/isolates in UTF-8.
        if (octet == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0)
            return true;
    }
    return text.find("\u202E") != std::string::npos || text.find("\u2066") != std::string::npos;
}

class HostileInvite : public ::testing::Test
{
protected:
    void SetUp() override { sandbox.write("invite.ics", calendar(hostileEvent)); }

    RunResult plan(const std::string& format, const std::string& shape = "todos") const
    {
        return sandbox.run({"plan", "invite.ics", "--now", fixedNow, "--format", format, "--as",
                            shape, "-o", "out." + format});
    }

    // Runs /usr/bin/python3 on `script` with the sandbox's file `name` as argv[1].
    int python(const std::string& script, const std::string& name) const
    {
        sandbox.write("check.py", script);
        const std::string command = "/usr/bin/python3 " + sandbox.path("check.py").string() + " " +
                                    sandbox.path(name).string();
        return std::system(command.c_str());
    }

    nlohmann::json tasksJson() const
    {
        const auto result = plan("json");
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return nlohmann::json::parse(sandbox.read("out.json"));
    }

    CliSandbox sandbox;
};

TEST_F(HostileInvite, icsHasExactlyTheComponentsAndPropertiesWritten)
{
    const std::size_t tasks = tasksJson()["tasks"].size();
    ASSERT_GE(tasks, 4u); // debrief, thank-yous, a deliverable, follow-ups …
    for (const std::string shape : {"todos", "events"}) {
        const auto result = plan("ics", shape);
        ASSERT_EQ(result.exitCode, 0) << result.err;
        const std::string lint = followups::testing::icslintCommand(sandbox.path("out.ics"));
        EXPECT_EQ(std::system(lint.c_str()), 0) << shape;
        const std::string component = shape == "todos" ? "VTODO" : "VEVENT";
        // python-icalendar: the components written, and none of the invite's.
        EXPECT_EQ(python("import sys, icalendar\n"
                         "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                         "names = [c.name for c in cal.walk()]\n"
                         "props = [k for c in cal.walk() for k in c.keys()]\n"
                         "assert names.count('" +
                             component + "') == " + std::to_string(tasks) +
                             ", names\n"
                             "assert names.count('VALARM') == " +
                             std::to_string(tasks) +
                             ", names\n"
                             "assert set(names) <= {'VCALENDAR', 'VTIMEZONE', 'STANDARD', "
                             "'DAYLIGHT', '" +
                             component +
                             "', 'VALARM'}, names\n"
                             "assert not {'ATTENDEE', 'ORGANIZER', 'LOCATION', 'X-EVIL'} & "
                             "set(props), props\n",
                         "out.ics"),
                  0)
            << sandbox.read("out.ics");
    }
}

TEST_F(HostileInvite, jsonIsValidUtf8Json)
{
    ASSERT_EQ(plan("json").exitCode, 0);
    EXPECT_EQ(python("import sys, json\n"
                     "data = json.loads(open(sys.argv[1], 'rb').read().decode('utf-8'))\n"
                     "assert data['tasks'], data\n"
                     "assert any('Decision' in w['message'] or 'soon' in w['message'] "
                     "for w in data['warnings']), data['warnings']\n"
                     "for t in data['tasks']:\n"
                     "    for key in ('summary', 'description'):\n"
                     "        assert '\\x1b' not in t[key] and '\\r' not in t[key], t[key]\n",
                     "out.json"),
              0);
}

TEST_F(HostileInvite, tableAndStderrCarryNoTerminalControlsAndOneRowPerTask)
{
    const std::size_t tasks = tasksJson()["tasks"].size();
    const auto result = plan("table");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string table = sandbox.read("out.table");
    EXPECT_FALSE(hasTerminalControls(table)) << table;
    EXPECT_EQ(static_cast<std::size_t>(std::count(table.begin(), table.end(), '\n')), tasks + 1);
    EXPECT_THAT(table, AllOf(HasSubstr("Engineer"), Not(HasSubstr("exe.png"))));
    EXPECT_FALSE(hasTerminalControls(result.err)) << result.err;
}

TEST_F(HostileInvite, tableCleansTasksReadBackToo)
{
    // A task of another app in the --tasks file is shown as found, but not its escapes.
    sandbox.write("tasks.ics", calendar("BEGIN:VTODO\nUID:other-app-1\nDTSTAMP:20261101T000000Z\n"
                                        "SUMMARY:Call \x1B]52;c;cm0gLXJmIH4=\x07mum\x1B[2J\xC2\x9B"
                                        "1m now\u2066\nEND:VTODO\n"));
    const auto result = sandbox.run(
        {"plan", "invite.ics", "--now", fixedNow, "--format", "table", "--tasks", "tasks.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_FALSE(hasTerminalControls(result.out)) << result.out;
    EXPECT_THAT(result.out, HasSubstr("Call mum now"));
}

TEST_F(HostileInvite, aTaskReadBackIsWrittenAgainWithoutBreakingOut)
{
    // Another app's task, kept as found: quoted and RFC 6868 parameters, escaped line breaks.
    sandbox.write("tasks.ics",
                  calendar("BEGIN:VTODO\nUID:other-app-1\nDTSTAMP:20261101T000000Z\n"
                           "SUMMARY:Call\\nBEGIN:VEVENT\n"
                           "ATTENDEE;CN=\"Jane ^'Doe^'; X\";X-P=\"a:b;c\":mailto:j@x.example\n"
                           "X-FOO;X-Q=\"v^n\":val\\nEND:VTODO\nEND:VTODO\n"));
    const std::size_t tasks = tasksJson()["tasks"].size();
    const auto result = sandbox.run(
        {"plan", "invite.ics", "--now", fixedNow, "--tasks", "tasks.ics", "-o", "out.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(python("import sys, icalendar\n"
                     "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                     "names = [c.name for c in cal.walk()]\n"
                     "assert names.count('VTODO') == " +
                         std::to_string(tasks + 1) +
                         ", names\n"
                         "assert 'VEVENT' not in names, names\n"
                         "other = [c for c in cal.walk('VTODO') if c['UID'] == 'other-app-1'][0]\n"
                         "assert str(other['SUMMARY']) == 'Call\\nBEGIN:VEVENT', other\n",
                     "out.ics"),
              0)
        << sandbox.read("out.ics");
}

TEST_F(HostileInvite, mailtoLinksCarryNoExtraHeaderOrBody)
{
    const auto json = tasksJson();
    for (const auto& task : json["tasks"]) {
        if (task["url"].is_null())
            continue;
        const std::string url = task["url"];
        SCOPED_TRACE(url);
        const std::size_t query = url.find('?');
        // One address, then at most the subject.
        EXPECT_EQ(url.find_first_of("?&", query + 1), std::string::npos);
        EXPECT_THAT(url, Not(HasSubstr("cc=")));
        EXPECT_THAT(url, Not(HasSubstr("%0D%0ABcc")));
        if (url.starts_with("mailto:")) {
            EXPECT_TRUE(query == std::string::npos || url.substr(query).starts_with("?subject="));
        }
    }
}

std::string manyAttendees(int count)
{
    std::string event = "BEGIN:VEVENT\nUID:mailing-list@acme.example\nDTSTAMP:20261101T000000Z\n"
                        "DTSTART:20261201T130000Z\nDTEND:20261201T140000Z\n"
                        "SUMMARY:Interview with Acme\n";
    for (int i = 0; i < count; ++i)
        event += "ATTENDEE;CN=Person " + std::to_string(i) + ":mailto:p" + std::to_string(i) +
                 "@acme.example\n";
    return event + "END:VEVENT\n";
}

std::size_t thankYous(const std::string& json)
{
    std::size_t count = 0;
    const auto parsed = nlohmann::json::parse(json);
    for (const auto& task : parsed["tasks"])
        count += task["kind"] == "thank-you" ? 1 : 0;
    return count;
}

TEST(HostileInviteLimits, tenThousandAttendeesGiveTwentyThankYousQuicklyWithAWarning)
{
    CliSandbox sandbox;
    sandbox.write("list.ics", calendar(manyAttendees(10'000)));
    const auto result = sandbox.run({"plan", "list.ics", "--now", fixedNow, "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(thankYous(result.out), 20u);
    // The warning names the interview's file and line (BEGIN:VEVENT is line 4).
    EXPECT_THAT(result.err, HasSubstr("list.ics:4: interview \"Interview with Acme\" lists more "
                                      "than 20 interviewers"));
    // Reading 10,000 ATTENDEE lines included.
    EXPECT_LT(result.cpuSeconds, 1.0 * ::followups::testing::sanitizerSlowdown);
}

TEST(HostileInviteLimits, theLimitIsAConfigKey)
{
    CliSandbox sandbox;
    sandbox.write("list.ics", calendar(manyAttendees(30)));
    sandbox.write("config.toml", "[limits]\nper_interview = 25\n");
    const auto result = sandbox.run(
        {"plan", "list.ics", "--now", fixedNow, "--format", "json", "--config", "config.toml"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(thankYous(result.out), 25u);
    EXPECT_THAT(result.err, HasSubstr("more than 25 interviewers"));

    sandbox.write("bad.toml", "[limits]\nper_interview = 0\n");
    const auto rejected =
        sandbox.run({"plan", "list.ics", "--now", fixedNow, "--config", "bad.toml"});
    EXPECT_EQ(rejected.exitCode, 1);
    EXPECT_THAT(rejected.err,
                HasSubstr("bad.toml:2: 'limits.per_interview' must be between 1 and"));
}

} // namespace
} // namespace followups::cli::testing
