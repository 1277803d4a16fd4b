// Budgets of the tests that guard against runaway work. They measure CPU time, which a busy
// machine does not stretch, and scale in sanitizer builds (FOLLOWUPS_SANITIZE), which run
// several times slower and hold freed memory in quarantine.
#pragma once

#include <ctime>

namespace followups::testing
{

#ifdef FOLLOWUPS_SANITIZED
inline constexpr double sanitizerSlowdown = 5;
inline constexpr double sanitizerMemoryOverhead = 2;
#else
inline constexpr double sanitizerSlowdown = 1;
inline constexpr double sanitizerMemoryOverhead = 1;
#endif

// CPU seconds this process has used so far, all its threads together.
inline double processCpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace followups::testing
