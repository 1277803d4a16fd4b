#include "atomic_file.h"

#include "failure.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace followups::cli
{

namespace
{

// Removes the temporary file unless the rename consumed it.
class TemporaryFile
{
public:
    explicit TemporaryFile(const std::string& target)
    {
        const auto folder = std::filesystem::path{target}.parent_path();
        const auto name = std::filesystem::path{target}.filename().string();
        path_ = ((folder.empty() ? std::filesystem::path{"."} : folder) / ("." + name + ".XXXXXX"))
                    .string();
        fd_ = ::mkstemp(path_.data());
    }
    ~TemporaryFile()
    {
        if (fd_ >= 0)
            ::close(fd_);
        if (!committed_)
            ::unlink(path_.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    bool opened() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    bool close()
    {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void committed() { committed_ = true; }

private:
    std::string path_;
    int fd_ = -1;
    bool committed_ = false;
};

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const auto written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// The permissions a new file would get: 0666 less the umask (mkstemp creates 0600).
mode_t permissionsFor(const std::string& path)
{
    struct stat existing {
    };
    if (::stat(path.c_str(), &existing) == 0)
        return existing.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

[[noreturn]] void fail(const std::string& path, int error)
{
    throw InputRejected(path + ": cannot write: " + std::strerror(error));
}

} // namespace

void writeFileAtomically(const std::string& path, std::string_view bytes)
{
    TemporaryFile temporary{path};
    if (!temporary.opened())
        fail(path, errno);
    if (!writeAll(temporary.fd(), bytes) || ::fchmod(temporary.fd(), permissionsFor(path)) != 0 ||
        ::fsync(temporary.fd()) != 0 || !temporary.close())
        fail(path, errno);
    if (::rename(temporary.path().c_str(), path.c_str()) != 0)
        fail(path, errno);
    temporary.committed();
    // Make the rename itself durable.
    const auto folder = std::filesystem::path{temporary.path()}.parent_path().string();
    if (const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace followups::cli
