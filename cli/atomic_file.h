// Replacing a file so that readers see the old bytes or the new ones, never a mix or nothing
// (SPEC §6: a failed run never leaves a half-written or emptied file).
#pragma once

#include <string>
#include <string_view>

namespace followups::cli
{

// Writes `bytes` to a temporary file in `path`'s folder, flushes it to disk, and renames it over
// `path`. An existing file keeps its permissions, owner and group (as far as the user may give
// them) and extended attributes (ACLs, SELinux labels). On failure the temporary file is removed,
// `path` is left as it was, and InputRejected names `path` and the reason. The temporary file has
// no name while it is written (O_TMPFILE, where the filesystem has it), so even a process killed
// mid-write leaves the folder as it was.
void writeFileAtomically(const std::string& path, std::string_view bytes);

} // namespace followups::cli
