#include "input_output.h"

#include "atomic_file.h"
#include "failure.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

namespace followups::cli
{

std::string readInput(const std::string& path)
{
    if (path == "-") {
        std::ostringstream content;
        content << std::cin.rdbuf();
        return std::move(content).str();
    }
    struct stat info {
    };
    if (::stat(path.c_str(), &info) != 0)
        throw InputRejected(path + ": cannot read: " + std::strerror(errno));
    if (S_ISDIR(info.st_mode))
        throw InputRejected(path + ": cannot read: is a directory");
    std::ifstream file{path, std::ios::binary};
    if (!file)
        throw InputRejected(path + ": cannot read: " + std::strerror(errno));
    std::string content{std::istreambuf_iterator<char>{file}, std::istreambuf_iterator<char>{}};
    if (file.bad())
        throw InputRejected(path + ": cannot read: " + std::strerror(errno));
    return content;
}

void writeOutput(const std::optional<std::string>& path, std::string_view bytes)
{
    if (path && *path != "-") {
        writeFileAtomically(*path, bytes);
        return;
    }
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    if (!std::cout)
        throw InputRejected("-: cannot write to standard output");
}

} // namespace followups::cli
