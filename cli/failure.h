// The two ways a run fails, each with its documented exit code (SPEC §6). Thrown by the glue and
// caught once, in run(); the core and ical-export report problems as values instead.
#pragma once

#include <stdexcept>
#include <string>

namespace followups::cli
{

enum ExitCode : int {
    exitSuccess = 0,
    exitInputRejected = 1, // unreadable or invalid input, config file errors, unwritable output
    exitUsage = 2,         // bad options or option values
};

// Input the tool can't use. The message names the file (and line, when known).
struct InputRejected : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A usage error found after option parsing (CLI11 reports the others itself).
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace followups::cli
