// Where the tool's bytes come from and go to: files or the standard streams ("-").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace followups::cli
{

// How much of a file read whole the tool takes (docs/robustness.md "Limits"): far above any real
// one (10,000 tasks are 30 MiB), far below what would exhaust memory (libical's tree takes up to
// ten times the file).
inline constexpr std::size_t configFileLimit = std::size_t{1} << 20;    // 1 MiB
inline constexpr std::size_t holidaysFileLimit = std::size_t{16} << 20; // 16 MiB
inline constexpr std::size_t tasksFileLimit = std::size_t{64} << 20;    // 64 MiB

// What a file that is not a regular one is, for messages: "a FIFO", "a device", "a socket",
// "a folder".
std::string fileKindOf(unsigned mode);

// The whole content of `path`, or of standard input for "-", at most `limit` bytes. Only a regular
// file is read whole: a FIFO or a device (/dev/zero) might never end. InputRejected names the
// file and the reason when it can't be read (missing, a folder, a FIFO, no permission, larger than
// `limit`).
std::string readInput(const std::string& path, std::size_t limit);

// One input read piece by piece ("-": standard input), so a whole calendar need not fit in memory.
// Opening and reading throw InputRejected naming the file and the reason, as readInput does.
class InputStream
{
public:
    explicit InputStream(const std::string& path);
    ~InputStream();
    InputStream(const InputStream&) = delete;
    InputStream& operator=(const InputStream&) = delete;

    // Up to `capacity` bytes into `buffer`; 0 at the end of the input.
    std::size_t read(char* buffer, std::size_t capacity);

private:
    std::string path_;
    int descriptor_ = -1;
    bool owned_ = false;
};

// To standard output, or atomically to `path` (see atomic_file.h).
void writeOutput(const std::optional<std::string>& path, std::string_view bytes);

} // namespace followups::cli
