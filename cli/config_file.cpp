#include "config_file.h"

#include "failure.h"
#include "followups/holidays/regions.h"
#include "input_output.h"
#include "policy_keys.h"

#include <filesystem>
#include <functional>
#include <map>
#include <toml++/toml.h>

namespace followups::cli
{

namespace
{

class ConfigReader
{
public:
    explicit ConfigReader(const std::string& path) : path_(path) {}

    ConfigFile read(const toml::table& root)
    {
        ConfigFile file{path_, {}, {}};
        values_ = &file.values;
        warnings_ = &file.warnings;
        forEachKey(
            root, "",
            {
                {"me", [&](const toml::node& n) { values_->me = strings(n, "me"); }},
                {"zone", [&](const toml::node& n) { values_->zone = zone(n); }},
                {"morning",
                 [&](const toml::node& n) { values_->morning = timeOfDay(n, "morning"); }},
                {"workday_end",
                 [&](const toml::node& n) { values_->workdayEnd = timeOfDay(n, "workday_end"); }},
                {"holidays", [&](const toml::node& n) { values_->holidays = holidaysPath(n); }},
                {"holidays_region",
                 [&](const toml::node& n) { values_->holidaysRegion = holidaysRegion(n); }},
                {"references", [&](const toml::node& n) { values_->references = references(n); }},
                {"keywords", [&](const toml::node& n) { keywords(n); }},
                {"addresses", [&](const toml::node& n) { addresses(n); }},
                {"rules", [&](const toml::node& n) { rules(n); }},
                {"offsets", [&](const toml::node& n) { offsets(n); }},
                {"window", [&](const toml::node& n) { window(n); }},
                {"limits", [&](const toml::node& n) { limits(n); }},
            });
        return file;
    }

private:
    using Handlers = std::map<std::string, std::function<void(const toml::node&)>, std::less<>>;

    [[noreturn]] void reject(const toml::node& node, const std::string& message) const
    {
        throw InputRejected(path_ + ":" + std::to_string(node.source().begin.line) + ": " +
                            message);
    }

    void forEachKey(const toml::table& table, const std::string& prefix, const Handlers& handlers)
    {
        for (const auto& [key, node] : table) {
            const auto handler = handlers.find(key.str());
            if (handler != handlers.end()) {
                handler->second(node);
                continue;
            }
            const auto line = static_cast<int>(key.source().begin.line);
            warnings_->push_back(
                {{path_, line}, "unknown key '" + prefix + std::string{key.str()} + "' ignored"});
        }
    }

    const toml::table& table(const toml::node& node, const std::string& name) const
    {
        if (const auto* t = node.as_table())
            return *t;
        reject(node, "'" + name + "' must be a table");
    }

    std::string string(const toml::node& node, const std::string& name) const
    {
        if (const auto value = node.value<std::string>())
            return *value;
        reject(node, "'" + name + "' must be a string");
    }

    std::vector<std::string> strings(const toml::node& node, const std::string& name) const
    {
        const auto* array = node.as_array();
        if (array == nullptr)
            reject(node, "'" + name + "' must be an array of strings");
        std::vector<std::string> result;
        for (const auto& element : *array)
            result.push_back(string(element, name));
        return result;
    }

    int integer(const toml::node& node, const std::string& name, int min, int max) const
    {
        // Checked before reading: toml++'s value<int64_t>() converts a float such as 4.5e22,
        // which overflows (undefined behaviour; found by fuzz_config_file).
        const auto* integerNode = node.as_integer();
        if (!integerNode)
            reject(node, "'" + name + "' must be an integer");
        const int64_t value = integerNode->get();
        if (value < min || value > max)
            reject(node, "'" + name + "' must be between " + std::to_string(min) + " and " +
                             std::to_string(max));
        return static_cast<int>(value);
    }

    bool boolean(const toml::node& node, const std::string& name) const
    {
        if (const auto value = node.value<bool>(); node.is_boolean() && value)
            return *value;
        reject(node, "'" + name + "' must be true or false");
    }

    Zone zone(const toml::node& node) const
    {
        const auto id = string(node, "zone");
        if (auto found = Zone::fromId(id))
            return *found;
        reject(node, "unknown time zone '" + id + "'");
    }

    TimeOfDay timeOfDay(const toml::node& node, const std::string& name) const
    {
        const auto text = string(node, name);
        if (const auto time = parseTimeOfDay(text))
            return *time;
        reject(node, "'" + name + "' must be a time of day \"HH:MM\", not \"" + text + "\"");
    }

    std::string holidaysPath(const toml::node& node) const
    {
        const std::filesystem::path written = string(node, "holidays");
        if (written.is_absolute())
            return written.string();
        return (std::filesystem::path{path_}.parent_path() / written).string();
    }

    std::string holidaysRegion(const toml::node& node) const
    {
        const auto written = string(node, "holidays_region");
        if (written == "none")
            return written;
        if (auto region = holidays::resolveRegion(written))
            return *region;
        reject(node, "unknown holiday region '" + written +
                         "' (a KHolidays region such as de_de, a country such as DE, or none)");
    }

