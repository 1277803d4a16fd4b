// libFuzzer target for the readers (built with -DFOLLOWUPS_FUZZ=ON and Clang only). Run with the
// corpus as seeds: fuzz_event_reader tests/data/corpus
#include "read_everything.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    followups::testing::readEverything(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
