// writeFileAtomically: the new bytes or the old, never a mix; permissions kept; nothing left over.
#include "atomic_file.h"
#include "cli_runner.h"
#include "failure.h"

#include <chrono>
#include <csignal>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

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

TEST(AtomicFile, aWriterKilledMidWriteLeavesTheOldFileAndNoTemporaryFile)
{
    CliSandbox sandbox;
    const auto target = sandbox.write("tasks.ics", "old content");
    // Large enough that writing and flushing it takes far longer than the wait before the kill.
    const std::string huge(256 * 1024 * 1024, 'x');
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(ready[0]);
        const char go = 1;
        if (::write(ready[1], &go, 1) != 1)
            ::_exit(2);
        writeFileAtomically(target.string(), huge);
        ::_exit(0);
    }
    ::close(ready[1]);
    char go = 0;
    ASSERT_EQ(::read(ready[0], &go, 1), 1);
    ::close(ready[0]);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ::kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer finished before it was killed";

    EXPECT_EQ(readFile(target), "old content");
    EXPECT_THAT(sandbox.files(), ElementsAre("tasks.ics"));
}

TEST(AtomicFile, aTargetThatCannotBeWrittenIsNamedInTheError)
{
    CliSandbox sandbox;
    const auto file = sandbox.write("file", "a regular file");
    // Root writes anywhere: these fail whatever the permissions.
    const std::vector<std::string> targets{(file / "out.ics").string(), sandbox.folder().string(),
                                           "/proc/version"};
    for (const std::string& target : targets) {
        SCOPED_TRACE(target);
        try {
            writeFileAtomically(target, "x");
            ADD_FAILURE() << "written";
        } catch (const InputRejected& error) {
            EXPECT_THAT(error.what(), ::testing::StartsWith(target + ": cannot write: "));
        }
    }
    EXPECT_EQ(readFile(file), "a regular file");
    EXPECT_THAT(sandbox.files(), ElementsAre("file"));
}

} // namespace
} // namespace followups::cli
