// Validated settings (cli/settings.h) made directly from parsed options, a config file and the
// environment: options override the config file, which overrides the defaults; the planning
// window, the zone, the user's addresses and the refusals that protect the user's files.
#include "cli_runner.h"
#include "failure.h"
#include "options.h"
#include "settings.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace followups::cli
{
namespace
{

using namespace std::chrono;

// The environment the tool would read, fixed: no user config, UTC, no locale, no epoch.
class SettingsTest : public ::testing::Test
{
protected:
    SettingsTest()
    {
        setenv("HOME", sandbox.folder().c_str(), 1);
        setenv("XDG_CONFIG_HOME", sandbox.path("config").c_str(), 1);
        setenv("TZ", "UTC", 1);
        for (const char* name : {"LANG", "LC_ALL", "LC_TIME", "SOURCE_DATE_EPOCH"})
            unsetenv(name);
    }

    Settings settings(std::vector<const char*> arguments) const
    {
        RawOptions raw;
        const auto app = makeApp(raw);
        arguments.insert(arguments.begin(), "interview-followups");
        app->parse(static_cast<int>(arguments.size()), arguments.data());
        return makeSettings(raw);
    }

    std::string config(const std::string& content) const
    {
        return sandbox.write("settings.toml", content).string();
    }

    testing::CliSandbox sandbox;
};

TEST_F(SettingsTest, optionsOverrideTheConfigFileWhichOverridesTheDefaults)
{
    const auto path = config("[offsets]\ndebrief_due_hours = 5\nthank_you_due_hours = 30\n"
                             "[rules]\nfeedback = false\n");
    const auto fromFile = settings({"plan", "--config", path.c_str()});
    EXPECT_EQ(fromFile.configPath, path);
    EXPECT_EQ(fromFile.policy.offsets.debriefDue.value, 5);
    EXPECT_EQ(fromFile.policy.offsets.thankYouDue.value, 30);
    EXPECT_FALSE(fromFile.policy.rules.enabled(TaskKind::Feedback));

    const auto overridden = settings({"plan", "--config", path.c_str(), "--offset",
                                      "debrief_due_hours=7", "--disable", "thank-you"});
    EXPECT_EQ(overridden.policy.offsets.debriefDue.value, 7);
    EXPECT_EQ(overridden.policy.offsets.thankYouDue.value, 30);
    EXPECT_FALSE(overridden.policy.rules.enabled(TaskKind::ThankYou));

    const auto defaults = settings({"plan", "--no-config"});
    EXPECT_EQ(defaults.configPath, "");
    EXPECT_EQ(defaults.policy.offsets.debriefDue.value, 2);
    EXPECT_TRUE(defaults.policy.rules.enabled(TaskKind::Feedback));
}

TEST_F(SettingsTest, theDefaultConfigFileIsReadFromXdgConfigHome)
{
    sandbox.write("config/interview-followups/config.toml", "[offsets]\nfollow_up_count = 1\n");
    EXPECT_EQ(settings({"plan"}).policy.offsets.followUpCount, 1);
    EXPECT_EQ(settings({"plan", "--no-config"}).policy.offsets.followUpCount, 2);
}

TEST_F(SettingsTest, rulesAreDisabledByKindNameOrConfigKey)
{
    const auto disabled =
        settings({"--no-config", "--disable", "reference-heads-up", "--disable", "follow_up"});
    EXPECT_FALSE(disabled.policy.rules.enabled(TaskKind::ReferenceHeadsUp));
    EXPECT_FALSE(disabled.policy.rules.enabled(TaskKind::FollowUp));
    EXPECT_TRUE(disabled.policy.rules.enabled(TaskKind::Debrief));
}

TEST_F(SettingsTest, theUsersAddressesAndWhereTheyCameFrom)
{
    const auto path = config("me = [\"file@example.org\"]\n");
    const auto fromFile = settings({"--config", path.c_str()});
    EXPECT_EQ(fromFile.meFrom, MeFrom::ConfigFile);
    EXPECT_EQ(fromFile.policy.myAddresses, (std::vector<std::string>{"file@example.org"}));
    const auto fromOption = settings({"--config", path.c_str(), "--me", "opt@example.org"});
    EXPECT_EQ(fromOption.meFrom, MeFrom::Option);
    EXPECT_EQ(fromOption.policy.myAddresses, (std::vector<std::string>{"opt@example.org"}));
    EXPECT_EQ(settings({"--no-config"}).meFrom, MeFrom::Calendars);
}

TEST_F(SettingsTest, theZoneComesFromTheOptionElseTheConfigFileElseTz)
{
    const auto path = config("zone = \"Asia/Tokyo\"\n");
    EXPECT_EQ(settings({"--config", path.c_str(), "--zone", "Europe/Berlin"}).policy.userZone.id(),
              "Europe/Berlin");
    EXPECT_EQ(settings({"--config", path.c_str()}).policy.userZone.id(), "Asia/Tokyo");
    setenv("TZ", ":America/New_York", 1);
    EXPECT_EQ(settings({"--no-config"}).policy.userZone.id(), "America/New_York");
}

TEST_F(SettingsTest, anUnknownSystemZoneIsUtcWithAWarning)
{
    setenv("TZ", "Nowhere/Nothing", 1);
    const auto made = settings({"--no-config"});
    EXPECT_EQ(made.policy.userZone.id(), Zone::utc().id());
    ASSERT_EQ(made.warnings.size(), 1u);
    EXPECT_EQ(made.warnings[0].where.file, "TZ");
    EXPECT_NE(made.warnings[0].message.find("'Nowhere/Nothing'"), std::string::npos);
}

TEST_F(SettingsTest, sinceAndUntilAreWholeLocalDays)
{
    const auto made = settings({"--no-config", "--zone", "Europe/Berlin", "--since", "2026-11-01",
                                "--until", "2026-11-30"});
    // Midnight in Berlin: 23:00 UTC the day before.
    EXPECT_EQ(made.window.from, sys_days{year{2026} / 10 / 31} + hours{23});
    EXPECT_EQ(made.window.to, sys_days{year{2026} / 11 / 30} + hours{23});
}

TEST_F(SettingsTest, theDefaultWindowIsAroundNow)
{
    const auto made = settings({"--no-config", "--now", "2026-11-04T12:00:00Z"});
    EXPECT_EQ(made.now, sys_days{year{2026} / 11 / 4} + hours{12});
    const auto expected = defaultPlanningWindow(made.policy, made.now);
    EXPECT_EQ(made.window.from, expected.from);
    EXPECT_EQ(made.window.to, expected.to);
}

TEST_F(SettingsTest, anEmptyWindowIsAUsageError)
{
    EXPECT_THROW(settings({"--no-config", "--since", "2026-11-02", "--until", "2026-11-01"}),
                 UsageError);
    EXPECT_NO_THROW(settings({"--no-config", "--since", "2026-11-01", "--until", "2026-11-01"}));
}

TEST_F(SettingsTest, planReadsStandardInputWithoutFilesButNotTwice)
{
    EXPECT_EQ(settings({"plan", "--no-config"}).inputs, (std::vector<std::string>{"-"}));
    EXPECT_THROW(settings({"plan", "--no-config", "--tasks", "-"}), UsageError);
    EXPECT_NO_THROW(settings({"plan", "a.ics", "--no-config", "--tasks", "-"}));
}

TEST_F(SettingsTest, theOutputMayNotReplaceAFileTheRunReads)
{
    const auto calendar = sandbox.write("calendar.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    const auto holidays = sandbox.write("holidays.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    const auto path = config("");
    EXPECT_THROW(settings({"plan", calendar.c_str(), "--no-config", "-o", calendar.c_str()}),
                 UsageError);
    EXPECT_THROW(settings({"plan", calendar.c_str(), "--no-config", "--holidays", holidays.c_str(),
                           "-o", holidays.c_str()}),
                 UsageError);
    EXPECT_THROW(settings({"plan", calendar.c_str(), "--config", path.c_str(), "-o", path.c_str()}),
                 UsageError);
    // The --tasks file is the one the output is meant to replace.
    const auto tasks = sandbox.write("tasks.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    const auto made = settings(
        {"plan", calendar.c_str(), "--no-config", "--tasks", tasks.c_str(), "-o", tasks.c_str()});
    EXPECT_EQ(made.outputPath, tasks.string());
    EXPECT_EQ(made.tasksPath, tasks.string());
}

TEST_F(SettingsTest, formatAndShape)
{
    const auto file = sandbox.path("out.ics").string();
    EXPECT_EQ(settings({"--no-config", "-o", file.c_str()}).format, OutputFormat::Ics);
    EXPECT_EQ(settings({"--no-config", "--format", "json"}).format, OutputFormat::Json);
    EXPECT_EQ(settings({"--no-config", "--format", "table"}).format, OutputFormat::Table);
    EXPECT_EQ(settings({"--no-config"}).shape, ical::Shape::Todos);
    EXPECT_EQ(settings({"--no-config", "--as", "events"}).shape, ical::Shape::Events);
}

// Without a terminal (as here) only --verbose asks for the summary line.
TEST_F(SettingsTest, verboseAsksForTheSummaryLine)
{
    EXPECT_TRUE(settings({"--no-config", "--verbose"}).summaryLine);
    EXPECT_FALSE(settings({"--no-config"}).summaryLine);
    EXPECT_TRUE(settings({"--no-config", "--quiet"}).quiet);
}

TEST_F(SettingsTest, theHolidayRegionComesFromTheOptionElseTheConfigFileElseTheLocale)
{
    const auto path = config("holidays_region = \"fr_fr\"\n");
    const auto fromOption = settings({"--config", path.c_str(), "--holidays-region", "none"});
    EXPECT_EQ(fromOption.holidayRegion.region, std::nullopt);
    EXPECT_EQ(fromOption.holidayRegion.source, "--holidays-region");
    const auto fromFile = settings({"--config", path.c_str()});
    EXPECT_EQ(fromFile.holidayRegion.region, "fr_fr");
    EXPECT_EQ(fromFile.holidayRegion.source, "config file");
    EXPECT_EQ(settings({"--no-config"}).holidayRegion.source, "no locale set");
    setenv("LANG", "de_DE.UTF-8", 1);
    const auto fromLocale = settings({"--no-config"});
    EXPECT_EQ(fromLocale.holidayRegion.source, "LANG=de_DE.UTF-8");
    EXPECT_TRUE(fromLocale.holidayRegion.region);
}

} // namespace
} // namespace followups::cli
