#include "cli_runner.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <pty.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <thread>
#include <unistd.h>
#include <utility>

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

namespace
{

int exitCodeOf(int status)
{
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void redirectFile(const std::filesystem::path& file, int flags, int target)
{
    const int fd = ::open(file.c_str(), flags, 0644);
    ::dup2(fd, target);
    ::close(fd);
}

// A folder outside the sandbox for what the binary reads and writes on its standard streams, so
// the sandbox's listing stays the binary's own.
std::filesystem::path captureFolder()
{
    std::string capture = (std::filesystem::temp_directory_path() / "ifu-run-XXXXXX").string();
    if (::mkdtemp(capture.data()) == nullptr)
        throw std::runtime_error("mkdtemp failed");
    return capture;
}

} // namespace

int CliSandbox::spawn(const std::vector<std::string>& arguments,
                      const std::map<std::string, std::string>& environment,
                      const std::function<void()>& redirect) const
{
    std::map<std::string, std::string> variables{
        {"HOME", (folder_ / "home").string()},
        {"XDG_CONFIG_HOME", (folder_ / "home/.config").string()},
        {"TZ", "UTC"},
        {"SOURCE_DATE_EPOCH", ""},
        // The locale chooses the holidays (and colours and widths follow the terminal): none
        // unless a test sets them.
        {"LANG", ""},
        {"LC_ALL", ""},
        {"LC_TIME", ""},
        {"COLUMNS", ""},
        {"NO_COLOR", ""},
        // A colour terminal, whatever the test itself runs in (CI's KF6 chroot sets TERM=dumb).
        {"TERM", "xterm-256color"},
    };
    for (const auto& [name, value] : environment)
        variables[name] = value;

    const pid_t child = ::fork();
    if (child != 0)
        return child;
    for (const auto& [name, value] : variables) {
        if (value.empty())
            ::unsetenv(name.c_str());
        else
            ::setenv(name.c_str(), value.c_str(), 1);
    }
    redirect();
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

RunResult CliSandbox::run(const std::vector<std::string>& arguments, const std::string& input,
                          const std::map<std::string, std::string>& environment) const
{
    return run(arguments, RunOptions{input, environment});
}

RunResult CliSandbox::run(const std::vector<std::string>& arguments,
                          const RunOptions& options) const
{
    return start(arguments, options).wait();
}

RunningCli CliSandbox::start(const std::vector<std::string>& arguments,
                             const RunOptions& options) const
{
    const std::filesystem::path capture = captureFolder();
    {
        std::ofstream{capture / "in", std::ios::binary} << options.input;
    }
    const pid_t child = spawn(arguments, options.environment, [&] {
        redirectFile(options.inputFrom.value_or(capture / "in"), O_RDONLY, 0);
        redirectFile(options.outputTo.value_or(capture / "out"), O_WRONLY | O_CREAT | O_TRUNC, 1);
        redirectFile(capture / "err", O_WRONLY | O_CREAT | O_TRUNC, 2);
    });
    return RunningCli{child, capture, options.timeLimit};
}

RunningCli::RunningCli(int pid, std::filesystem::path captureFolder,
                       std::chrono::milliseconds timeLimit)
    : pid_(pid), captureFolder_(std::move(captureFolder)), timeLimit_(timeLimit),
      started_(std::chrono::steady_clock::now())
{
}

RunningCli::RunningCli(RunningCli&& other) noexcept
    : pid_(std::exchange(other.pid_, -1)), captureFolder_(std::move(other.captureFolder_)),
      timeLimit_(other.timeLimit_), started_(other.started_)
{
}

RunningCli::~RunningCli()
{
    if (pid_ > 0)
        wait();
}

RunResult RunningCli::wait()
{
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = ::wait4(pid_, &status, timeLimit_.count() > 0 ? WNOHANG : 0, &usage);
        if (done == pid_ || (done < 0 && errno != EINTR))
            break;
        if (done == 0 && std::chrono::steady_clock::now() - started_ > timeLimit_)
            ::kill(pid_, SIGKILL); // reaped by the next wait4
        else if (done == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds{5});
    }
    pid_ = -1;
    RunResult result;
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    result.peakMemoryKibibytes = usage.ru_maxrss;
    const auto seconds = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
    };
    result.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    result.exitCode = exitCodeOf(status);
    result.out = readFile(captureFolder_ / "out");
    result.err = readFile(captureFolder_ / "err");
    std::filesystem::remove_all(captureFolder_);
    return result;
}

RunResult CliSandbox::runInTerminal(const std::vector<std::string>& arguments,
                                    unsigned short columns,
                                    const std::map<std::string, std::string>& environment) const
{
    return runWithTerminal(arguments, columns, environment, STDOUT_FILENO);
}

RunResult CliSandbox::runOnTerminal(const std::vector<std::string>& arguments,
                                    const std::map<std::string, std::string>& environment) const
{
    return runWithTerminal(arguments, 80, environment, STDERR_FILENO);
}

RunResult CliSandbox::runWithTerminal(const std::vector<std::string>& arguments,
                                      unsigned short columns,
                                      const std::map<std::string, std::string>& environment,
                                      int stream) const
{
    int terminal = -1;
    int device = -1;
    termios raw{};
    ::cfmakeraw(&raw);
    const winsize size{24, columns, 0, 0};
    if (::openpty(&terminal, &device, nullptr, &raw, &size) != 0)
        throw std::runtime_error("openpty failed");
    const std::filesystem::path capture = captureFolder();
    const int captured = stream == STDOUT_FILENO ? STDERR_FILENO : STDOUT_FILENO;
    const std::filesystem::path capturedFile = capture / (stream == STDOUT_FILENO ? "err" : "out");
    const pid_t child = spawn(arguments, environment, [&] {
        ::close(terminal);
        redirectFile("/dev/null", O_RDONLY, 0);
        ::dup2(device, stream);
        ::close(device);
        redirectFile(capturedFile, O_WRONLY | O_CREAT | O_TRUNC, captured);
    });
    ::close(device);
    // Read while the child writes (a terminal holds only a few KiB); EIO once it has exited.
    std::string shown;
    char buffer[4096];
    for (ssize_t got; (got = ::read(terminal, buffer, sizeof buffer)) > 0;)
        shown.append(buffer, static_cast<std::size_t>(got));
    ::close(terminal);
    int status = 0;
    ::waitpid(child, &status, 0);
    RunResult result;
    result.exitCode = exitCodeOf(status);
    (stream == STDOUT_FILENO ? result.out : result.err) = std::move(shown);
    (stream == STDOUT_FILENO ? result.err : result.out) = readFile(capturedFile);
    std::filesystem::remove_all(capture);
    return result;
}

} // namespace followups::cli::testing
