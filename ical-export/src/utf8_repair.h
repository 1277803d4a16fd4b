// Invalid UTF-8 in a calendar (a Latin-1 export, a cut multi-byte character, binary garbage) must
// never reach our output: such bytes become U+FFFD, the way ICU and the core read them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace followups::ical
{

// `text` with every byte sequence that is not valid UTF-8 replaced by U+FFFD; `repairedLines`
// gets the 1-based physical line of each line that changed (lines end in LF).
std::string repairedUtf8(std::string_view text, std::vector<int>& repairedLines);

// Whether `text` is valid UTF-8 (a fast check, so valid text is not copied).
bool isValidUtf8(std::string_view text);

} // namespace followups::ical
