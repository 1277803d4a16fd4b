#include "options.h"

#include "command_interview.h"
#include "followups/ascii_text.h"
#include "followups/holidays/regions.h"
#include "followups/policy.h"
#include "followups/recognize.h"
#include "followups/time.h"
#include "followups_cli_version.h"
#include "policy_keys.h"

#include <algorithm>
#include <charconv>

namespace followups::cli
{

namespace
{

const std::vector<std::string> formats{"ics", "json", "table"};
const std::vector<std::string> shapes{"todos", "events"};

// Checks that only accept; the parsed values are made in settings.cpp.
const std::string supportedYears =
    std::to_string(firstSupportedYear) + " to " + std::to_string(lastSupportedYear);
const CLI::Validator rfc3339{[](std::string& text) {
                                 const auto instant = parseRfc3339(text);
                                 if (!instant)
                                     return "not an RFC 3339 date-time with an offset: " + text;
                                 return isSupported(*instant)
                                            ? std::string{}
                                            : "outside the years " + supportedYears + ": " + text;
                             },
                             ""};
const CLI::Validator isoDate{[](std::string& text) {
                                 const auto date = parseIsoDate(text);
                                 if (!date)
                                     return "not a date YYYY-MM-DD: " + text;
                                 return isSupported(*date)
                                            ? std::string{}
                                            : "outside the years " + supportedYears + ": " + text;
                             },
                             ""};
const CLI::Validator zoneName{[](std::string& text) {
                                  return Zone::fromId(text) ? std::string{}
                                                            : "unknown time zone: " + text;
                              },
                              ""};
const CLI::Validator holidayRegion{
    [](std::string& text) {
        return text == "none" || holidays::resolveRegion(text)
                   ? std::string{}
                   : "unknown holiday region: " + text +
                         " (a KHolidays region such as de_de or de-by_de, a country such as DE, "
                         "or none)";
    },
    ""};
// gettext's LANGUAGE: language codes ("de", "pt_BR", "sr@latin") separated by colons.
const CLI::Validator languageName{
    [](std::string& text) {
        const bool wellFormed = !text.empty() && text.front() != ':' && text.back() != ':' &&
                                std::all_of(text.begin(), text.end(), [](char c) {
                                    return ascii::isAlpha(c) || ascii::isDigit(c) || c == '_' ||
                                           c == '@' || c == ':' || c == '-' || c == '.';
                                });
        return wellFormed ? std::string{} : "not a language code such as de, fr or es_MX: " + text;
    },
    ""};
const CLI::Validator ruleName{[](std::string& text) {
                                  return kindFromName(text) || kindFromRuleKey(text)
                                             ? std::string{}
                                             : "unknown rule: " + text;
                              },
                              ""};
const CLI::Validator offsetAssignment{
    [](std::string& text) {
        const auto equals = text.find('=');
        const OffsetKey* key =
            equals == std::string::npos ? nullptr : findOffsetKey(text.substr(0, equals));
        if (key == nullptr)
            return "expected NAME=VALUE with an offset name listed by `rules`: " + text;
        int value = 0;
        const auto* begin = text.data() + equals + 1;
        const auto* end = text.data() + text.size();
        const auto [stop, error] = std::from_chars(begin, end, value);
        if (error != std::errc{} || stop != end || begin == end || value < key->minimum ||
            value > key->maximum)
            return text + ": " + std::string{key->name} + " must be a whole number " +
                   rangeText(*key);
        return std::string{};
    },
    ""};

// An empty file name: `-o ''` wrote to standard output.
const CLI::Validator fileName{[](std::string& text) {
                                  return text.empty() ? std::string{"an empty file name"}
                                                      : std::string{};
                              },
                              ""};

// An `interview` option's value is read by the core as the `Key: value` line it becomes
// (command_interview.cpp): what the core can't read is refused here, naming the option, instead of
// a warning about a DESCRIPTION the user never wrote and a plan made without it.
CLI::Validator fieldValue(std::string key, std::string (*asLine)(std::string_view) = nullptr)
{
    return {[key, asLine](std::string& text) {
                static const Policy policy = defaultPolicy(Zone::utc());
                const auto problem =
                    unreadableFieldValue(key, asLine ? asLine(text) : text, policy);
                return problem ? "cannot read \"" + text + "\": " + *problem : std::string{};
            },
            ""};
}

void addPlanCommand(CLI::App& app, RawOptions& raw)
{
    auto* plan = app.add_subcommand(
        "plan", "Plan the follow-up tasks for the interviews in calendar files (.ics); with no "
                "FILE or with -, read standard input. This is the main command.");
    plan->add_option("FILE", raw.inputs, "iCalendar files to read; - for standard input")
        ->type_name("");
    plan->callback([&raw] { raw.command = CommandName::Plan; });
}

void addInterviewCommand(CLI::App& app, RawOptions& raw)
{
    auto* interview = app.add_subcommand(
        "interview", "Plan the follow-up tasks for one interview described with options instead "
                     "of a calendar file. Times without an offset are in --zone.");
    auto& args = raw.interview;
    interview->add_option("--company", args.company, "The employer");
    interview->add_option("--role", args.role, "The position");
    interview
        ->add_option("--start", args.start,
                     "Start: YYYY-MM-DDTHH:MM[:SS] in --zone, RFC 3339 with an offset, or "
                     "YYYY-MM-DD for an all-day interview")
        ->type_name("TIME")
        ->required();
    interview
        ->add_option("--end", args.end,
                     "End, written like --start; for an all-day interview its last day (default: "
                     "one hour after a timed start, the same day for an all-day one)")
        ->type_name("TIME");
    interview
        ->add_option("--interviewer", args.interviewers,
                     "An interviewer: \"Name <address>\", a name or an address (repeatable)")
        ->type_name("PERSON");
    interview
        ->add_option("--reference", args.references,
                     "A reference to give a heads-up: \"Name <address>\" (repeatable)")
        ->type_name("PERSON");
    interview
        ->add_option("--contact", args.contact,
                     "Whom the follow-ups address: an address or a phone number")
        ->check(fieldValue("Contact"));
    interview
        ->add_option("--decision", args.decision,
                     "When they promised a decision: YYYY-MM-DD, or +Nd / +Nw after the end")
        ->type_name("DATE")
        ->check(fieldValue("Decision"));
    interview
        ->add_option("--contact-by", args.contactBy,
                     "The date by which they asked to hear from you")
        ->type_name("DATE")
        ->check(fieldValue("Contact by"));
    interview
        ->add_option("--deliverable", args.deliverables,
                     "Something you promised: \"WHAT by YYYY-MM-DD\" (repeatable)")
        ->type_name("TEXT")
        ->check(fieldValue("Deliverable"));
    interview
        ->add_option("--outcome", args.outcome,
                     "rejected, offer, accepted or withdrawn, optionally with :YYYY-MM-DD")
        ->type_name("OUTCOME[:DATE]")
        ->check(fieldValue("Outcome", outcomeLineValue));
    interview->add_option("--summary", args.summary,
                          "The event's title (default: \"Interview: COMPANY – ROLE\")");
    interview->add_option("--uid", args.uid,
                          "The interview's UID (default: derived from the options, so the same "
                          "description gives the same task UIDs)");
    interview->callback([&raw] { raw.command = CommandName::Interview; });
}

void addRulesCommand(CLI::App& app, RawOptions& raw)
{
    auto* rules = app.add_subcommand(
        "rules", "Print the effective rules, offsets and settings after the config file and the "
                 "options (--format table or json)");
    rules->callback([&raw] { raw.command = CommandName::Rules; });
}

void addSharedOptions(CLI::App& app, RawOptions& raw)
{
    const std::string output = "Output";
    const std::string settings = "Settings";
    app.add_option("--format", raw.format,
                   "Output format: ics, json or table (default: table when standard output is a "
                   "terminal, else ics)")
        ->type_name("FORMAT")
        ->check(CLI::IsMember(formats))
        ->group(output);
    app.add_option("--as", raw.shape,
                   "todos: VTODO tasks (default); events: reminder VEVENTs for apps that drop "
                   "VTODO on import (Google Calendar, Outlook)")
        ->type_name("SHAPE")
        ->check(CLI::IsMember(shapes))
        ->group(output);
    app.add_option(
           "-o,--output", raw.output,
           "Write to FILE instead of standard output, atomically: a failed run leaves FILE "
           "as it was (a regular file, or a symlink to one; - is standard output); it keeps "
           "its permissions, owner and extended attributes. Runs on one FILE take turns")
        ->type_name("FILE")
        ->check(fileName)
        ->group(output);
    auto* verbose = app.add_flag("--verbose", raw.verbose,
                                 "End plan with its summary line on standard error also when that "
                                 "is not a terminal (on a terminal it always ends with it)")
                        ->group(output);
    app.add_flag("-q,--quiet", raw.quiet,
                 "Print no warnings and no summary line on standard error; errors still are")
        ->excludes(verbose)
        ->group(output);
    app.add_flag("--explain", raw.explain,
                 "Say on standard error, for every event that looked like an interview, whether "
                 "it was taken and why, and which company, role and people were read from where")
        ->group(output);
    app.add_option("--tasks", raw.tasks,
                   "The tasks exported before (possibly edited since): the output is their "
                   "reconciliation with the plan; tasks you completed, edited or deleted stay so, "
                   "and everything else in FILE is written back as it was")
        ->type_name("FILE")
        ->check(fileName)
        ->group(output);

    app.add_option("--me", raw.me,
                   "One of your own addresses, never thanked (repeatable; default: the calendars' "
                   "X-WR-CALNAME address, else the address attending two thirds of their events "
                   "with attendees)")
        ->type_name("ADDRESS")
        ->group(settings);
    app.add_option("--now", raw.now,
                   "Fix the clock (default: SOURCE_DATE_EPOCH, else the system clock); also the "
                   "DTSTAMP of the tasks written")
        ->type_name("RFC3339")
        ->check(rfc3339)
        ->group(settings);
    app.add_option("--since", raw.since,
                   "Plan interviews ending on or after DATE (default: 30 days before now)")
        ->type_name("DATE")
        ->check(isoDate)
        ->group(settings);
    app.add_option("--until", raw.until,
                   "Plan interviews ending on or before DATE (default: 365 days after now)")
        ->type_name("DATE")
        ->check(isoDate)
        ->group(settings);
    app.add_option("--zone", raw.zone,
                   "Your time zone (default: TZ, else /etc/localtime, else UTC)")
        ->type_name("IANA")
        ->check(zoneName)
        ->group(settings);
    app.add_option("--language", raw.language,
                   "The language of the tasks' texts: de, es, fr or en, or a list in LANGUAGE's "
                   "form, de:fr (default: the locale's, from LANGUAGE, LC_ALL, LC_MESSAGES or "
                   "LANG)")
        ->type_name("LANG")
        ->check(languageName)
        ->group(settings);
    app.add_option("--holidays-region", raw.holidaysRegion,
                   "Your public holidays, skipped by business days: a KHolidays region (the data "
                   "KOrganizer shows: de_de, de-by_de, us_en-us …), a country code (DE), or none "
                   "(default: the country of your locale, from LC_ALL, LC_TIME or LANG)")
        ->type_name("REGION")
        ->check(holidayRegion)
        ->group(settings);
    app.add_option("--holidays", raw.holidays,
                   "An iCalendar file of more holidays (every day an event covers), skipped by "
                   "business days as well")
        ->type_name("FILE.ics")
        ->check(fileName)
        ->group(settings);
    app.add_option("--disable", raw.disabledRules,
                   "Switch a rule off: debrief, thank-you, reference-heads-up, deliverable, "
                   "follow-up, feedback, reference-thank-you, withdraw-notice (repeatable)")
        ->type_name("RULE")
        ->check(ruleName)
        ->group(settings);
    app.add_option("--offset", raw.offsets,
                   "Set an offset, by its config file name (repeatable; see `rules`)")
        ->type_name("NAME=N")
        ->check(offsetAssignment)
        ->group(settings);
    auto* config = app.add_option("--config", raw.config,
                                  "Read settings from FILE instead of "
                                  "$XDG_CONFIG_HOME/interview-followups/config.toml")
                       ->type_name("FILE")
                       ->check(fileName)
                       ->group(settings);
    app.add_flag("--no-config", raw.noConfig, "Read no config file")
        ->excludes(config)
        ->group(settings);
    // For the build: renders this table as a man page (docs/interview-followups.1) and as shell
    // completions (completions/).
    app.add_flag("--generate-man-page", raw.generateManPage)->group("");
    app.add_option("--generate-completion", raw.generateCompletion)
        ->check(CLI::IsMember({"bash", "zsh"}))
        ->group("");
}

} // namespace

std::unique_ptr<CLI::App> makeApp(RawOptions& raw)
{
    auto app = std::make_unique<CLI::App>(
        "Turns job-interview calendar events into follow-up tasks: debrief, thank-you notes, "
        "reference heads-ups, deliverables, follow-ups, feedback, reference thank-yous and "
        "withdraw notices, with due dates and reminders.",
        "interview-followups");
    // Shared options may follow the command name: `interview-followups plan x.ics --format json`.
    app->fallthrough();
    app->require_subcommand(0, 1);
    app->set_version_flag("--version", std::string{"interview-followups "} + projectVersion);
    app->footer("Exit status: 0 success, 1 input rejected, 2 usage error. See "
                "interview-followups(1).");
    addSharedOptions(*app, raw);
    addPlanCommand(*app, raw);
    addInterviewCommand(*app, raw);
    addRulesCommand(*app, raw);
    for (auto* command : app->get_subcommands([](CLI::App*) { return true; }))
        command->footer(
            "The output and settings options of `interview-followups --help` (--format, "
            "-o, --tasks, --me, --now, --zone …) work here too.");
    return app;
}

std::vector<std::string> optionChoices(const CLI::Option& option)
{
    const auto named = [&](std::string_view name) { return option.check_lname(std::string{name}); };
    if (named("format"))
        return formats;
    if (named("as"))
        return shapes;
    if (named("disable")) {
        std::vector<std::string> rules;
        for (const auto kind : allTaskKinds)
            rules.emplace_back(kindName(kind));
        return rules;
    }
    if (named("offset")) {
        std::vector<std::string> assignments;
        for (const auto& key : offsetKeys())
            assignments.push_back(std::string{key.name} + "=");
        return assignments;
    }
    if (named("holidays-region"))
        return {"none"};
    return {};
}

} // namespace followups::cli