    std::vector<Person> references(const toml::node& node)
    {
        const auto* array = node.as_array();
        if (array == nullptr)
            reject(node, "'references' must be an array of tables ([[references]])");
        std::vector<Person> people;
        for (const auto& element : *array) {
            Person person;
            forEachKey(
                table(element, "references"), "references.",
                {
                    {"name", [&](const toml::node& n) { person.name = string(n, "name"); }},
                    {"email", [&](const toml::node& n) { person.email = string(n, "email"); }},
                });
            if (person.empty())
                reject(element, "a reference needs a name or an email");
            people.push_back(std::move(person));
        }
        return people;
    }

    void keywords(const toml::node& node)
    {
        forEachKey(table(node, "keywords"), "keywords.",
                   {
                       {"interview",
                        [&](const toml::node& n) {
                            values_->interviewKeywords = strings(n, "keywords.interview");
                        }},
                       {"exclusion",
                        [&](const toml::node& n) {
                            values_->exclusionWords = strings(n, "keywords.exclusion");
                        }},
                       {"candidate",
                        [&](const toml::node& n) {
                            values_->candidateWords = strings(n, "keywords.candidate");
                        }},
                       {"no_follow_ups_category",
                        [&](const toml::node& n) {
                            values_->noFollowUpsCategory =
                                string(n, "keywords.no_follow_ups_category");
                        }},
                   });
    }

    void addresses(const toml::node& node)
    {
        forEachKey(table(node, "addresses"), "addresses.",
                   {
                       {"role_mailboxes",
                        [&](const toml::node& n) {
                            values_->roleMailboxes = strings(n, "addresses.role_mailboxes");
                        }},
                       {"services",
                        [&](const toml::node& n) {
                            values_->serviceDomains = strings(n, "addresses.services");
                        }},
                   });
    }

    void rules(const toml::node& node)
    {
        Handlers handlers;
        for (const auto kind : allTaskKinds) {
            const auto key = ruleKey(kind);
            handlers.emplace(key, [this, kind, key](const toml::node& n) {
                values_->rules.emplace_back(kind, boolean(n, "rules." + key));
            });
        }
        forEachKey(table(node, "rules"), "rules.", handlers);
    }

    void offsets(const toml::node& node)
    {
        Handlers handlers;
        for (const auto& key : offsetKeys()) {
            const std::string name{key.name};
            handlers.emplace(name, [this, name, &key](const toml::node& n) {
                values_->offsets.emplace_back(
                    name, integer(n, "offsets." + name, key.minimum, key.maximum));
            });
        }
        forEachKey(table(node, "offsets"), "offsets.", handlers);
    }

    void window(const toml::node& node)
    {
        forEachKey(table(node, "window"), "window.",
                   {
                       {"past_days",
                        [&](const toml::node& n) {
                            values_->pastDays = integer(n, "window.past_days", 0, 36500);
                        }},
                       {"future_days",
                        [&](const toml::node& n) {
                            values_->futureDays = integer(n, "window.future_days", 0, 36500);
                        }},
                   });
    }

    void limits(const toml::node& node)
    {
        forEachKey(table(node, "limits"), "limits.",
                   {
                       {"per_interview",
                        [&](const toml::node& n) {
                            values_->perInterviewLimit =
                                integer(n, "limits.per_interview", 1, 1000);
                        }},
                       {"per_series",
                        [&](const toml::node& n) {
                            values_->seriesLimit = integer(n, "limits.per_series", 1, 1000);
                        }},
                       {"tasks_per_run",
                        [&](const toml::node& n) {
                            values_->taskLimit = integer(n, "limits.tasks_per_run", 1, 1000000);
                        }},
                   });
    }

    std::string path_;
    ConfigValues* values_ = nullptr;
    Warnings* warnings_ = nullptr;
};

// toml++ bounds the nesting of arrays and inline tables, not of dotted keys and table headers:
// `[a.a.a…]` 40,000 deep overflowed the stack (issue 11). The settings are two levels deep; a key
// of more parts than this is refused before parsing, naming its line.
constexpr int maxKeyParts = 64;

void rejectDeepKeys(std::string_view text, const std::string& path)
{
    int line = 0;
    while (!text.empty()) {
        ++line;
        const auto newline = text.find('\n');
        std::string_view content = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        // The key: a header's name, or what comes before '=' on a key's line (other lines hold
        // values: strings and arrays going on); dots count outside quotes.
        while (!content.empty() && (content.front() == ' ' || content.front() == '\t'))
            content.remove_prefix(1);
        const bool header = content.starts_with('[');
        int parts = 1;
        int dots = 0;
        char quote = 0;
        bool ended = false;
        for (const char c : content) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                ++dots;
            } else if (c == (header ? ']' : '=') || c == '#') {
                ended = c != '#';
                break;
            }
        }
        if (ended)
            parts += dots;
        if (parts > maxKeyParts)
            throw InputRejected(path + ":" + std::to_string(line) + ": a key of more than " +
                                std::to_string(maxKeyParts) + " dotted parts");
    }
}

} // namespace

ConfigFile parseConfigFile(std::string_view text, const std::string& path)
{
    rejectDeepKeys(text, path);
    toml::table root;
    try {
        root = toml::parse(text, path);
    } catch (const toml::parse_error& error) {
        throw InputRejected(path + ":" + std::to_string(error.source().begin.line) + ": " +
                            std::string{error.description()});
    }
    return ConfigReader{path}.read(root);
}

ConfigFile readConfigFile(const std::string& path)
{
    return parseConfigFile(readInput(path, configFileLimit), path);
}

} // namespace followups::cli
