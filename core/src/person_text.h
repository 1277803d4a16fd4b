// People as users write them in `Interviewers:`, `Contact:` and `References:` lines (SPEC §2), and
// the name a bare address stands for.
#pragma once

#include "followups/interview.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups
{

// "jane.doe@acme.com" → "Jane Doe": the local part without a "+tag", split at dots, underscores
// and hyphens, each piece capitalised. Empty when there is no local part.
std::string nameFromAddress(std::string_view address);

// One person: "Jane Doe <jane@acme.com>", "jane@acme.com" (also "mailto:…"), "Jane Doe", a phone
// number ("+49 30 1234567", "tel:…") with an optional name before it. A missing name is derived
// from the address. nullopt when nothing is written.
std::optional<Person> parsePerson(std::string_view text);

// People separated by commas or semicolons (not those inside <…>).
std::vector<Person> parsePersonList(std::string_view text);

} // namespace followups
