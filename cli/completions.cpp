#include "completions.h"

#include "options.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace followups::cli
{
namespace
{

constexpr std::string_view program = "interview-followups";

// What an option's value is called: its type name without what CLI11 appends for a set of
// values (":{ics,json,table}").
std::string valueName(const CLI::Option& option)
{
    const std::string type = option.get_type_name();
    return type.substr(0, type.find(":{"));
}

// What an option's value completes to.
enum class ValueKind { None, Choices, Files, CalendarFiles, Free };

ValueKind valueKind(const CLI::Option& option)
{
    if (option.get_expected_max() == 0) // a flag
        return ValueKind::None;
    if (!optionChoices(option).empty())
        return ValueKind::Choices;
    const std::string type = valueName(option);
    if (type == "FILE.ics")
        return ValueKind::CalendarFiles;
    if (type == "FILE")
        return ValueKind::Files;
    return ValueKind::Free;
}

// The options a user types: not the positional FILE, not the build's hidden ones.
std::vector<const CLI::Option*> typedOptions(const CLI::App& app)
{
    std::vector<const CLI::Option*> options;
    for (const CLI::Option* option : app.get_options()) {
        if (!option->get_positional() && !option->get_group().empty())
            options.push_back(option);
    }
    return options;
}

std::vector<std::string> namesOf(const CLI::Option& option)
{
    std::vector<std::string> names;
    for (const auto& name : option.get_snames())
        names.push_back("-" + name);
    for (const auto& name : option.get_lnames())
        names.push_back("--" + name);
    return names;
}

std::vector<const CLI::App*> commandsOf(const CLI::App& app)
{
    std::vector<const CLI::App*> commands;
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
        commands.push_back(command);
    return commands;
}

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ")
{
    std::string text;
    for (const auto& word : words)
        text.append(text.empty() ? "" : separator).append(word);
    return text;
}

// ---- bash ----

std::string bashWords(const CLI::App& app)
{
    std::vector<std::string> words;
    for (const CLI::Option* option : typedOptions(app)) {
        for (const auto& name : namesOf(*option))
            words.push_back(name);
    }
    return joined(words);
}

// One `case "$prev"` branch per option that takes a value.
std::string bashValueCases(const std::vector<const CLI::Option*>& options)
{
    std::string out;
    for (const CLI::Option* option : options) {
        const ValueKind kind = valueKind(*option);
        if (kind == ValueKind::None)
            continue;
        out += "        " + joined(namesOf(*option), "|") + ")\n";
        switch (kind) {
        case ValueKind::Choices: {
            const auto choices = optionChoices(*option);
            out +=
                "            COMPREPLY=($(compgen -W \"" + joined(choices) + "\" -- \"$cur\"))\n";
            // "NAME=": the value follows without a space.
            if (choices.front().ends_with('='))
                out += "            compopt -o nospace 2>/dev/null\n";
            break;
        }
        case ValueKind::CalendarFiles:
            out += "            _interview_followups_files ics\n";
            break;
        case ValueKind::Files:
            out += "            _interview_followups_files\n";
            break;
        case ValueKind::Free:
        case ValueKind::None:
            break;
        }
        out += "            return\n            ;;\n";
    }
    return out;
}

// ---- zsh ----

// Text inside a single-quoted _arguments spec's [description] or after a ':'.
std::string zshEscaped(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else if (c == '[' || c == ']' || c == ':' || c == '\\')
            out += std::string{'\\'} + c;
        else
            out += c;
    }
    return out;
}

// The first clause of a description: a menu line, not a paragraph.
std::string shortDescription(std::string_view text)
{
    std::string_view clause = text.substr(0, std::min(text.find(". "), text.find_first_of(";(")));
    while (!clause.empty() && clause.back() == ' ')
        clause.remove_suffix(1);
    return std::string{clause};
}

// One _arguments spec per name of the option, each single-quoted.
std::vector<std::string> zshSpecs(const CLI::Option& option)
{
    const auto names = namesOf(option);
    const ValueKind kind = valueKind(option);
    const bool repeatable = option.get_items_expected_max() > 1;
    std::string exclusive;
    if (names.size() > 1 && !repeatable)
        exclusive = "(" + joined(names) + ")";
    const std::string description =
        "[" + zshEscaped(shortDescription(option.get_description())) + "]";
    const std::string type = zshEscaped(valueName(option));
    std::string value;
    switch (kind) {
    case ValueKind::None:
        break;
    case ValueKind::Choices: {
        const auto choices = optionChoices(option);
        // "NAME=": the value follows without a space.
        value = ":" + type + ":" +
                (choices.front().ends_with('=') ? "{compadd -S \"\" -- " + joined(choices) + "}"
                                                : "(" + joined(choices) + ")");
        break;
    }
    case ValueKind::CalendarFiles:
        value = ":" + type + ":_files -g \"*.ics(-.)\"";
        break;
    case ValueKind::Files:
        value = ":" + type + ":_files";
        break;
    case ValueKind::Free:
        value = ":" + type + ": ";
        break;
    }
    std::vector<std::string> specs;
    for (const auto& name : names) {
        // A long option's value may follow '=' or come as the next word.
        const std::string form = kind != ValueKind::None && name.starts_with("--") ? "=" : "";
        specs.push_back("'" + exclusive + (repeatable ? "*" : "") + name + form + description +
                        value + "'");
    }
    return specs;
}

std::vector<std::string> zshSpecs(const CLI::App& app)
{
    std::vector<std::string> specs;
    for (const CLI::Option* option : typedOptions(app)) {
        for (auto& spec : zshSpecs(*option))
            specs.push_back(std::move(spec));
    }
    return specs;
}

bool takesFiles(const CLI::App& command)
{
    return !command.get_options([](const CLI::Option* option) { return option->get_positional(); })
                .empty();
}

} // namespace

