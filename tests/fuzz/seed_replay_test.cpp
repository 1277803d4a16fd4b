// The fuzz targets' seeds and the inputs of past findings (tests/fuzz/corpus/<target>/ and
// tests/fuzz/regressions/<target>/) replayed as ordinary tests, so every build, also one without
// Clang, keeps a fixed finding fixed. The planner's promises are checked inside planEverything,
// which aborts when one is broken.
#include "config_scenario.h"
#include "ical_corpus.h"
#include "planner_scenario.h"
#include "read_everything.h"
#include "round_trip_scenario.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace followups::testing
{
namespace
{

std::filesystem::path fuzzDir()
{
    return FOLLOWUPS_FUZZ_DIR;
}

// Seeds and regressions of one target, sorted; missing folders hold nothing.
std::vector<std::filesystem::path> inputsOf(const std::string& target)
{
    std::vector<std::filesystem::path> files;
    for (const char* kind : {"corpus", "regressions"}) {
        const auto folder = fuzzDir() / kind / target;
        if (!std::filesystem::is_directory(folder))
            continue;
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.is_regular_file() && entry.path().filename().string() != "README.md")
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(SeedReplay, ConfigSeedsParseOrAreRejected)
{
    const auto files = inputsOf("config");
    ASSERT_FALSE(files.empty()) << fuzzDir();
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        readConfig(readBytes(file));
    }
}

TEST(SeedReplay, DocumentedConfigExampleIsAccepted)
{
    // The example of docs/configuration.md is a seed; it must stay valid, not merely survive.
    const auto text = readBytes(fuzzDir() / "corpus" / "config" / "documented_example.toml");
    const auto file = cli::parseConfigFile(text, "example.toml");
    EXPECT_TRUE(file.warnings.empty());
    EXPECT_TRUE(file.values.me.has_value());
}

TEST(SeedReplay, PlannerKeepsItsPromisesOnSeeds)
{
    // Also with no seed files at all: the empty input and a few byte patterns are scenarios too.
    for (const std::string& input :
         {std::string(), std::string(64, '\xFF'), std::string(512, '\x01')})
        planEverything(input);
    for (const auto& file : inputsOf("planner")) {
        SCOPED_TRACE(file.filename().string());
        planEverything(readBytes(file));
    }
}

TEST(SeedReplay, RoundTripKeepsEveryUserChangeOnSeeds)
{
    const auto files = inputsOf("round-trip");
    ASSERT_FALSE(files.empty()) << fuzzDir();
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        const auto failure = roundTrip(readBytes(file));
        EXPECT_FALSE(failure) << *failure;
    }
}

TEST(SeedReplay, ReaderSurvivesSeeds)
{
    const auto files = inputsOf("reader");
    ASSERT_FALSE(files.empty()) << fuzzDir();
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        readEverything(readBytes(file));
    }
}

} // namespace
} // namespace followups::testing
