// Reading plain property values of a libical component, shared by the event and task readers.
#pragma once

#include "line_map.h"

#include <libical/ical.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups::ical
{

// The first property's value as text (TEXT values unescaped by libical); empty when absent.
std::string textOf(icalcomponent* component, icalproperty_kind kind);
// An X- property's value (first one called `name`, case-insensitive), TEXT escapes undone.
std::optional<std::string> xPropertyOf(icalcomponent* component, std::string_view name);
// The value of an X- property, TEXT escapes ("\,", "\n" …) undone (libical does it).
std::string xValue(icalproperty* property);
// Every CATEGORIES property of the component, comma lists split, blanks trimmed, empty entries
// dropped. Read from the raw lines: libical 3.0 unescapes "\," and then stops splitting, so
// "Acme\, Inc" could not be told from two categories.
std::vector<std::string> categoriesOf(const ComponentLines& lines);
// A parameter's value as written, surrounding quotes stripped; empty when absent.
std::string parameterOf(icalproperty* property, icalparameter_kind kind);

// Spaces trimmed, then one pair of surrounding double or single quotes removed (Outlook quotes
// names: CN="'a@b.example'").
std::string_view unquoted(std::string_view text);

} // namespace followups::ical
