// Runs the built interview-followups binary in a temporary folder and captures what it did, for
// the end-to-end tests.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace followups::cli::testing
{

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
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
    int start(const std::vector<std::string>& arguments,
              const std::map<std::string, std::string>& environment,
              const std::function<void()>& redirect) const;
    std::filesystem::path folder_;
};

std::string readFile(const std::filesystem::path& path);
std::filesystem::path sourcePath(const std::string& relative); // inside the source tree

} // namespace followups::cli::testing
