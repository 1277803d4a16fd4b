#include "environment.h"

#include "failure.h"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <sys/ioctl.h>
#include <system_error>
#include <unistd.h>

namespace followups::cli
{

namespace
{

std::optional<std::string> variable(const char* name)
{
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    return std::string{value};
}

} // namespace

Instant currentTime(const std::optional<Instant>& fixed)
{
    if (fixed)
        return *fixed;
    if (const auto epoch = variable("SOURCE_DATE_EPOCH")) {
        long long seconds = 0;
        const auto* end = epoch->data() + epoch->size();
        const auto [stop, error] = std::from_chars(epoch->data(), end, seconds);
        if (error != std::errc{} || stop != end)
            throw UsageError("SOURCE_DATE_EPOCH: not a number of seconds: " + *epoch);
        const Instant instant{std::chrono::seconds{seconds}};
        if (!isSupported(instant))
            throw UsageError("SOURCE_DATE_EPOCH: outside the years " +
                             std::to_string(firstSupportedYear) + " to " +
                             std::to_string(lastSupportedYear) + ": " + *epoch);
        return instant;
    }
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string systemZoneId()
{
    // A zone file's path names its zone after "zoneinfo/": /etc/localtime's target, and TZ as
    // glibc also takes it ("/usr/share/zoneinfo/Europe/Berlin").
    constexpr std::string_view marker = "zoneinfo/";
    if (auto tz = variable("TZ")) {
        std::string_view id = *tz;
        if (id.starts_with(':'))
            id.remove_prefix(1);
        if (const auto at = id.find(marker); id.starts_with('/') && at != std::string_view::npos)
            id.remove_prefix(at + marker.size());
        return std::string{id};
    }
    std::error_code error;
    const auto target = std::filesystem::read_symlink("/etc/localtime", error).string();
    if (const auto at = target.find(marker); !error && at != std::string::npos)
        return target.substr(at + marker.size());
    return "UTC";
}

bool standardErrorIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

StandardOutput standardOutput()
{
    StandardOutput output;
    output.isTerminal = ::isatty(STDOUT_FILENO) == 1;
    if (const auto columns = variable("COLUMNS")) {
        std::size_t value = 0;
        const auto* end = columns->data() + columns->size();
        const auto [stop, error] = std::from_chars(columns->data(), end, value);
        if (error == std::errc{} && stop == end && value > 0)
            output.columns = value;
    }
    winsize size{};
    if (!output.columns && output.isTerminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
        size.ws_col > 0)
        output.columns = size.ws_col;
    output.colour = output.isTerminal && !variable("NO_COLOR") && variable("TERM") != "dumb";
    return output;
}

std::optional<std::string> defaultConfigPath()
{
    constexpr std::string_view tail = "/interview-followups/config.toml";
    if (auto xdg = variable("XDG_CONFIG_HOME"))
        return *xdg + std::string{tail};
    if (auto home = variable("HOME"))
        return *home + "/.config" + std::string{tail};
    return std::nullopt;
}

} // namespace followups::cli
