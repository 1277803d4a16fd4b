// Exit codes and error messages of SPEC §6: 0 success, 1 input rejected, 2 usage errors; errors
// name the file (and line).
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace followups::cli::testing
{
namespace
{

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class ExitCodes : public ::testing::Test
{
protected:
    CliSandbox sandbox;
};

TEST_F(ExitCodes, helpListsTheCommandsAndExitsZero)
{
    const auto result = sandbox.run({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_THAT(result.out, AllOf(HasSubstr("plan"), HasSubstr("interview"), HasSubstr("rules"),
                                  HasSubstr("--format"), HasSubstr("--tasks")));
}

TEST_F(ExitCodes, subcommandHelpExitsZero)
{
    const auto result = sandbox.run({"interview", "--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_THAT(result.out, AllOf(HasSubstr("--company"), HasSubstr("--deliverable")));
}

TEST_F(ExitCodes, versionIsTheProjectVersion)
{
    const auto result = sandbox.run({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, std::string{"interview-followups "} + FOLLOWUPS_PROJECT_VERSION + "\n");
}

TEST_F(ExitCodes, successIsZero)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    const auto result = sandbox.run({"plan", "cal.ics", "--now", fixedNow});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("BEGIN:VTODO"));
}

TEST_F(ExitCodes, noCommandIsAUsageError)
{
    const auto result = sandbox.run({});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("command"));
}

TEST_F(ExitCodes, aFileWithoutACommandIsAUsageErrorThatSuggestsPlan)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    const auto result = sandbox.run({"cal.ics"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("interview-followups plan"));
}

TEST_F(ExitCodes, unknownOptionIsAUsageError)
{
    EXPECT_EQ(sandbox.run({"plan", "--frobnicate"}).exitCode, 2);
}

TEST_F(ExitCodes, badOptionValuesAreUsageErrors)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    for (const std::vector<std::string>& arguments : std::vector<std::vector<std::string>>{
             {"plan", "cal.ics", "--now", "yesterday"},
             {"plan", "cal.ics", "--now", "2026-11-22"},
             {"plan", "cal.ics", "--format", "xml"},
             {"plan", "cal.ics", "--as", "notes"},
             {"plan", "cal.ics", "--since", "2026-02-30"},
             {"plan", "cal.ics", "--until", "tomorrow"},
             {"plan", "cal.ics", "--zone", "Mars/Olympus"},
             {"plan", "cal.ics", "--holidays-region", "atlantis"},
             {"plan", "cal.ics", "--disable", "gratitude"},
             {"plan", "cal.ics", "--offset", "debrief_due_hours=soon"},
             {"plan", "cal.ics", "--config", "x.toml", "--no-config"},
             {"plan", "-", "--tasks", "-"},
             {"interview", "--company", "Acme"}, // --start is required
             {"interview", "--start", "next tuesday"},
         }) {
        const auto result = sandbox.run(arguments);
        EXPECT_EQ(result.exitCode, 2) << ::testing::PrintToString(arguments);
        EXPECT_THAT(result.out, IsEmpty()) << ::testing::PrintToString(arguments);
        EXPECT_FALSE(result.err.empty()) << ::testing::PrintToString(arguments);
    }
}

// Issue 13: `--offset follow_up_count=5` was silently capped to 3.
TEST_F(ExitCodes, anOffsetOutsideItsRangeIsAUsageErrorNamingTheRange)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    auto result = sandbox.run({"plan", "cal.ics", "--offset", "follow_up_count=5"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("follow_up_count"));
    EXPECT_THAT(result.err, HasSubstr("between 0 and 3"));
    result = sandbox.run({"plan", "cal.ics", "--offset", "debrief_due_hours=100000"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("between 0 and 8760"));
    EXPECT_EQ(sandbox.run({"plan", "cal.ics", "--offset", "follow_up_count=3"}).exitCode, 0);
}

// An unknown TZ is named once, whatever the command, and planning goes on in UTC.
TEST_F(ExitCodes, anUnknownTzVariableIsOneWarningNamingIt)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    for (const std::vector<std::string>& arguments : std::vector<std::vector<std::string>>{
             // --me: the one warning is the zone's, not who the user is (issue 10).
             {"plan", "cal.ics", "--now", fixedNow, "--me", "sam@example.org"},
             {"rules"},
             {"interview", "--start", "2026-12-01T10:00", "--now", fixedNow}}) {
        const auto result = sandbox.run(arguments, {}, {{"TZ", "Mars/Olympus"}});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_THAT(result.err, HasSubstr("TZ"));
        EXPECT_THAT(result.err, HasSubstr("Mars/Olympus"));
        EXPECT_THAT(result.err, HasSubstr("--zone"));
    }
    // glibc also takes a path to a zone file.
    const auto path = sandbox.run({"rules", "--format", "json"}, {},
                                  {{"TZ", "/usr/share/zoneinfo/Europe/Berlin"}});
    EXPECT_TRUE(path.err.empty()) << path.err;
    EXPECT_THAT(path.out, HasSubstr("\"Europe/Berlin\""));
}

TEST_F(ExitCodes, aMissingFileIsRejectedWithItsName)
{
    const auto result = sandbox.run({"plan", "nowhere.ics", "--now", fixedNow});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("nowhere.ics"));
    EXPECT_THAT(result.out, IsEmpty());
}

TEST_F(ExitCodes, aFileThatIsNotICalendarIsRejectedWithItsName)
{
    sandbox.write("notes.txt", "Remember to buy milk\n");
    const auto result = sandbox.run({"plan", "notes.txt", "--now", fixedNow});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("notes.txt"));
    EXPECT_THAT(result.out, IsEmpty());
}

TEST_F(ExitCodes, aBadTasksFileIsRejectedWithItsName)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    sandbox.write("tasks.ics", "this is not a calendar\n");
    const auto result = sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("tasks.ics"));
}

TEST_F(ExitCodes, anUnreadableDecisionDateIsAWarningWithFileAndLine)
{
    // DESCRIPTION is line 12 of the file: "Decision:" is its first line.
    sandbox.write("cal.ics", calendar(acmeInterview("Decision: 2026-13-45")));
    const auto result = sandbox.run({"plan", "cal.ics", "--now", fixedNow});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_THAT(result.err, AllOf(HasSubstr("cal.ics:12: "), HasSubstr("2026-13-45")));
    EXPECT_THAT(result.out, HasSubstr("BEGIN:VTODO")); // the rest is still planned
}

} // namespace
} // namespace followups::cli::testing
