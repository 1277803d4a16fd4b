// The one table of options (ripgrep's flags): --help, parsing and the man page all come from the
// CLI11 app built here. Values are checked as they are parsed (a bad --now is a usage error, exit
// 2) but kept as typed; settings.h turns them into validated settings in a second step.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

namespace followups::cli
{

enum class CommandName { None, Plan, Interview, Rules };

// An interview described with options instead of a calendar file (`interview` command).
struct InterviewArguments {
    std::string uid;
    std::string summary;
    std::string company;
    std::string role;
    std::string start;
    std::string end;
    std::vector<std::string> interviewers;
    std::vector<std::string> references;
    std::string contact;
    std::string decision;
    std::string contactBy;
    std::vector<std::string> deliverables;
    std::string outcome;
};

struct RawOptions {
    CommandName command = CommandName::None;
    std::vector<std::string> inputs; // plan: files, "-" for standard input
    InterviewArguments interview;

    std::string format; // empty: table on a terminal, else ics
    std::string shape = "todos";
    std::string output;
    std::string tasks;
    std::vector<std::string> me;
    std::string now;
    std::string since;
    std::string until;
    std::string zone;
    std::string language; // of the tasks' texts; empty: the locale's
    std::string holidays;
    std::string holidaysRegion; // a KHolidays region or country code, or "none"
    std::string config;
    bool noConfig = false;
    bool explain = false;
    bool verbose = false;
    bool quiet = false;
    std::vector<std::string> disabledRules;
    std::vector<std::string> offsets; // "name=value"
    bool generateManPage = false;
    std::string generateCompletion; // "bash" or "zsh"
};

// The app's options write into `raw`, which must outlive the app.
std::unique_ptr<CLI::App> makeApp(RawOptions& raw);

// The fixed values an option of the app takes (--format: ics, json, table; --offset: each
// "NAME="), for the shell completions; empty when its value is free.
std::vector<std::string> optionChoices(const CLI::Option& option);

} // namespace followups::cli
