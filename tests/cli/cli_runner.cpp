#include "cli_runner.h"

#include <algorithm>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace followups::cli::testing
{

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream file{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{file}, std::istreambuf_iterator<char>{}};
}

std::filesystem::path sourcePath(const std::string& relative)
{
    return std::filesystem::path{FOLLOWUPS_SOURCE_TREE} / relative;
}

CliSandbox::CliSandbox()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "ifu-cli-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("mkdtemp failed");
    folder_ = pattern;
}

CliSandbox::~CliSandbox()
{
    std::error_code ignored;
    std::filesystem::permissions(folder_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(folder_, ignored);
}

std::filesystem::path CliSandbox::write(const std::string& name, const std::string& content) const
{
    auto target = folder_ / name;
    std::filesystem::create_directories(target.parent_path());
    std::ofstream file{target, std::ios::binary | std::ios::trunc};
    file << content;
    return target;
}

std::string CliSandbox::read(const std::string& name) const
{
    return readFile(folder_ / name);
}

std::vector<std::string> CliSandbox::files() const
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator{folder_})
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

RunResult CliSandbox::run(const std::vector<std::string>& arguments, const std::string& input,
                          const std::map<std::string, std::string>& environment) const
{
    return start(arguments, input, environment, false);
}

RunResult CliSandbox::runOnTerminal(const std::vector<std::string>& arguments,
                                    const std::map<std::string, std::string>& environment) const
{
    return start(arguments, {}, environment, true);
}

namespace
{

// A pseudo-terminal pair: the child writes to `follower`, the test reads `leader`.
struct Terminal {
    int leader = -1;
    int follower = -1;
};

Terminal openTerminal()
{
    Terminal terminal;
    terminal.leader = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (terminal.leader < 0 || ::grantpt(terminal.leader) != 0 || ::unlockpt(terminal.leader) != 0)
        throw std::runtime_error("no pseudo-terminal");
    terminal.follower = ::open(::ptsname(terminal.leader), O_RDWR | O_NOCTTY);
    if (terminal.follower < 0)
        throw std::runtime_error("cannot open the pseudo-terminal");
    return terminal;
}

// Everything the terminal showed until the child closed it, line ends as LF.
std::string drain(int leader)
{
    std::string shown;
    char buffer[4096];
    while (true) {
        const auto got = ::read(leader, buffer, sizeof buffer);
        if (got <= 0) // EIO once the child's side is closed
            break;
        shown.append(buffer, static_cast<std::size_t>(got));
    }
    std::erase(shown, '\r');
    return shown;
}

} // namespace

RunResult CliSandbox::start(const std::vector<std::string>& arguments, const std::string& input,
                            const std::map<std::string, std::string>& environment,
                            bool errorOnTerminal) const
{
    // Captured through files outside the folder, so the folder's listing stays the binary's own.
    std::string capture = (std::filesystem::temp_directory_path() / "ifu-run-XXXXXX").string();
    if (::mkdtemp(capture.data()) == nullptr)
        throw std::runtime_error("mkdtemp failed");
    const std::filesystem::path captureFolder{capture};
    {
        std::ofstream{captureFolder / "in", std::ios::binary} << input;
    }

    std::map<std::string, std::string> variables{
        {"HOME", (folder_ / "home").string()},
        {"XDG_CONFIG_HOME", (folder_ / "home/.config").string()},
        {"TZ", "UTC"},
        {"SOURCE_DATE_EPOCH", ""},
    };
    for (const auto& [name, value] : environment)
        variables[name] = value;

    std::optional<Terminal> terminal;
    if (errorOnTerminal)
        terminal = openTerminal();
    const pid_t child = ::fork();
    if (child == 0) {
        for (const auto& [name, value] : variables) {
            if (value.empty())
                ::unsetenv(name.c_str());
            else
                ::setenv(name.c_str(), value.c_str(), 1);
        }
        const auto redirect = [](const std::filesystem::path& file, int flags, int target) {
            const int fd = ::open(file.c_str(), flags, 0644);
            ::dup2(fd, target);
            ::close(fd);
        };
        redirect(captureFolder / "in", O_RDONLY, 0);
        redirect(captureFolder / "out", O_WRONLY | O_CREAT | O_TRUNC, 1);
        if (terminal) {
            ::dup2(terminal->follower, 2);
            ::close(terminal->follower);
            ::close(terminal->leader);
        } else {
            redirect(captureFolder / "err", O_WRONLY | O_CREAT | O_TRUNC, 2);
        }
        if (::chdir(folder_.c_str()) != 0)
            ::_exit(126);
        std::vector<char*> argv;
        std::string binary = FOLLOWUPS_CLI_BINARY;
        argv.push_back(binary.data());
        std::vector<std::string> copies = arguments;
        for (auto& argument : copies)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        ::execv(binary.c_str(), argv.data());
        ::_exit(127);
    }
    std::string shown;
    if (terminal) {
        ::close(terminal->follower);
        shown = drain(terminal->leader); // read as it comes: a full terminal would block the child
        ::close(terminal->leader);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    RunResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(captureFolder / "out");
    result.err = terminal ? shown : readFile(captureFolder / "err");
    std::filesystem::remove_all(captureFolder);
    return result;
}

} // namespace followups::cli::testing
