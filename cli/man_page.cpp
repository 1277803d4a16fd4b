#include "man_page.h"

#include "followups/task.h"
#include "followups_cli_version.h"
#include "policy_keys.h"

#include <string_view>

namespace followups::cli
{

namespace
{

// Text as roff reads it: escapes, typographic characters by name, no control line by accident.
std::string roff(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto rest = text.substr(i);
        if (text[i] == '\\') {
            out += "\\e";
        } else if (text[i] == '-') {
            out += "\\-";
        } else if (rest.starts_with("–")) {
            out += "\\(en";
            i += std::string_view{"–"}.size() - 1;
        } else if (rest.starts_with("…")) {
            out += "...";
            i += std::string_view{"…"}.size() - 1;
        } else if (rest.starts_with("≥")) {
            out += "\\(>=";
            i += std::string_view{"≥"}.size() - 1;
        } else {
            out += text[i];
        }
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

std::string optionEntry(const CLI::Option& option)
{
    std::string names;
    for (const auto& name : option.get_snames())
        names += (names.empty() ? "" : ", ") + std::string{"\\fB"} + roff("-" + name) + "\\fR";
    for (const auto& name : option.get_lnames())
        names += (names.empty() ? "" : ", ") + std::string{"\\fB"} + roff("--" + name) + "\\fR";
    if (option.get_positional())
        names = "\\fI" + roff(option.get_name(true)) + "\\fR ...";
    else if (option.get_type_size() != 0)
        names += " \\fI" + roff(option.get_type_name()) + "\\fR";
    return ".TP\n" + names + "\n" + roff(option.get_description()) + "\n";
}

std::string optionsOf(const CLI::App& app, const std::string& group)
{
    std::string out;
    for (const auto* option : app.get_options()) {
        if (option->get_group() == group && option != app.get_help_ptr())
            out += optionEntry(*option);
    }
    return out;
}

std::string configurationSection()
{
    std::string out =
        ".SH CONFIGURATION\n"
        "Settings are read from \\fI$XDG_CONFIG_HOME/interview\\-followups/"
        "config.toml\\fR (else \\fI~/.config/interview\\-followups/config.toml\\fR), "
        "or from the file given with \\fB\\-\\-config\\fR. Options override it. "
        "An unknown key is reported with its file and line, so a typo is never "
        "silent; a value of the wrong type rejects the file (exit 1). See "
        "\\fIdocs/configuration.md\\fR for an annotated example.\n"
        ".SS Top level\n"
        ".TP\n\\fBme\\fR = [\"ADDRESS\", ...]\nYour own addresses (\\fB\\-\\-me\\fR). Without "
        "them, each run takes you from the calendars: their X\\-WR\\-CALNAME when it is an "
        "address (Google), else the address that attends two thirds of the events with "
        "attendees.\n"
        ".TP\n\\fBzone\\fR = \"IANA\"\nYour time zone (\\fB\\-\\-zone\\fR).\n"
        ".TP\n\\fBmorning\\fR = \"09:00\"\nWhen morning reminders fire.\n"
        ".TP\n\\fBworkday_end\\fR = \"17:00\"\n"
        "When an all\\-day interview ends on its last day.\n"
        ".TP\n\\fBholidays_region\\fR = \"REGION\"\nWhose public holidays business days skip "
        "(\\fB\\-\\-holidays\\-region\\fR): a KHolidays region, a country code, or "
        "\"none\". Default: the country of your locale.\n"
        ".TP\n\\fBholidays\\fR = \"FILE.ics\"\nMore holidays (\\fB\\-\\-holidays\\fR); "
        "relative to the config file's folder.\n"
        ".TP\n\\fB[[references]]\\fR name = \"...\", email = \"...\"\n"
        "Your standing references, one table each.\n"
        ".SS [keywords]\n"
        ".TP\n\\fBinterview\\fR = [...], \\fBexclusion\\fR = [...], "
        "\\fBno_follow_ups_category\\fR = \"...\"\n"
        "Words that make an event an interview, words that make it not one, and the "
        "category that turns one interview off.\n"
        ".TP\n\\fBcandidate\\fR = [...]\n"
        "Words that make it not one only when you organise it or nobody does (candidate, "
        "applicant ...): then you interview a candidate.\n"
        ".SS [addresses]\n"
        ".TP\n\\fBrole_mailboxes\\fR = [...]\n"
        "Mailboxes (recruiting, talent, jobs ...) not thanked beside a named interviewer.\n"
        ".TP\n\\fBservices\\fR = [...]\n"
        "Domains of applicant\\-tracking and scheduling services (greenhouse.io, lever.co ...): "
        "never persons, contacts or companies.\n"
        ".SS [rules]\n"
        "Each rule can be switched off (\\fB\\-\\-disable\\fR):\n";
    for (const auto kind : allTaskKinds)
        out += ".TP\n\\fB" + roff(ruleKey(kind)) + "\\fR = true\n" + roff(kindName(kind)) +
               " tasks.\n";
    out += ".SS [offsets]\nWhole numbers (\\fB\\-\\-offset NAME=N\\fR):\n";
    Offsets defaults;
    for (const auto& key : offsetKeys())
        out += ".TP\n\\fB" + roff(key.name) + "\\fR = " + std::to_string(key.field(defaults)) +
               "\n" + roff(key.help) + " (" + roff(rangeText(key)) + ").\n";
    out += ".SS [window]\n"
           ".TP\n\\fBpast_days\\fR = 30, \\fBfuture_days\\fR = 365\n"
           "Plan only interviews that ended at most \\fBpast_days\\fR ago or end at most "
           "\\fBfuture_days\\fR ahead (\\fB\\-\\-since\\fR and \\fB\\-\\-until\\fR override).\n";
    out += ".SS [limits]\n"
           ".TP\n\\fBper_interview\\fR = " +
           std::to_string(Policy{}.perInterviewLimit) +
           "\n"
           "At most this many interviewers (thank\\-you notes), references and deliverables are "
           "taken from one interview, with a warning when an invite lists more (1 to 1000).\n"
           ".TP\n\\fBper_series\\fR = " +
           std::to_string(Policy{}.seriesLimit) +
           "\n"
           "At most this many occurrences of one recurring interview in the planning window are "
           "planned, the first ones, with a warning naming the invite when it has more (1 to "
           "1000).\n"
           ".TP\n\\fBtasks_per_run\\fR = " +
           std::to_string(Policy{}.taskLimit) +
           "\n"
           "At most this many tasks are planned in one run, those of the earliest interviews, with "
           "a warning naming the first interview left out (1 to 1000000).\n";
    return out;
}

} // namespace

std::string renderManPage(const CLI::App& app)
{
    std::string out;
    out += ".\\\" Generated by `interview-followups --generate-man-page`; do not edit.\n";
    out += ".TH INTERVIEW\\-FOLLOWUPS 1 \"\" \"interview\\-followups " +
           std::string{projectVersion} + "\" \"User Commands\"\n";
    out += ".SH NAME\ninterview\\-followups \\- turn job\\-interview calendar events into "
           "follow\\-up tasks\n";
    out += ".SH SYNOPSIS\n"
           ".B interview\\-followups plan\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR|\\fB\\-\\fR]...\n.br\n"
           ".B interview\\-followups interview \\-\\-start\n\\fITIME\\fR [\\fIOPTIONS\\fR]\n.br\n"
           ".B interview\\-followups rules\n[\\fIOPTIONS\\fR]\n";
    out += ".SH DESCRIPTION\n" + roff(app.get_description()) + "\n";
    out += ".PP\nThe output is iCalendar (VTODO with VALARM, or reminder VEVENTs with "
           "\\fB\\-\\-as events\\fR), JSON or a table. The same input, settings and clock give "
           "byte\\-identical output.\n";

    out += ".SH COMMANDS\n";
    for (const auto* command : app.get_subcommands([](const CLI::App*) { return true; })) {
        out += ".SS " + roff(command->get_name()) + "\n" + roff(command->get_description()) + "\n";
        out += optionsOf(*command, "Options");
    }
    out += ".SH OPTIONS\nThese options come before or after the command.\n";
    for (const std::string group : {"Output", "Settings"})
        out += ".SS " + group + "\n" + optionsOf(app, group);
    out += ".SS Other\n";
    out += optionEntry(*app.get_help_ptr());
    out += optionEntry(*app.get_version_ptr());

    out += configurationSection();
    out += ".SH STANDARD ERROR\n"
           "Warnings name the file and line they are about (\\fB\\-\\-quiet\\fR silences them). "
           "When you cannot be told from the calendars and a thank\\-you note may be addressed "
           "to you, one warning says how to set \\fB\\-\\-me\\fR. On a terminal, \\fBplan\\fR "
           "ends with one summary line: events read, interviews, near misses, tasks by status, "
           "overdue tasks, and whom it took for you and why (\\fB\\-\\-verbose\\fR prints it "
           "when standard error is no terminal too). \\fB\\-\\-explain\\fR says, for every event "
           "that looked like an interview, whether it was taken and why, and which company, "
           "role and people were read from where.\n";
    out +=
        ".SH EXIT STATUS\n"
        ".TP\n0\nSuccess (warnings about the input may have been printed).\n"
        ".TP\n1\nInput rejected: an unreadable or non\\-iCalendar file, a bad \\fB\\-\\-tasks\\fR "
        "file, a config file with an error, or an output file that can't be written. The "
        "message names the file and, when known, the line.\n"
        ".TP\n2\nUsage error: an unknown option or a bad option value.\n";
    out += ".SH ENVIRONMENT\n"
           ".TP\n\\fBTZ\\fR\nYour time zone when neither \\fB\\-\\-zone\\fR nor the config file "
           "names one (else \\fI/etc/localtime\\fR).\n"
           ".TP\n\\fBLC_ALL\\fR, \\fBLC_TIME\\fR, \\fBLANG\\fR\nThe first one set is the locale "
           "whose country chooses your public holidays when neither "
           "\\fB\\-\\-holidays\\-region\\fR nor the config file names a region (none for C "
           "and POSIX).\n"
           ".TP\n\\fBLANGUAGE\\fR, \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR\nThe "
           "language of the tasks' texts, as gettext reads them, when \\fB\\-\\-language\\fR is "
           "not given (German, French and Spanish; English otherwise). The C library reads "
           "\\fBLANGUAGE\\fR only in a locale other than C and, from glibc 2.39 on, C.UTF-8; "
           "\\fB\\-\\-language\\fR takes any installed UTF-8 locale for the messages instead, "
           "and where there is none it warns and the texts stay in English (install one: "
           "\\fIlocales\\-all\\fR, or \\fIlocales\\fR and \\fBdpkg\\-reconfigure locales\\fR).\n"
           ".TP\n\\fBSOURCE_DATE_EPOCH\\fR\nThe clock (seconds since 1970) when \\fB\\-\\-now\\fR "
           "is not given.\n"
           ".TP\n\\fBXDG_CONFIG_HOME\\fR, \\fBHOME\\fR\nWhere the config file is looked for.\n";
    out += ".SH EXAMPLES\n"
           ".nf\ninterview\\-followups plan examples/interviews.ics \\-\\-now "
           "2026\\-11\\-22T09:00:00Z "
           "\\-\\-format table\n"
           "interview\\-followups plan calendar.ics \\-o followups.ics\n"
           "interview\\-followups plan calendar.ics \\-\\-tasks followups.ics \\-o followups.ics\n"
           "interview\\-followups interview \\-\\-company Acme \\-\\-role Engineer "
           "\\-\\-start 2026\\-12\\-01T14:00 \\-\\-interviewer \"Jane Doe <jane@acme.com>\"\n.fi\n";
    return out;
}

} // namespace followups::cli
