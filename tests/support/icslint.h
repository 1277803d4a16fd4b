// The strict icslint checker kept in the repository (tests/tools/icslint.py; tests/data/README.md
// says where it came from), run by Debian's Python on a file the product wrote.
#pragma once

#include <filesystem>
#include <string>

namespace followups::testing
{

// The shell command that lints `file`: exit status 0 when icslint finds no error.
inline std::string icslintCommand(const std::filesystem::path& file)
{
    return std::string("/usr/bin/python3 ") + FOLLOWUPS_ICSLINT + " " + file.string();
}

} // namespace followups::testing
