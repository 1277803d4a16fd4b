#include "description_fields.h"

#include "followups/ascii_text.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace followups
{
namespace
{

constexpr std::array<std::pair<std::string_view, FieldKey>, 17> knownKeys{{
    {"company", FieldKey::Company},
    {"role", FieldKey::Role},
    {"position", FieldKey::Role},
    {"interviewers", FieldKey::Interviewers},
    {"interviewer", FieldKey::Interviewers},
    {"contact", FieldKey::Contact},
    {"references", FieldKey::References},
    {"reference", FieldKey::References},
    {"decision", FieldKey::Decision},
    {"decisionby", FieldKey::Decision},
    {"decisiondate", FieldKey::Decision},
    {"contactby", FieldKey::ContactBy},
    {"deliverable", FieldKey::Deliverable},
    {"deliverables", FieldKey::Deliverable},
    {"outcome", FieldKey::Outcome},
    {"followups", FieldKey::FollowUps},
    {"followup", FieldKey::FollowUps},
}};

std::optional<FieldKey> keyNamed(std::string_view written)
{
    std::string normal;
    for (const char c : written) {
        if (c == ' ' || c == '\t' || c == '-' || c == '_') {
            continue;
        }
        normal.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    for (const auto& [name, key] : knownKeys) {
        if (normal == name) {
            return key;
        }
    }
    return std::nullopt;
}

std::string_view withoutBullet(std::string_view line)
{
    line = ascii::trim(line);
    for (const std::string_view bullet : {"- ", "* ", "\u2022 "}) {
        if (line.starts_with(bullet)) {
            return ascii::trim(line.substr(bullet.size()));
        }
    }
    return line;
}

} // namespace

std::vector<Field> readFields(const CalendarEvent& event)
{
    std::vector<Field> fields;
    std::string_view rest = event.description;
    for (int index = 0; !rest.empty() || index == 0; ++index) {
        const std::size_t newline = rest.find('\n');
        const std::string_view line = withoutBullet(rest.substr(0, newline));
        rest = newline == std::string_view::npos ? std::string_view{} : rest.substr(newline + 1);
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            continue;
        }
        if (const auto key = keyNamed(line.substr(0, colon))) {
            fields.push_back(Field{*key, std::string(ascii::trim(line.substr(colon + 1))),
                                   SourceLocation{event.where.file, event.descriptionLine},
                                   index + 1});
        }
    }
    for (const InterviewProperty& property : event.interviewProperties) {
        if (const auto key = keyNamed(property.key)) {
            fields.push_back(Field{*key, std::string(ascii::trim(property.value)),
                                   SourceLocation{event.where.file, property.line}, 0});
        }
    }
    return fields;
}

} // namespace followups
