// libFuzzer target for recognition, planning and reconciliation (built with -DFOLLOWUPS_FUZZ=ON):
// the bytes choose calendar events and a policy (planner_scenario.h). An abort names the broken
// promise. Run: fuzz_planner -max_total_time=60 corpus/planner
#include "planner_scenario.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    followups::testing::planEverything(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
