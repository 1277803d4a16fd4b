// Where -o may write (SPEC §6, issue 11): regular files only, through a symlink to its target, the
// replaced file keeping its mode, owner and extended attributes, never a file the run reads, and
// one run at a time on one file. Each test is named after what went wrong.
#include "cli_runner.h"
#include "ics_blocks.h"
#include "test_calendars.h"

#include <fcntl.h>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/xattr.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace followups::cli::testing
{
namespace
{

using followups::testing::blocksByUid;
using ::testing::HasSubstr;

class OutputTarget : public ::testing::Test
{
protected:
    void SetUp() override { sandbox.write("cal.ics", calendar(acmeInterview())); }

    RunResult planTo(const std::string& target, const std::vector<std::string>& more = {})
    {
        std::vector<std::string> arguments{"plan", "cal.ics", "--now", fixedNow, "-o", target};
        arguments.insert(arguments.end(), more.begin(), more.end());
        return sandbox.run(arguments);
    }

    CliSandbox sandbox;
};

// Every kind of file that is not a regular one is a usage error, left as it was: a FIFO was
// replaced by a regular file, and as root `-o /dev/null` replaced the system's /dev/null.
TEST_F(OutputTarget, aFifoADeviceASocketOrAFolderIsAUsageErrorAndStaysAsItWas)
{
    const auto fifo = sandbox.path("fifo");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
    const auto socketPath = sandbox.path("socket");
    const int socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    socketPath.string().copy(address.sun_path, sizeof address.sun_path - 1);
    ASSERT_EQ(::bind(socketFd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    std::filesystem::create_directory(sandbox.path("folder"));
    std::vector<std::pair<std::string, std::filesystem::file_type>> targets{
        {"fifo", std::filesystem::file_type::fifo},
        {"socket", std::filesystem::file_type::socket},
        {"folder", std::filesystem::file_type::directory},
    };
    // A device node of its own, like /dev/null (1, 3): making one needs root.
    if (::mknod(sandbox.path("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0)
        targets.emplace_back("null", std::filesystem::file_type::character);

    for (const auto& [name, type] : targets) {
        SCOPED_TRACE(name);
        const auto result = planTo(name);
        EXPECT_EQ(result.exitCode, 2) << result.err;
        EXPECT_THAT(result.err, HasSubstr(name));
        EXPECT_THAT(result.err, HasSubstr("not a regular file"));
        EXPECT_EQ(std::filesystem::symlink_status(sandbox.path(name)).type(), type);
    }
    ::close(socketFd);
}

TEST_F(OutputTarget, anEmptyNameIsAUsageErrorNotStandardOutput)
{
    const auto result = planTo("");
    EXPECT_EQ(result.exitCode, 2) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_THAT(result.err, HasSubstr("-o"));
}

// A symlink is followed: the file it names is replaced, the link stays (a tasks file kept in a
// synced folder and linked from home). One to nothing is refused, rather than guessed at.
TEST_F(OutputTarget, aSymlinkIsFollowedToTheFileItNamesAndStaysALink)
{
    sandbox.write("synced/tasks.ics", "old");
    std::filesystem::create_symlink("synced/tasks.ics", sandbox.path("tasks.ics"));
    const auto result = planTo("tasks.ics");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(std::filesystem::is_symlink(sandbox.path("tasks.ics")));
    EXPECT_THAT(sandbox.read("synced/tasks.ics"), HasSubstr("BEGIN:VTODO"));
    EXPECT_EQ(sandbox.files(), (std::vector<std::string>{"cal.ics", "synced", "tasks.ics"}));

    std::filesystem::create_symlink("synced/missing.ics", sandbox.path("dangling.ics"));
    const auto dangling = planTo("dangling.ics");
    EXPECT_EQ(dangling.exitCode, 2) << dangling.err;
    EXPECT_THAT(dangling.err, HasSubstr("dangling.ics"));
    EXPECT_FALSE(std::filesystem::exists(sandbox.path("synced/missing.ics")));
}

// As root, the replaced file got root's ownership and lost its extended attributes (an ACL, a
// SELinux label, a user's tag).
TEST_F(OutputTarget, theReplacedFileKeepsItsModeOwnerAndExtendedAttributes)
{
    const auto target = sandbox.write("tasks.ics", "old");
    std::filesystem::permissions(target, std::filesystem::perms{0640});
    const bool root = ::geteuid() == 0;
    if (root) {
        ASSERT_EQ(::chown(target.c_str(), 1234, 5678), 0);
    }
    const std::string tag = "interview follow-ups";
    const bool tagged =
        ::setxattr(target.c_str(), "user.followups.test", tag.data(), tag.size(), 0) == 0;

    const auto result = planTo("tasks.ics");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    struct stat after {
    };
    ASSERT_EQ(::stat(target.c_str(), &after), 0);
    EXPECT_EQ(after.st_mode & 07777, 0640u);
    if (root) {
        EXPECT_EQ(after.st_uid, 1234u);
        EXPECT_EQ(after.st_gid, 5678u);
    }
    if (tagged) {
        std::string value(64, '\0');
        const auto size =
            ::getxattr(target.c_str(), "user.followups.test", value.data(), value.size());
        ASSERT_GE(size, 0) << "the extended attribute is gone";
        value.resize(static_cast<std::size_t>(size));
        EXPECT_EQ(value, tag);
    }
    if (!root || !tagged)
        GTEST_SKIP() << "owner checked: " << root << ", extended attributes: " << tagged;
}

// -o naming a file the run reads would replace it with tasks: the calendars were refused already,
// the --holidays file and the config file were not.
TEST_F(OutputTarget, anyFileTheRunReadsIsRefusedButTheTasksFile)
{
    const std::string holidays = calendar("BEGIN:VEVENT\nUID:h\nDTSTART;VALUE=DATE:20261225\n"
                                          "SUMMARY:Christmas\nEND:VEVENT\n");
    sandbox.write("holidays.ics", holidays);
    const std::string config = "[window]\nfuture_days = 400\n";
    sandbox.write("config.toml", config);
    std::filesystem::create_symlink("holidays.ics", sandbox.path("link-to-holidays.ics"));

    for (const auto& [target, option] :
         std::vector<std::pair<std::string, std::vector<std::string>>>{
             {"cal.ics", {}},
             {"holidays.ics", {"--holidays", "holidays.ics"}},
             {"link-to-holidays.ics", {"--holidays", "holidays.ics"}},
             {"config.toml", {"--config", "config.toml"}},
         }) {
        SCOPED_TRACE(target);
        const auto result = planTo(target, option);
        EXPECT_EQ(result.exitCode, 2) << result.err;
        EXPECT_THAT(result.err, HasSubstr("being read"));
    }
    EXPECT_EQ(sandbox.read("holidays.ics"), holidays);
    EXPECT_EQ(sandbox.read("config.toml"), config);
    EXPECT_EQ(sandbox.read("cal.ics"), calendar(acmeInterview()));

    ASSERT_EQ(planTo("tasks.ics").exitCode, 0);
    const auto again = planTo("tasks.ics", {"--tasks", "tasks.ics"});
    EXPECT_EQ(again.exitCode, 0) << again.err;
}

// Two runs on one file, each reading it with --tasks and writing it: both exited 0 and one's tasks
// were gone. The first run here holds the file while it waits for its calendar (a FIFO the test
// feeds); the second, on another calendar, must wait for it and then build on what it wrote.
TEST_F(OutputTarget, twoRunsOnOneTasksFileLoseNeitherRunsTasks)
{
    ASSERT_EQ(planTo("tasks.ics").exitCode, 0);
    auto other = acmeInterview("Decision: 2026-12-09", "20261203T130000Z", "20261203T140000Z");
    other.replace(other.find("acme-1@"), 7, "acme-2@");
    sandbox.write("other.ics", calendar(other));
    const auto fifo = sandbox.path("slow.ics");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
    const RunOptions noLimit{.timeLimit = std::chrono::seconds{60}};

    auto first = sandbox.start(
        {"plan", "slow.ics", "--tasks", "tasks.ics", "--now", fixedNow, "-o", "tasks.ics"},
        noLimit);
    // Opening the FIFO returns once the first run opens it to read, after it read --tasks.
    const int feed = ::open(fifo.c_str(), O_WRONLY | O_CLOEXEC); // not the second run's
    ASSERT_GE(feed, 0);
    auto second = sandbox.start(
        {"plan", "other.ics", "--tasks", "tasks.ics", "--now", fixedNow, "-o", "tasks.ics"},
        noLimit);
    // Without a lock the second run reads, plans and writes the file now, before the first.
    std::this_thread::sleep_for(std::chrono::milliseconds{500});
    const std::string slow = calendar(acmeInterview("Decision: 2026-12-10"));
    ASSERT_EQ(::write(feed, slow.data(), slow.size()), static_cast<ssize_t>(slow.size()));
    ::close(feed);

    const auto firstResult = first.wait();
    const auto secondResult = second.wait();
    ASSERT_EQ(firstResult.exitCode, 0) << firstResult.err;
    ASSERT_EQ(secondResult.exitCode, 0) << secondResult.err;
    std::set<std::string> interviews;
    for (const auto& [uid, block] : blocksByUid(sandbox.read("tasks.ics"), "VTODO"))
        interviews.insert(followups::testing::propertyValue(block, "RELATED-TO"));
    EXPECT_EQ(interviews, (std::set<std::string>{"acme-1@example.com", "acme-2@example.com"}));
}

// A failed write of --help was an exit 0: a script could not tell it printed nothing.
TEST_F(OutputTarget, helpThatCantBeWrittenIsAnError)
{
    if (!std::filesystem::exists("/dev/full"))
        GTEST_SKIP() << "no /dev/full";
    const auto result = sandbox.run({"--help"}, RunOptions{.outputTo = "/dev/full"});
    EXPECT_NE(result.exitCode, 0);
}

} // namespace
} // namespace followups::cli::testing
