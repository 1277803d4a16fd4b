// The configuration fuzz target's body (fuzz_config_file.cpp) and of its CTest replay: TOML text
// through the config file parser. Rejecting the text (InputRejected, "file:line: why") is the
// expected answer to bad input; any other exception, a crash or a hang is a finding.
#pragma once

#include "config_file.h"
#include "failure.h"

#include <cstddef>
#include <string_view>

namespace followups::testing
{

// Returns how much was read, so the work cannot be optimised away.
inline std::size_t readConfig(std::string_view text)
{
    try {
        const auto file = cli::parseConfigFile(text, "fuzz.toml");
        const auto& values = file.values;
        return file.warnings.size() + values.rules.size() + values.offsets.size() +
               (values.me ? values.me->size() : 0) +
               (values.references ? values.references->size() : 0);
    } catch (const cli::InputRejected&) {
        return 0;
    }
}

} // namespace followups::testing
