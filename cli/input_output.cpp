#include "input_output.h"

#include "atomic_file.h"
#include "failure.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace followups::cli
{

namespace
{

// Why a file that is not a regular one is not read.
std::string notRead(mode_t mode)
{
    if (S_ISDIR(mode))
        return "cannot read: is a directory";
    return "not a regular file (" + fileKindOf(mode) + ")";
}

std::string mebibytes(std::size_t bytes)
{
    return std::to_string(bytes >> 20) + " MiB";
}

// Up to `limit` + 1 bytes of `fd`: one more than allowed tells that there was more.
std::string readAtMost(int fd, std::size_t limit, const std::string& path)
{
    std::string content;
    char buffer[1 << 16];
    while (content.size() <= limit) {
        const auto got = ::read(fd, buffer, std::min(sizeof buffer, limit + 1 - content.size()));
        if (got == 0)
            break;
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            throw InputRejected(path + ": cannot read: " + std::strerror(errno));
        content.append(buffer, static_cast<std::size_t>(got));
    }
    if (content.size() > limit)
        throw InputRejected(path + ": larger than " + mebibytes(limit) + "; not read");
    return content;
}

} // namespace

std::string fileKindOf(unsigned mode)
{
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISDIR(mode))
        return "a folder";
    return "not a file";
}

std::string readInput(const std::string& path, std::size_t limit)
{
    if (path == "-")
        return readAtMost(STDIN_FILENO, limit, path);
    struct stat info {
    };
    if (::stat(path.c_str(), &info) != 0)
        throw InputRejected(path + ": cannot read: " + std::strerror(errno));
    if (!S_ISREG(info.st_mode))
        throw InputRejected(path + ": " + notRead(info.st_mode));
    if (static_cast<std::size_t>(info.st_size) > limit)
        throw InputRejected(path + ": larger than " + mebibytes(limit) + "; not read");
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        throw InputRejected(path + ": cannot read: " + std::strerror(errno));
    // Whatever the path names by now must still be a regular file.
    struct stat opened {
    };
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        throw InputRejected(path + ": " + notRead(opened.st_mode));
    }
    try {
        auto content = readAtMost(fd, limit, path);
        ::close(fd);
        return content;
    } catch (...) {
        ::close(fd);
        throw;
    }
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
