// libFuzzer target for the round-trip promise (built with -DFOLLOWUPS_FUZZ=ON): the bytes choose a
// calendar, a shape, a clock, and what the user and their apps do to the tasks file between runs
// of `plan --tasks F -o F` (round_trip_scenario.h). A lost user change, a changed component of
// another app or a failed run aborts, naming it. Run: fuzz_round_trip -max_total_time=60
// corpus/round-trip
#include "round_trip_scenario.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto failure =
        followups::testing::roundTrip(std::string_view(reinterpret_cast<const char*>(data), size));
    if (failure) {
        std::fprintf(stderr, "round trip broken: %s\n", failure->c_str());
        std::abort();
    }
    return 0;
}
