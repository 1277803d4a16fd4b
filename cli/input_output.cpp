#include "input_output.h"

#include "atomic_file.h"
#include "failure.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

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

InputStream::InputStream(const std::string& path) : path_(path)
{
    if (path == "-") {
        descriptor_ = STDIN_FILENO;
        return;
    }
    descriptor_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor_ < 0)
        throw InputRejected(path + ": cannot read: " + std::strerror(errno));
    owned_ = true;
    struct stat info {
    };
    if (::fstat(descriptor_, &info) == 0 && S_ISDIR(info.st_mode)) {
        ::close(descriptor_);
        throw InputRejected(path + ": cannot read: is a directory");
    }
}

InputStream::~InputStream()
{
    if (owned_)
        ::close(descriptor_);
}

std::size_t InputStream::read(char* buffer, std::size_t capacity)
{
    for (;;) {
        const auto got = ::read(descriptor_, buffer, capacity);
        if (got >= 0)
            return static_cast<std::size_t>(got);
        if (errno != EINTR)
            throw InputRejected(path_ + ": cannot read: " + std::strerror(errno));
    }
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
