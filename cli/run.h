// The whole program (ripgrep's core crate): parse → validated settings → command → exit code.
#pragma once

namespace followups::cli
{

// Exit codes in failure.h. Every error is reported on stderr here, naming file and line.
int run(int argc, const char* const* argv);

} // namespace followups::cli
