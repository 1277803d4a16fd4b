// The real-world .ics files of tests/data/corpus (origins and licences in tests/data/README.md),
// found at run time so a file added there is tested without a code change.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace followups::testing
{

inline std::filesystem::path icalCorpusDir()
{
    return std::filesystem::path(FOLLOWUPS_TEST_DATA_DIR) / "corpus";
}

// Every *.ics file of the corpus, sorted by name.
inline std::vector<std::filesystem::path> icalCorpusFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(icalCorpusDir())) {
        if (entry.is_regular_file() && entry.path().extension() == ".ics")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The corpus file whose name starts with `prefix` ("16_").
inline std::filesystem::path icalCorpusFile(const std::string& prefix)
{
    for (const auto& file : icalCorpusFiles()) {
        if (file.filename().string().starts_with(prefix))
            return file;
    }
    throw std::runtime_error("no corpus file starting with " + prefix);
}

inline std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace followups::testing
