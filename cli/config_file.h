// The user's config file (TOML; keys in docs/configuration.md and the man page). Every value is
// validated here; what is absent stays nullopt so options and defaults can fill it in settings.cpp.
#pragma once

#include "followups/diagnostics.h"
#include "followups/interview.h"
#include "followups/policy.h"
#include "followups/time.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace followups::cli
{

struct ConfigValues {
    std::optional<std::vector<std::string>> me;
    std::optional<Zone> zone;
    std::optional<TimeOfDay> morning;
    std::optional<TimeOfDay> workdayEnd;
    std::optional<std::string> holidays;       // relative paths resolved against the file's folder
    std::optional<std::string> holidaysRegion; // a KHolidays region code, or "none"
    std::optional<std::vector<Person>> references;
    std::optional<std::vector<std::string>> interviewKeywords;
    std::optional<std::vector<std::string>> exclusionWords;
    std::optional<std::vector<std::string>> candidateWords;
    std::optional<std::vector<std::string>> roleMailboxes;
    std::optional<std::vector<std::string>> serviceDomains;
    std::optional<std::string> noFollowUpsCategory;
    std::vector<std::pair<TaskKind, bool>> rules;
    std::vector<std::pair<std::string, int>> offsets; // names from offsetKeys()
    std::optional<int> pastDays;
    std::optional<int> futureDays;
    std::optional<int> perInterviewLimit;
    std::optional<int> seriesLimit;
    std::optional<int> taskLimit;
};

struct ConfigFile {
    std::string path; // empty when no file was read
    ConfigValues values;
    Warnings warnings; // unknown keys, so a typo is never silent
};

// Parses `text` read from `path`. Throws InputRejected "path:line: …" for a syntax error, a value
// of the wrong type or an invalid value (an unknown zone, "25:00").
ConfigFile parseConfigFile(std::string_view text, const std::string& path);

// Reads and parses `path`; InputRejected when it can't be read.
ConfigFile readConfigFile(const std::string& path);

} // namespace followups::cli
