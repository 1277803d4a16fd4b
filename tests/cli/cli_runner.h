// Runs the built interview-followups binary in a temporary folder and captures what it did, for
// the end-to-end tests.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace followups::cli::testing
{

struct RunResult {
    int exitCode = -1; // 128 + the signal when killed (SIGKILL at the time limit: 137)
    std::string out;
    std::string err;
    double seconds = 0;           // wall-clock time
    double cpuSeconds = 0;        // user and system time: what a busy machine does not stretch
    long peakMemoryKibibytes = 0; // the process's peak resident set (ru_maxrss)
};

// How to run the binary, beyond its arguments.
struct RunOptions {
    std::string input{}; // standard input's bytes
    std::map<std::string, std::string> environment{};
    // Standard input or output from or to this file instead (a FIFO, /dev/full …).
    std::optional<std::filesystem::path> inputFrom{};
    std::optional<std::filesystem::path> outputTo{};
    // Killed (SIGKILL) when still running after this long; 0: no limit.
    std::chrono::milliseconds timeLimit{0};
};

// A run started and not yet waited for (one of two concurrent runs, say).
class RunningCli
{
public:
    RunningCli(int pid, std::filesystem::path captureFolder, std::chrono::milliseconds timeLimit);
    RunningCli(RunningCli&& other) noexcept;
    RunningCli& operator=(RunningCli&&) = delete;
    RunningCli(const RunningCli&) = delete;
    RunningCli& operator=(const RunningCli&) = delete;
    ~RunningCli(); // waits (killing it at the time limit) if not waited for yet
    int pid() const { return pid_; }
    RunResult wait();

private:
    int pid_ = -1;
    std::filesystem::path captureFolder_;
    std::chrono::milliseconds timeLimit_;
    std::chrono::steady_clock::time_point started_;
};

// A temporary folder, removed with its content on destruction. The binary runs inside it with a
// clean environment: HOME and XDG_CONFIG_HOME point into it (no user config is read), TZ=UTC,
// no SOURCE_DATE_EPOCH, no locale (LANG, LC_ALL, LC_TIME: no holidays), no COLUMNS or NO_COLOR,
// unless `environment` says otherwise (an empty value unsets).
class CliSandbox
{
public:
    CliSandbox();
    ~CliSandbox();
    CliSandbox(const CliSandbox&) = delete;
    CliSandbox& operator=(const CliSandbox&) = delete;

    const std::filesystem::path& folder() const { return folder_; }
    std::filesystem::path path(const std::string& name) const { return folder_ / name; }
    // Writes `content` to `name` inside the folder (creating sub-folders) and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& content) const;
    std::string read(const std::string& name) const;
    // Names of the files in the folder, sorted.
    std::vector<std::string> files() const;

    RunResult run(const std::vector<std::string>& arguments, const std::string& input = {},
                  const std::map<std::string, std::string>& environment = {}) const;
    RunResult run(const std::vector<std::string>& arguments, const RunOptions& options) const;
    RunningCli start(const std::vector<std::string>& arguments, const RunOptions& options) const;
    // The same with standard output on a pseudo-terminal `columns` wide (raw mode: the bytes
    // as written), as when a user runs the tool in a terminal; standard input is empty.
    RunResult runInTerminal(const std::vector<std::string>& arguments, unsigned short columns,
                            const std::map<std::string, std::string>& environment = {}) const;
    // The same with standard error on a pseudo-terminal instead, as when a user runs the tool by
    // hand and pipes its output; `err` is what the terminal showed.
    RunResult runOnTerminal(const std::vector<std::string>& arguments,
                            const std::map<std::string, std::string>& environment = {}) const;

private:
    // `stream` (standard output or error) on a pseudo-terminal `columns` wide, the other captured.
    RunResult runWithTerminal(const std::vector<std::string>& arguments, unsigned short columns,
                              const std::map<std::string, std::string>& environment,
                              int stream) const;
    // Forks; the child gets the environment, its standard streams from `redirect` and the folder
    // as working directory, and runs the binary. Returns the child's pid.
    int spawn(const std::vector<std::string>& arguments,
              const std::map<std::string, std::string>& environment,
              const std::function<void()>& redirect) const;
    std::filesystem::path folder_;
};

std::string readFile(const std::filesystem::path& path);
std::filesystem::path sourcePath(const std::string& relative); // inside the source tree

} // namespace followups::cli::testing
