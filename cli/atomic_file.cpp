#include "atomic_file.h"

#include "failure.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace followups::cli
{

namespace
{

// The new content's file in the target's folder (so the rename stays on one filesystem). It is
// unnamed while written (O_TMPFILE), so a writer killed mid-write leaves nothing behind, and gets
// a name just before the rename. Where the filesystem has no O_TMPFILE it is a named temporary
// file (mkstemp) from the start, removed on every failure this process lives to see.
class TemporaryFile
{
public:
    explicit TemporaryFile(const std::string& target)
    {
        const auto folder = std::filesystem::path{target}.parent_path();
        folder_ = folder.empty() ? std::filesystem::path{"."} : folder;
        // Built by appending: GCC 12 at -O3 reports a false -Wrestrict for "." + std::string.
        const std::string fileName = std::filesystem::path{target}.filename().string();
        prefix_.reserve(fileName.size() + 2);
        prefix_.push_back('.');
        prefix_.append(fileName);
        prefix_.push_back('.');
        fd_ = ::open(folder_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
        if (fd_ < 0) {
            path_ = (folder_ / (prefix_ + "XXXXXX")).string();
            fd_ = ::mkstemp(path_.data());
            named_ = fd_ >= 0;
        }
    }
    ~TemporaryFile()
    {
        if (fd_ >= 0)
            ::close(fd_);
        if (named_ && !committed_)
            ::unlink(path_.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    bool opened() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }

    // Links the complete unnamed file into the folder under a name no other file has.
    bool name()
    {
        const std::string self = "/proc/self/fd/" + std::to_string(fd_);
        for (int attempt = 0; !named_ && attempt < 100; ++attempt) {
            path_ =
                (folder_ / (prefix_ + std::to_string(::getpid()) + "-" + std::to_string(attempt)))
                    .string();
            if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path_.c_str(), AT_SYMLINK_FOLLOW) == 0)
                named_ = true;
            else if (errno != EEXIST)
                return false;
        }
        return named_;
    }
    bool close()
    {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void committed() { committed_ = true; }

private:
    std::filesystem::path folder_;
    std::string prefix_;
    std::string path_;
    int fd_ = -1;
    bool named_ = false;
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
mode_t newFilePermissions()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// Gives the new content's file what the file it replaces had (issue 11: as root the replaced file
// became root's and lost its ACL and tags): owner and group, permissions, extended attributes
// (ACLs and SELinux labels are extended attributes). Owner first: a chown clears set-user-ID
// bits, and an ACL's mask is set by the permissions. One who may not give the file its owner
// (not root) gives it the group where they may, as `cp -p` does; an attribute that can't be set
// fails the write unless the new file already has it with the same value (a label given by
// policy), naming it. False with errno set on other failures.
bool keepAttributes(int fd, const std::string& path)
{
    struct stat existing {
    };
    if (::stat(path.c_str(), &existing) != 0)
        return errno == ENOENT ? ::fchmod(fd, newFilePermissions()) == 0 : false;
    if (::fchown(fd, existing.st_uid, existing.st_gid) != 0) {
        if (errno != EPERM || ::geteuid() == 0)
            return false;
        // Not a member of the group: the file keeps the user's own.
        if (::fchown(fd, static_cast<uid_t>(-1), existing.st_gid) != 0 && errno != EPERM)
            return false;
    }
    if (::fchmod(fd, existing.st_mode & 07777) != 0)
        return false;

    const auto listed = ::listxattr(path.c_str(), nullptr, 0);
    if (listed <= 0)
        return listed == 0 || errno == ENOTSUP;
    std::string names(static_cast<std::size_t>(listed), '\0');
    const auto size = ::listxattr(path.c_str(), names.data(), names.size());
    if (size < 0)
        return false;
    names.resize(static_cast<std::size_t>(size));
    for (std::size_t at = 0; at < names.size(); at += std::strlen(names.c_str() + at) + 1) {
        const char* name = names.c_str() + at;
        const auto valueSize = ::getxattr(path.c_str(), name, nullptr, 0);
        if (valueSize < 0)
            return false;
        std::string value(static_cast<std::size_t>(valueSize), '\0');
        const auto got = ::getxattr(path.c_str(), name, value.data(), value.size());
        if (got < 0)
            return false;
        value.resize(static_cast<std::size_t>(got));
        if (::fsetxattr(fd, name, value.data(), value.size(), 0) == 0)
            continue;
        const int error = errno;
        std::string present(value.size(), '\0');
        const auto has = ::fgetxattr(fd, name, present.data(), present.size());
        if (has < 0 || static_cast<std::size_t>(has) != value.size() || present != value)
            throw InputRejected(path + ": cannot write: its extended attribute " + name +
                                " can't be kept (" + std::strerror(error) + ")");
    }
    return true;
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
    if (!writeAll(temporary.fd(), bytes) || !keepAttributes(temporary.fd(), path) ||
        ::fsync(temporary.fd()) != 0 || !temporary.name() || !temporary.close())
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
