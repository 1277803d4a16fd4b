#include "command_rules.h"

#include "failure.h"
#include "followups/safe_text.h"
#include "input_output.h"
#include "json_output.h"
#include "policy_keys.h"
#include "table_output.h"

#include <algorithm>
#include <iostream>

namespace followups::cli
{

namespace
{

std::string joined(const std::vector<std::string>& values)
{
    std::string text;
    for (const auto& value : values)
        text += (text.empty() ? "" : ", ") + value;
    return text;
}

// "sam@example.org (--me)", or how each run tells who the user is.
std::string meText(const Settings& settings)
{
    switch (settings.meFrom) {
    case MeFrom::Option:
        return joined(settings.policy.myAddresses) + " (--me)";
    case MeFrom::ConfigFile:
        return joined(settings.policy.myAddresses) + " (the config file)";
    case MeFrom::Calendars:
        break;
    }
    return "not set: taken from the calendars read, their X-WR-CALNAME address, else the address "
           "that attends two thirds of the events with attendees";
}

// A plain loop: Clang 14 cannot split a std::string with libstdc++ 12's views::split.
std::size_t widestLine(std::string_view text)
{
    std::size_t widest = 0;
    while (!text.empty()) {
        const auto end = std::min(text.find('\n'), text.size());
        widest = std::max(widest, displayWidth(text.substr(0, end)));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return widest;
}

// For a terminal too narrow for the table (setting names alone take 55 columns), each setting
// as the config file writes it, its meaning above it as a comment, both wrapped: nothing cut.
std::string settingLines(const std::vector<TableRow>& rows, std::size_t width)
{
    std::string out;
    for (const TableRow& row : rows) {
        constexpr std::string_view comment = "# ";
        const std::size_t textWidth = std::max(width, comment.size() + 1) - comment.size();
        for (const auto& line : wrapped(singleLineText(row[2]), textWidth))
            out.append(comment).append(line).append("\n");
        for (const auto& line : wrapped(singleLineText(row[0] + " = " + row[1]), width, 4))
            out += line + "\n";
    }
    return out;
}

std::string rulesTable(const Settings& settings)
{
    const auto& policy = settings.policy;
    std::vector<TableRow> rows;
    rows.push_back({"config_file", settings.configPath.empty() ? "(none)" : settings.configPath,
                    "the config file read"});
    rows.push_back({"zone", policy.userZone.id(), "your time zone"});
    rows.push_back({"me", meText(settings), "your own addresses, never thanked"});
    rows.push_back({"morning", formatTimeOfDay(policy.morning), "when morning reminders fire"});
    rows.push_back({"workday_end", formatTimeOfDay(policy.workdayEnd),
                    "when an all-day interview ends on its last day"});
    std::vector<std::string> references;
    for (const auto& person : policy.standingReferences)
        references.push_back(person.email.empty() ? person.name
                                                  : person.name + " <" + person.email + ">");
    rows.push_back({"references", joined(references), "your standing references"});
    const auto& region = settings.holidayRegion;
    rows.push_back({"holidays_region", region.region.value_or("none"),
                    "whose public holidays business days skip (from " + region.source + ")"});
    rows.push_back({"holidays",
                    std::to_string(policy.businessCalendar.holidays().size()) + " dates",
                    "skipped by business days, like weekends (the region's and --holidays')"});
    for (const auto kind : allTaskKinds)
        rows.push_back({"rules." + ruleKey(kind), policy.rules.enabled(kind) ? "on" : "off",
                        std::string{kindName(kind)} + " tasks"});
    auto offsets = policy.offsets;
    for (const auto& key : offsetKeys())
        rows.push_back({"offsets." + std::string{key.name}, std::to_string(key.field(offsets)),
                        std::string{key.help} + " (" + rangeText(key) + ")"});
    rows.push_back({"window.past_days", std::to_string(policy.window.past.value),
                    "plan interviews that ended at most this many days ago"});
    rows.push_back({"window.future_days", std::to_string(policy.window.future.value),
                    "… or that end at most this many days ahead"});
    rows.push_back({"limits.per_interview", std::to_string(policy.perInterviewLimit),
                    "at most this many interviewers, references and deliverables per interview"});
    rows.push_back({"limits.per_series", std::to_string(policy.seriesLimit),
                    "at most this many occurrences of one recurring interview planned"});
    rows.push_back({"limits.tasks_per_run", std::to_string(policy.taskLimit),
                    "at most this many tasks planned in one run"});
    rows.push_back({"keywords.interview", joined(policy.keywords.interview),
                    "words that make an event an interview"});
    rows.push_back(
        {"keywords.exclusion", joined(policy.keywords.exclusion), "words that make it not one"});
    rows.push_back({"keywords.candidate", joined(policy.keywords.candidate),
                    "words that make it not one when you organise it or nobody does"});
    rows.push_back({"addresses.role_mailboxes", joined(policy.roleMailboxes),
                    "mailboxes not thanked beside a named interviewer"});
    rows.push_back({"addresses.services", joined(policy.serviceDomains),
                    "applicant-tracking and scheduling services: never persons or companies"});
    rows.push_back({"keywords.no_follow_ups_category", policy.keywords.noFollowUpsCategory,
                    "the category that turns one interview off"});
    const TableRow header{"SETTING", "VALUE", "MEANING"};
    const std::string table = renderTable(header, rows, settings.table);
    const auto& width = settings.table.width;
    if (width && widestLine(table) > *width)
        return settingLines(rows, *width);
    return table;
}

std::string meFromName(MeFrom from)
{
    switch (from) {
    case MeFrom::Option:
        return "option";
    case MeFrom::ConfigFile:
        return "config file";
    case MeFrom::Calendars:
        break;
    }
    return "calendars";
}

} // namespace

int runRules(const Settings& settings)
{
    if (!settings.quiet) {
        for (const auto& warning : settings.warnings)
            std::cerr << formatWarning(warning) << '\n';
    }
    writeOutput(settings.outputPath,
                settings.format == OutputFormat::Json
                    ? rulesJson(settings.policy, settings.configPath, meFromName(settings.meFrom),
                                settings.holidayRegion.region, settings.holidayRegion.source)
                    : rulesTable(settings));
    return exitSuccess;
}

} // namespace followups::cli
