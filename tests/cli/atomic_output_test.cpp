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

} // namespace
} // namespace followups::cli::testing
