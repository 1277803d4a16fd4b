// The round-trip promise of SPEC §4 (round_trip_scenario.h) as a property test: scenarios from
// fixed seeds — random edits, other apps' components, reordering, calendar changes and window
// shifts between runs, in both shapes — after every run of which every user change is still there
// and nothing the product does not own changed. The fuzz target (fuzz_round_trip) explores further;
// its seeds and findings are replayed by seed_replay_test.
#include "round_trip_scenario.h"

#include <gtest/gtest.h>
#include <random>
#include <string>

namespace followups::testing
{
namespace
{

TEST(RoundTrip, everyUserChangeSurvivesEveryRunAndNothingElsesChanges)
{
    constexpr int scenarios = 60;
    for (int seed = 1; seed <= scenarios; ++seed) {
        std::mt19937 random(static_cast<unsigned>(seed));
        std::string bytes(1024, '\0');
        for (char& byte : bytes)
            byte = static_cast<char>(random() & 0xFF);
        const auto failure = roundTrip(bytes);
        ASSERT_FALSE(failure) << "seed " << seed << ": " << *failure;
    }
}

} // namespace
} // namespace followups::testing
