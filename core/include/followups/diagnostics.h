// Warnings carry the place in the user's input they are about, so a user can find and fix it.
// Plain values and a pure function; safe on any thread.
#pragma once

#include <string>
#include <vector>

namespace followups
{

struct SourceLocation {
    std::string file; // as the user named it; "-" for standard input; empty when not from a file
    int line = 0;     // 1-based physical line; 0 when unknown
};

struct Warning {
    SourceLocation where;
    std::string message;
};

using Warnings = std::vector<Warning>;

// "file:line: message" (or "file: message" when the line is unknown), for stderr: one line, with
// control characters and terminal escapes of the quoted input removed (safe_text.h).
std::string formatWarning(const Warning& warning);

} // namespace followups
