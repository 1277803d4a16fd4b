// Everything the tool takes from its process environment: the clock, the system's time zone, the
// terminal and the config folder. The only place the real clock is read.
#pragma once

#include "followups/time.h"

#include <cstddef>
#include <optional>
#include <string>

namespace followups::cli
{

// `fixed` (from --now) when given; else SOURCE_DATE_EPOCH (reproducible builds' convention); else
// the system clock. Throws UsageError for a SOURCE_DATE_EPOCH that is not a number of seconds.
Instant currentTime(const std::optional<Instant>& fixed);

// The system's zone: TZ (without a leading ':'; a path to a zone file names the zone below
// "zoneinfo/"), else the target of /etc/localtime below "zoneinfo/", else "UTC". Not validated:
// the caller falls back to UTC with a warning.
std::string systemZoneId();

// Whether standard error is a terminal: a person reads it, who is told what happened.
bool standardErrorIsTerminal();

// Standard output, as a human may be reading it: whether it is a terminal; the width to fit
// (COLUMNS when it holds a positive number, else the terminal's own); whether to colour (a
// terminal, NO_COLOR unset or empty, TERM not "dumb").
struct StandardOutput {
    bool isTerminal = false;
    std::optional<std::size_t> columns;
    bool colour = false;
};
StandardOutput standardOutput();

// $XDG_CONFIG_HOME/interview-followups/config.toml, else ~/.config/…; nullopt without either
// variable.
std::optional<std::string> defaultConfigPath();

} // namespace followups::cli
