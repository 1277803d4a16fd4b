// Where -o may write (SPEC §6): regular files only, and one run at a time on one file.
#pragma once

#include <string>

namespace followups::cli
{

// The file `-o path` replaces: `path` itself (a regular file, or none yet), or the regular file a
// symlink names (followed, so the link stays a link). UsageError for anything else: a FIFO, a
// device (root once replaced /dev/null), a socket, a folder, a symlink to nothing. Symlinks are
// followed by the kernel's rules (fs.protected_symlinks), as any program opening the path would.
std::string outputFilePath(const std::string& path);

// An advisory lock (flock) on the file at `path`, held from before the run reads it as --tasks
// until its new content has replaced it: a second run on the same file waits, saying so on
// stderr, then reads what the first wrote. Nothing to lock while the file does not exist.
class OutputLock
{
public:
    explicit OutputLock(const std::string& path);
    ~OutputLock();
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;

private:
    int descriptor_ = -1;
};

} // namespace followups::cli
