#include "settings.h"

#include "config_file.h"
#include "environment.h"
#include "failure.h"
#include "followups/holidays/regions.h"
#include "output_file.h"
#include "policy_keys.h"

#include <algorithm>
#include <filesystem>

namespace followups::cli
{

namespace
{

ConfigFile loadConfig(const RawOptions& raw)
{
    if (raw.noConfig)
        return {};
    if (!raw.config.empty())
        return readConfigFile(raw.config);
    const auto path = defaultConfigPath();
    if (!path || !std::filesystem::exists(*path))
        return {};
    return readConfigFile(*path);
}

Zone userZone(const RawOptions& raw, const ConfigValues& config, Warnings& warnings)
{
    if (!raw.zone.empty())
        return *Zone::fromId(raw.zone); // checked while parsing
    if (config.zone)
        return *config.zone;
    const auto systemId = systemZoneId();
    if (auto zone = Zone::fromId(systemId))
        return *zone;
    // Built in steps: GCC 12 at -O3 reports a false -Wmaybe-uninitialized for a nested-brace
    // temporary here.
    Warning unknownZone;
    unknownZone.where.file = "TZ";
    unknownZone.message = "unknown time zone '" + systemId +
                          "' (not an IANA name such as Europe/Berlin): planning in UTC; set "
                          "your zone with --zone or `zone` in the config file";
    warnings.push_back(std::move(unknownZone));
    return Zone::utc();
}

void applyConfig(const ConfigValues& config, Policy& policy)
{
    if (config.me)
        policy.myAddresses = *config.me;
    if (config.morning)
        policy.morning = *config.morning;
    if (config.workdayEnd)
        policy.workdayEnd = *config.workdayEnd;
    if (config.references)
        policy.standingReferences = *config.references;
    if (config.interviewKeywords)
        policy.keywords.interview = *config.interviewKeywords;
    if (config.exclusionWords)
        policy.keywords.exclusion = *config.exclusionWords;
    if (config.candidateWords)
        policy.keywords.candidate = *config.candidateWords;
    if (config.roleMailboxes)
        policy.roleMailboxes = *config.roleMailboxes;
    if (config.serviceDomains)
        policy.serviceDomains = *config.serviceDomains;
    if (config.noFollowUpsCategory)
        policy.keywords.noFollowUpsCategory = *config.noFollowUpsCategory;
    for (const auto& [kind, on] : config.rules)
        policy.rules.set(kind, on);
    for (const auto& [name, value] : config.offsets)
        findOffsetKey(name)->field(policy.offsets) = value;
    if (config.pastDays)
        policy.window.past = CalendarDays{*config.pastDays};
    if (config.futureDays)
        policy.window.future = CalendarDays{*config.futureDays};
    if (config.perInterviewLimit)
        policy.perInterviewLimit = *config.perInterviewLimit;
    if (config.seriesLimit)
        policy.seriesLimit = *config.seriesLimit;
    if (config.taskLimit)
        policy.taskLimit = *config.taskLimit;
}

void applyOptions(const RawOptions& raw, Policy& policy)
{
    if (!raw.me.empty())
        policy.myAddresses = raw.me;
    for (const auto& rule : raw.disabledRules)
        policy.rules.set(kindFromName(rule) ? *kindFromName(rule) : *kindFromRuleKey(rule), false);
    for (const auto& assignment : raw.offsets) {
        const auto equals = assignment.find('=');
        findOffsetKey(assignment.substr(0, equals))->field(policy.offsets) =
            std::stoi(assignment.substr(equals + 1));
    }
}

// The option, else the config file, else the country of the locale dates are shown in.
HolidayRegionChoice holidayRegion(const RawOptions& raw, const ConfigValues& config)
{
    const auto chosen = [](const std::string& code) {
        return code == "none" ? std::nullopt : holidays::resolveRegion(code);
    };
    if (!raw.holidaysRegion.empty())
        return {chosen(raw.holidaysRegion), "--holidays-region"}; // checked while parsing
    if (config.holidaysRegion)
        return {chosen(*config.holidaysRegion), "config file"};
    const auto locale = holidays::dateLocaleFromEnvironment();
    if (locale.variable.empty())
        return {std::nullopt, "no locale set"};
    return {holidays::regionOfLocale(locale.value), locale.variable + "=" + locale.value};
}

// --since and --until replace the window's ends: [since 00:00, until + 1 day 00:00) local.
TimeRange planningWindow(const RawOptions& raw, const Policy& policy, Instant now)
{
    auto window = defaultPlanningWindow(policy, now);
    if (!raw.since.empty())
        window.from = atLocalTime(*parseIsoDate(raw.since), TimeOfDay{0}, policy.userZone);
    if (!raw.until.empty())
        window.to = atLocalTime(addCalendarDays(*parseIsoDate(raw.until), CalendarDays{1}),
                                TimeOfDay{0}, policy.userZone);
    return window;
}

// As written; by default a table for a human at a terminal, iCalendar for scripts and files.
OutputFormat outputFormat(const std::string& name, bool toTerminal)
{
    if (name == "json")
        return OutputFormat::Json;
    if (name == "table" || (name.empty() && toTerminal))
        return OutputFormat::Table;
    return OutputFormat::Ics;
}

std::optional<std::string> nonEmpty(const std::string& text)
{
    return text.empty() ? std::nullopt : std::optional{text};
}

// The output holds tasks only: written over a file the run reads (a calendar, the holidays, the
// config file), it would replace the user's events or settings. (Writing over the --tasks file is
// the way to keep one task file up to date.)
void rejectOutputOverAnInput(const Settings& settings)
{
    if (!settings.outputPath || *settings.outputPath == "-")
        return;
    struct Read {
        std::string what;
        std::string path;
        std::string lost;
    };
    std::vector<Read> read;
    if (settings.command == CommandName::Plan) {
        for (const auto& input : settings.inputs)
            read.push_back({"the calendar", input, "its events"});
    }
    if (settings.holidaysPath)
        read.push_back({"the holidays file", *settings.holidaysPath, "your holidays"});
    if (!settings.configPath.empty())
        read.push_back({"the config file", settings.configPath, "your settings"});
    std::error_code error;
    for (const auto& [what, input, lost] : read) {
        if (input != "-" && std::filesystem::equivalent(input, *settings.outputPath, error))
            throw UsageError("-o " + *settings.outputPath + " is " + what + " " + input +
                             " being read; writing the tasks there would replace " + lost);
    }
}

} // namespace

Settings makeSettings(const RawOptions& raw)
{
    auto config = loadConfig(raw);
    Settings settings;
    settings.command = raw.command;
    settings.inputs = raw.inputs.empty() ? std::vector<std::string>{"-"} : raw.inputs;
    settings.interview = raw.interview;
    const bool toStandardOutput = raw.output.empty() || raw.output == "-";
    const auto terminal = toStandardOutput ? standardOutput() : StandardOutput{};
    settings.format = outputFormat(raw.format, terminal.isTerminal);
    settings.table = {terminal.columns, terminal.colour};
    settings.shape = raw.shape == "events" ? ical::Shape::Events : ical::Shape::Todos;
    if (!raw.output.empty() && raw.output != "-")
        settings.outputPath = outputFilePath(raw.output);
    settings.tasksPath = nonEmpty(raw.tasks);
    const bool calendarsFromStdin =
        raw.command == CommandName::Plan &&
        std::find(settings.inputs.begin(), settings.inputs.end(), "-") != settings.inputs.end();
    if (raw.tasks == "-" && calendarsFromStdin)
        throw UsageError("standard input can't hold both the calendar and --tasks");
    settings.holidaysPath = raw.holidays.empty() ? config.values.holidays : raw.holidays;
    settings.holidayRegion = holidayRegion(raw, config.values);
    settings.configPath = config.path;
    rejectOutputOverAnInput(settings);
    settings.warnings = std::move(config.warnings);
    settings.explain = raw.explain;
    settings.quiet = raw.quiet;
    settings.summaryLine = !raw.quiet && (raw.verbose || standardErrorIsTerminal());

    settings.policy = defaultPolicy(userZone(raw, config.values, settings.warnings));
    applyConfig(config.values, settings.policy);
    applyOptions(raw, settings.policy);
    settings.meFrom = !raw.me.empty()    ? MeFrom::Option
                      : config.values.me ? MeFrom::ConfigFile
                                         : MeFrom::Calendars;

    settings.now = currentTime(raw.now.empty() ? std::nullopt
                                               : parseRfc3339(raw.now)); // checked while parsing
    settings.window = planningWindow(raw, settings.policy, settings.now);
    if (settings.window.to <= settings.window.from)
        throw UsageError("the planning window is empty: --since must come before --until");
    return settings;
}

} // namespace followups::cli
