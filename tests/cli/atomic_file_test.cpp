// writeFileAtomically: the new bytes or the old, never a mix; permissions kept; nothing left over.
#include "atomic_file.h"
#include "cli_runner.h"
#include "failure.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace followups::cli
{
namespace
{

using testing::CliSandbox;
using ::testing::ElementsAre;
using testing::readFile;

namespace fs = std::filesystem;

TEST(AtomicFile, replacesTheContentAndKeepsThePermissions)
{
    CliSandbox sandbox;
    const auto target = sandbox.write("tasks.ics", "old");
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    writeFileAtomically(target.string(), "new content");
    EXPECT_EQ(readFile(target), "new content");
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_THAT(sandbox.files(), ElementsAre("tasks.ics"));
}

TEST(AtomicFile, createsANewFileReadableLikeAnyOther)
{
    CliSandbox sandbox;
    const auto previousMask = ::umask(022);
    writeFileAtomically(sandbox.path("new.ics").string(), "x");
    ::umask(previousMask);
    EXPECT_EQ(readFile(sandbox.path("new.ics")), "x");
    // mkstemp's 0600 is not kept: a new file gets 0666 less the umask, like `>` in a shell.
    EXPECT_NE(fs::status(sandbox.path("new.ics")).permissions() & fs::perms::others_read,
              fs::perms::none);
}

TEST(AtomicFile, aFolderInTheWayIsRejectedAndLeavesNoTemporaryFile)
{
    CliSandbox sandbox;
    fs::create_directory(sandbox.path("out.ics"));
    EXPECT_THROW(writeFileAtomically(sandbox.path("out.ics").string(), "x"), InputRejected);
    EXPECT_THAT(sandbox.files(), ElementsAre("out.ics"));
    EXPECT_TRUE(fs::is_directory(sandbox.path("out.ics")));
}

} // namespace
} // namespace followups::cli
