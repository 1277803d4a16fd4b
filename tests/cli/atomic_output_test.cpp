// -o FILE is written atomically (SPEC §6): a failed run leaves the previous file byte-identical, a
// successful one replaces it, and no temporary file is left behind either way.
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace followups::cli::testing
{
namespace
{

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class AtomicOutput : public ::testing::Test
{
protected:
    CliSandbox sandbox;
};

TEST_F(AtomicOutput, aFailingRunLeavesThePreviousFileUntouched)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    const std::string previous = "previous content, must survive\r\n";
    sandbox.write("out.ics", previous);

    // The second input does not exist: the run fails after reading the first.
    const auto result =
        sandbox.run({"plan", "cal.ics", "missing.ics", "--now", fixedNow, "-o", "out.ics"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("missing.ics"));
    EXPECT_EQ(sandbox.read("out.ics"), previous);
    EXPECT_THAT(sandbox.files(), ElementsAre("cal.ics", "out.ics"));
}

TEST_F(AtomicOutput, aSuccessfulRunReplacesTheFileAndPrintsNothing)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    sandbox.write("out.ics", "old\n");
    const auto result = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "out.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.out.empty());

    const auto toStdout = sandbox.run({"plan", "cal.ics", "--now", fixedNow});
    EXPECT_EQ(sandbox.read("out.ics"), toStdout.out);
    EXPECT_THAT(sandbox.files(), ElementsAre("cal.ics", "out.ics"));
}

TEST_F(AtomicOutput, anUnwritableFolderIsRejectedAndLeavesNothing)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    const auto result =
        sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "no/such/folder/out.ics"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("no/such/folder/out.ics"));
    EXPECT_THAT(sandbox.files(), ElementsAre("cal.ics"));
}

TEST_F(AtomicOutput, anUnwritableTargetIsNamedAndLeavesTheInputsUntouched)
{
    const std::string calendarText = calendar(acmeInterview());
    sandbox.write("cal.ics", calendarText);
    sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"});
    const std::string tasks = sandbox.read("tasks.ics");
    ASSERT_FALSE(tasks.empty());
    // A path through a regular file, a file of /proc: neither can be written, even by root. (A
    // folder is no regular file: a usage error, tests/cli/output_target_test.cpp.)
    for (const std::string target : {"cal.ics/out.ics", "/proc/version"}) {
        SCOPED_TRACE(target);
        const auto result = sandbox.run(
            {"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "-o", target});
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_THAT(result.err, HasSubstr(target + ": cannot write: "));
        EXPECT_EQ(sandbox.read("cal.ics"), calendarText);
        EXPECT_EQ(sandbox.read("tasks.ics"), tasks);
        EXPECT_THAT(sandbox.files(), ElementsAre("cal.ics", "tasks.ics"));
    }
}

TEST_F(AtomicOutput, theTasksFileCanBeUpdatedInPlace)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    sandbox.write("cal.ics", calendar(acmeInterview("Decision: 2026-12-15")));
    const std::string before = sandbox.read("tasks.ics");
    const auto result = sandbox.run(
        {"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "-o", "tasks.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(sandbox.read("tasks.ics"), before);
    EXPECT_THAT(sandbox.files(), ElementsAre("cal.ics", "tasks.ics"));
}

TEST_F(AtomicOutput, writingOverACalendarReadIsAUsageError)
{
    const std::string calendarText = calendar(acmeInterview());
    sandbox.write("cal.ics", calendarText);
    for (const std::string target : {"cal.ics", "./cal.ics"}) {
        const auto result = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", target});
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_THAT(result.err, HasSubstr("would replace its events"));
        EXPECT_EQ(sandbox.read("cal.ics"), calendarText);
    }
}

} // namespace
} // namespace followups::cli::testing
