#include "component_fields.h"

#include "followups/ascii_text.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace followups::ical
{
namespace
{

struct FreeDeleter {
    void operator()(char* text) const { std::free(text); }
};
using LibicalString = std::unique_ptr<char, FreeDeleter>;

} // namespace

std::string_view unquoted(std::string_view text)
{
    text = ascii::trim(text);
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') &&
        text.back() == text.front())
        text = text.substr(1, text.size() - 2);
    return text;
}

std::string textOf(icalcomponent* component, icalproperty_kind kind)
{
    auto* property = icalcomponent_get_first_property(component, kind);
    if (!property)
        return {};
    const icalvalue* value = icalproperty_get_value(property);
    if (value && icalvalue_isa(value) == ICAL_TEXT_VALUE) {
        const char* text = icalvalue_get_text(value);
        return text ? text : "";
    }
    LibicalString text(icalproperty_get_value_as_string_r(property));
    return text ? text.get() : "";
}

std::string xValue(icalproperty* property)
{
    const char* text = icalproperty_get_x(property); // libical has undone the TEXT escapes
    return text ? text : std::string{};
}

std::optional<std::string> xPropertyOf(icalcomponent* component, std::string_view name)
{
    for (auto* property = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); property;
         property = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        const char* xName = icalproperty_get_x_name(property);
        if (xName && ascii::equalsIgnoringCase(xName, name))
            return xValue(property);
    }
    return std::nullopt;
}

std::vector<std::string> categoriesOf(const ComponentLines& lines)
{
    std::vector<std::string> categories;
    for (const auto& property : lines.properties) {
        if (property.name != "CATEGORIES")
            continue;
        const auto value = contentLineValue(property.text);
        std::string entry;
        auto flush = [&] {
            const auto trimmed = ascii::trim(entry);
            if (!trimmed.empty())
                categories.emplace_back(trimmed);
            entry.clear();
        };
        for (size_t i = 0; i < value.size(); ++i) {
            if (value[i] == '\\' && i + 1 < value.size()) {
                const char next = value[++i];
                entry += (next == 'n' || next == 'N') ? '\n' : next;
            } else if (value[i] == ',') {
                flush();
            } else {
                entry += value[i];
            }
        }
        flush();
    }
    return categories;
}

std::string parameterOf(icalproperty* property, icalparameter_kind kind)
{
    auto* parameter = icalproperty_get_first_parameter(property, kind);
    if (!parameter)
        return {};
    // "NAME=value" as libical writes it back: works alike for enumerated and text parameters.
    LibicalString text(icalparameter_as_ical_string_r(parameter));
    if (!text)
        return {};
    const std::string_view written = text.get();
    const auto equals = written.find('=');
    return std::string(unquoted(equals == std::string_view::npos ? std::string_view{}
                                                                 : written.substr(equals + 1)));
}

} // namespace followups::ical
