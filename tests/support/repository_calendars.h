// Every .ics file of the repository's tests and examples (fuzz seeds and test data included), for
// the tests that hold a reader to its promise on all of them.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace followups::testing
{

// Sorted; `sourceTree` is the checkout (the tests get it as FOLLOWUPS_SOURCE_TREE).
inline std::vector<std::filesystem::path>
repositoryCalendars(const std::filesystem::path& sourceTree)
{
    std::vector<std::filesystem::path> files;
    for (const char* folder : {"tests", "examples"}) {
        for (const auto& entry :
             std::filesystem::recursive_directory_iterator(sourceTree / folder)) {
            if (entry.is_regular_file() && entry.path().extension() == ".ics" &&
                entry.path().string().find("node_modules") == std::string::npos)
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace followups::testing
