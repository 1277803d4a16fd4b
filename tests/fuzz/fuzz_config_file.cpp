// libFuzzer target for the CLI's TOML configuration parser (built with -DFOLLOWUPS_FUZZ=ON).
// Run: fuzz_config_file -max_total_time=60 seeds/config
#include "config_scenario.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    followups::testing::readConfig(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
