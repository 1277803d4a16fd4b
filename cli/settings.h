// Validated settings (ripgrep's hiargs): the options as typed, the config file and the environment
// merged into what the commands need: the core's Policy, the planning window, the clock, and the
// read and write options. Options override the config file, which overrides the defaults.
#pragma once

#include "followups/diagnostics.h"
#include "followups/ical/writer.h"
#include "followups/planner.h"
#include "followups/policy.h"
#include "options.h"
#include "table_output.h"

#include <optional>
#include <string>
#include <vector>

namespace followups::cli
{

enum class OutputFormat { Ics, Json, Table };

// Where the user's own addresses come from (SPEC §2).
enum class MeFrom {
    Calendars,  // not set: each run tells them from the calendars (user_identity.h)
    ConfigFile, // `me` in the config file
    Option,     // --me
};

// Whose public holidays business days skip, and why (`rules` shows both).
struct HolidayRegionChoice {
    std::optional<std::string> region; // a KHolidays region code; nullopt: none
    std::string source; // "--holidays-region", "config file", "LANG=de_DE.UTF-8", "no locale set"
};

struct Settings {
    CommandName command = CommandName::None;
    std::vector<std::string> inputs; // never empty for `plan`: "-" when none was given
    InterviewArguments interview;

    OutputFormat format = OutputFormat::Ics;
    TableStyle table; // the terminal's width and colours when the output goes to one
    ical::Shape shape = ical::Shape::Todos;
    std::optional<std::string> outputPath;
    std::optional<std::string> tasksPath;
    std::optional<std::string> holidaysPath; // read by the command: a bad file rejects the input
    HolidayRegionChoice holidayRegion;       // its days off are added by the command too

    Policy policy; // everything but the holidays
    MeFrom meFrom = MeFrom::Calendars;
    Instant now;
    TimeRange window; // interviews ending in [from, to) are planned

    std::string configPath; // the config file read; empty when none
    Warnings warnings;      // from the config file and the environment

    bool explain = false;     // --explain
    bool quiet = false;       // no warnings, no summary line
    bool summaryLine = false; // on a terminal, or --verbose; never with --quiet
};

// Reads the config file (unless --no-config) and the environment. Throws InputRejected for a bad
// config file, UsageError for a bad environment value.
Settings makeSettings(const RawOptions& raw);

} // namespace followups::cli
