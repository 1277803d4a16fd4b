// Where the tool's bytes come from and go to: files or the standard streams ("-").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace followups::cli
{

// The whole content of `path`, or of standard input for "-". InputRejected names the file and the
// reason when it can't be read (missing, a folder, no permission).
std::string readInput(const std::string& path);

// To standard output, or atomically to `path` (see atomic_file.h).
void writeOutput(const std::optional<std::string>& path, std::string_view bytes);

} // namespace followups::cli