std::string bashCompletion(const CLI::App& app)
{
    std::string out = "# bash completion for interview-followups.\n"
                      "# Generated by `interview-followups --generate-completion bash`; do not "
                      "edit.\n\n";
    out += "_interview_followups_files()\n"
           "{\n"
           "    compopt -o filenames 2>/dev/null\n"
           "    if [[ -n $1 ]]; then\n"
           "        COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X \"!*.$1\" -- \"$cur\"))\n"
           "    else\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "    fi\n"
           "}\n\n";
    out += "_interview_followups()\n"
           "{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
           "    local command='' word\n"
           "    for word in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do\n"
           "        case $word in\n";
    std::vector<std::string> commandNames;
    for (const CLI::App* command : commandsOf(app))
        commandNames.push_back(command->get_name());
    out += "            " + joined(commandNames, "|") + ") command=$word; break ;;\n";
    out += "        esac\n"
           "    done\n\n"
           "    case $prev in\n";
    std::vector<const CLI::Option*> valued = typedOptions(app);
    for (const CLI::App* command : commandsOf(app)) {
        for (const CLI::Option* option : typedOptions(*command))
            valued.push_back(option);
    }
    // Help flags repeat in every command; an option with a value appears once.
    out += bashValueCases(valued);
    out += "    esac\n\n"
           "    local options=\"" +
           bashWords(app) +
           "\"\n"
           "    case $command in\n";
    for (const CLI::App* command : commandsOf(app)) {
        out += "        " + command->get_name() + ")\n";
        out += "            options+=\" " + bashWords(*command) + "\"\n";
        if (takesFiles(*command))
            out += "            if [[ $cur != -* ]]; then\n"
                   "                _interview_followups_files ics\n"
                   "                return\n"
                   "            fi\n";
        out += "            ;;\n";
    }
    out += "        '')\n"
           "            if [[ $cur != -* ]]; then\n"
           "                COMPREPLY=($(compgen -W \"" +
           joined(commandNames) +
           "\" -- \"$cur\"))\n"
           "                return\n"
           "            fi\n"
           "            ;;\n"
           "    esac\n"
           "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
           "}\n\n"
           "complete -F _interview_followups " +
           std::string{program} + "\n";
    return out;
}

std::string zshCompletion(const CLI::App& app)
{
    std::string out = "#compdef interview-followups\n"
                      "# zsh completion for interview-followups.\n"
                      "# Generated by `interview-followups --generate-completion zsh`; do not "
                      "edit.\n\n";
    out += "local -a shared\nshared=(\n    " + joined(zshSpecs(app), "\n    ") + "\n)\n\n";
    out += "local context state state_descr line\ntypeset -A opt_args\n\n";
    out += "_arguments -C $shared ': :->command' '*:: :->arguments' && return\n\n";
    out += "case $state in\n"
           "command)\n"
           "    local -a commands\n"
           "    commands=(\n";
    for (const CLI::App* command : commandsOf(app))
        out += "        '" + command->get_name() + ":" +
               zshEscaped(shortDescription(command->get_description())) + "'\n";
    out += "    )\n"
           "    _describe -t commands command commands\n"
           "    ;;\n"
           "arguments)\n"
           "    case $words[1] in\n";
    for (const CLI::App* command : commandsOf(app)) {
        std::vector<std::string> specs{"$shared"};
        for (auto& spec : zshSpecs(*command))
            specs.push_back(std::move(spec));
        if (takesFiles(*command))
            specs.push_back("'*:calendar file:_files -g \"*.ics(-.)\"'");
        out += "    " + command->get_name() + ")\n        _arguments " +
               joined(specs, " \\\n            ") + "\n        ;;\n";
    }
    out += "    esac\n"
           "    ;;\n"
           "esac\n";
    return out;
}

} // namespace followups::cli
