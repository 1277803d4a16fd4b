#include "output_file.h"

#include "failure.h"
#include "input_output.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace followups::cli
{

namespace
{

class Descriptor
{
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }
    void reset(int fd)
    {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = fd;
    }

private:
    int fd_;
};

} // namespace

std::string outputFilePath(const std::string& path)
{
    struct stat link {
    };
    if (::lstat(path.c_str(), &link) != 0)
        return path; // created by the write (or its error named then)
    // O_PATH opens whatever is there without reading it (a device's open has effects) and follows
    // symlinks as the kernel allows.
    const Descriptor file{::open(path.c_str(), O_PATH | O_CLOEXEC)};
    struct stat target {
    };
    if (file.get() < 0 || ::fstat(file.get(), &target) != 0) {
        if (S_ISLNK(link.st_mode))
            throw UsageError("-o " + path + " is a symlink to a file that can't be reached (" +
                             std::strerror(errno) + "); give the file itself");
        throw UsageError("-o " + path + ": " + std::strerror(errno));
    }
    if (!S_ISREG(target.st_mode))
        throw UsageError("-o " + path + ": not a regular file (" + fileKindOf(target.st_mode) +
                         "); write to a file, or to - for standard output");
    if (!S_ISLNK(link.st_mode))
        return path;
    char resolved[4096];
    const std::string self = "/proc/self/fd/" + std::to_string(file.get());
    const auto length = ::readlink(self.c_str(), resolved, sizeof resolved);
    if (length <= 0 || static_cast<std::size_t>(length) == sizeof resolved)
        throw UsageError("-o " + path + ": can't tell which file the symlink names");
    return std::string(resolved, static_cast<std::size_t>(length));
}

OutputLock::OutputLock(const std::string& path)
{
    // The lock is on the file (its inode), which the write replaces: a run that got the lock on
    // the file it opened must check that the path still names it, or lock the new one.
    for (;;) {
        // Any open mode takes a lock; a file one may write but not read is opened to write (not
        // truncated).
        Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
        if (file.get() < 0 && errno == EACCES)
            file.reset(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK));
        if (file.get() < 0)
            return; // none yet, or none to be: the write says why
        if (::flock(file.get(), LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK)
                throw InputRejected(path + ": cannot lock: " + std::strerror(errno));
            std::cerr << "interview-followups: " << path
                      << ": another run is writing it; waiting for it to finish\n";
            while (::flock(file.get(), LOCK_EX) != 0) {
                if (errno != EINTR)
                    throw InputRejected(path + ": cannot lock: " + std::strerror(errno));
            }
        }
        struct stat locked {
        };
        struct stat named {
        };
        if (::fstat(file.get(), &locked) == 0 && ::stat(path.c_str(), &named) == 0 &&
            locked.st_dev == named.st_dev && locked.st_ino == named.st_ino) {
            descriptor_ = file.release();
            return;
        }
        // Replaced (or removed) while this run waited: lock what the path names now.
    }
}

OutputLock::~OutputLock()
{
    if (descriptor_ >= 0)
        ::close(descriptor_); // releases the lock
}

} // namespace followups::cli
