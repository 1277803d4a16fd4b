// The config file (docs/configuration.md): its values take effect, options override them, unknown
// keys are warned about with file and line, and errors reject the file naming file and line.
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace followups::cli::testing
{
namespace
{

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr char configPath[] = "home/.config/interview-followups/config.toml";

class ConfigFile : public ::testing::Test
{
protected:
    nlohmann::json rules(std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments{"rules", "--format", "json"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        last = sandbox.run(arguments);
        EXPECT_EQ(last.exitCode, 0) << last.err;
        return nlohmann::json::parse(last.out);
    }
    CliSandbox sandbox;
    RunResult last;
};

TEST_F(ConfigFile, valuesFromTheXdgConfigFileTakeEffect)
{
    sandbox.write(configPath, "me = [\"alex@example.org\"]\n"
                              "zone = \"Europe/Berlin\"\n"
                              "morning = \"08:30\"\n"
                              "[[references]]\n"
                              "name = \"Dana\"\n"
                              "email = \"dana@example.com\"\n"
                              "[rules]\n"
                              "feedback = false\n"
                              "[offsets]\n"
                              "debrief_due_hours = 3\n"
                              "follow_up_count = 1\n"
                              "[window]\n"
                              "past_days = 7\n");
    const auto json = rules();
    EXPECT_THAT(json["config_file"].get<std::string>(), HasSubstr(configPath));
    EXPECT_EQ(json["zone"], "Europe/Berlin");
    EXPECT_THAT(json["me"], ElementsAre("alex@example.org"));
    EXPECT_EQ(json["morning"], "08:30");
    EXPECT_EQ(json["references"][0]["email"], "dana@example.com");
    EXPECT_EQ(json["rules"]["feedback"], false);
    EXPECT_EQ(json["rules"]["debrief"], true);
    EXPECT_EQ(json["offsets"]["debrief_due_hours"], 3);
    EXPECT_EQ(json["offsets"]["thank_you_due_hours"], 24); // untouched default
    EXPECT_EQ(json["offsets"]["follow_up_count"], 1);
    EXPECT_EQ(json["window"]["past_days"], 7);
}

TEST_F(ConfigFile, wordsAndAddressesThatTellPeopleApart)
{
    sandbox.write(configPath, "[keywords]\n"
                              "candidate = [\"Kandidat\"]\n"
                              "[addresses]\n"
                              "role_mailboxes = [\"karriere\"]\n"
                              "services = [\"ats.example\"]\n");
    const auto json = rules();
    EXPECT_THAT(json["keywords"]["candidate"], ElementsAre("Kandidat"));
    EXPECT_THAT(json["addresses"]["role_mailboxes"], ElementsAre("karriere"));
    EXPECT_THAT(json["addresses"]["services"], ElementsAre("ats.example"));
    EXPECT_TRUE(last.err.empty()) << last.err;

    // They change whom the plan thanks: karriere@ beside a named interviewer is not thanked,
    // and the organizer writing from ats.example is nobody.
    sandbox.write("cal.ics", calendar("BEGIN:VEVENT\nUID:k@x\nDTSTART:20261201T130000Z\n"
                                      "SUMMARY:Interview: Acme – Engineer\n"
                                      "ORGANIZER;CN=Acme via ATS:mailto:acme@mail.ats.example\n"
                                      "ATTENDEE;CN=Jane Doe:mailto:jane@acme.example\n"
                                      "ATTENDEE:mailto:karriere@acme.example\nEND:VEVENT\n"));
    const auto plan = sandbox.run(
        {"plan", "cal.ics", "--now", fixedNow, "--format", "json", "--me", "me@example.org"});
    ASSERT_EQ(plan.exitCode, 0) << plan.err;
    std::vector<std::string> thanked;
    const auto planned = nlohmann::json::parse(plan.out);
    for (const auto& task : planned["tasks"]) {
        if (task["kind"] == "thank-you")
            thanked.push_back(task["person"]["email"]);
    }
    EXPECT_THAT(thanked, ElementsAre("jane@acme.example"));
}

TEST_F(ConfigFile, itChangesThePlan)
{
    sandbox.write(configPath, "zone = \"Europe/Berlin\"\n[offsets]\ndebrief_due_hours = 3\n"
                              "[rules]\nthank_you = false\n");
    sandbox.write("cal.ics", calendar(acmeInterview()));
    const auto result = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    for (const auto& task : json["tasks"]) {
        EXPECT_NE(task["kind"], "thank-you");
        if (task["kind"] == "debrief") { // ends 15:00 Berlin + 3 h
            EXPECT_EQ(task["due"], "2026-12-01T18:00:00+01:00");
        }
    }
}

TEST_F(ConfigFile, optionsOverrideTheConfigFile)
{
    sandbox.write(configPath, "me = [\"alex@example.org\"]\nzone = \"Europe/Berlin\"\n"
                              "[offsets]\ndebrief_due_hours = 3\n");
    const auto json = rules({"--zone", "Asia/Tokyo", "--me", "other@example.org", "--offset",
                             "debrief_due_hours=5", "--disable", "follow-up"});
    EXPECT_EQ(json["zone"], "Asia/Tokyo");
    EXPECT_THAT(json["me"], ElementsAre("other@example.org"));
    EXPECT_EQ(json["offsets"]["debrief_due_hours"], 5);
    EXPECT_EQ(json["rules"]["follow_up"], false);
}

TEST_F(ConfigFile, unknownKeysAreWarnedAboutWithFileAndLine)
{
    sandbox.write("my.toml", "zone = \"UTC\"\n[offsets]\ndebrief_due_hour = 3\n[rulez]\nx = 1\n");
    const auto json = rules({"--config", "my.toml"});
    EXPECT_THAT(last.err, HasSubstr("my.toml:3: unknown key 'offsets.debrief_due_hour'"));
    EXPECT_THAT(last.err, HasSubstr("my.toml:4: unknown key 'rulez'"));
    EXPECT_EQ(json["offsets"]["debrief_due_hours"], 2); // the typo changed nothing
}

TEST_F(ConfigFile, aSyntaxErrorRejectsTheFileWithItsLine)
{
    sandbox.write("my.toml", "zone = \"UTC\"\n\n[offsets\n");
    const auto result = sandbox.run({"rules", "--config", "my.toml"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("my.toml:3: "));
}

TEST_F(ConfigFile, aWrongTypeOrValueRejectsTheFileWithItsLine)
{
    sandbox.write("types.toml", "[offsets]\ndebrief_due_hours = \"two\"\n");
    const auto types = sandbox.run({"rules", "--config", "types.toml"});
    EXPECT_EQ(types.exitCode, 1);
    EXPECT_THAT(types.err, HasSubstr("types.toml:2: "));

    sandbox.write("zone.toml", "\nzone = \"Mars/Olympus\"\n");
    const auto zone = sandbox.run({"rules", "--config", "zone.toml"});
    EXPECT_EQ(zone.exitCode, 1);
    EXPECT_THAT(zone.err, HasSubstr("zone.toml:2: unknown time zone"));

    sandbox.write("time.toml", "morning = \"25:00\"\n");
    EXPECT_EQ(sandbox.run({"rules", "--config", "time.toml"}).exitCode, 1);

    // A float where a count belongs, too large for any integer (found by fuzz_config_file).
    sandbox.write("float.toml", "[window]\nfuture_days = 4.5e22\n");
    const auto huge = sandbox.run({"rules", "--config", "float.toml"});
    EXPECT_EQ(huge.exitCode, 1);
    EXPECT_THAT(huge.err, HasSubstr("float.toml:2: 'window.future_days' must be an integer"));
}

TEST_F(ConfigFile, aMissingExplicitConfigIsRejected)
{
    const auto result = sandbox.run({"rules", "--config", "absent.toml"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("absent.toml"));
}

TEST_F(ConfigFile, noConfigIgnoresTheXdgFile)
{
    sandbox.write(configPath, "zone = \"Asia/Tokyo\"\n");
    EXPECT_EQ(rules()["zone"], "Asia/Tokyo");
    const auto json = rules({"--no-config"});
    EXPECT_EQ(json["zone"], "UTC"); // TZ=UTC in the sandbox
    EXPECT_TRUE(json["config_file"].is_null());
}

TEST_F(ConfigFile, theHolidayRegionKeyWinsOverTheLocaleAndTheOptionOverIt)
{
    sandbox.write(configPath, "holidays_region = \"de-by_de\"\n");
    auto json = rules();
    EXPECT_EQ(json["holidays_region"], "de-by_de");
    EXPECT_EQ(json["holidays_region_source"], "config file");
    json = rules({"--holidays-region", "none"});
    EXPECT_TRUE(json["holidays_region"].is_null());
    EXPECT_EQ(json["holidays_region_source"], "--holidays-region");

    sandbox.write(configPath, "holidays_region = \"atlantis\"\n");
    const auto result = sandbox.run({"rules"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("config.toml:1"));
    EXPECT_THAT(result.err, HasSubstr("atlantis"));
}

// Issue 13: no silent cap; the message names the range.
TEST_F(ConfigFile, anOffsetOutsideItsRangeRejectsTheFileNamingTheRange)
{
    sandbox.write(configPath, "[offsets]\nfollow_up_count = 5\n");
    const auto result = sandbox.run({"rules"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("config.toml:2"));
    EXPECT_THAT(result.err, HasSubstr("follow_up_count"));
    EXPECT_THAT(result.err, HasSubstr("between 0 and 3"));
}

TEST_F(ConfigFile, holidaysAreRelativeToTheConfigFile)
{
    sandbox.write("conf/holidays.ics",
                  calendar("BEGIN:VEVENT\nUID:h1\nDTSTAMP:20260101T000000Z\n"
                           "DTSTART;VALUE=DATE:20261214\nSUMMARY:Holiday\nEND:VEVENT\n"));
    sandbox.write("conf/config.toml", "holidays = \"holidays.ics\"\n");
    const auto json = rules({"--config", "conf/config.toml"});
    EXPECT_THAT(json["holidays"], ElementsAre("2026-12-14"));
}

} // namespace
} // namespace followups::cli::testing
