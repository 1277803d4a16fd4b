// The man page, rendered from the same CLI11 app as --help (ripgrep's one definition per flag), so
// docs/interview-followups.1 can't drift from the options. `--generate-man-page` prints it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace followups::cli
{

// roff (man(7) macros). Depends only on the app and the config key tables: no date, so the
// committed page and a freshly built one compare equal.
std::string renderManPage(const CLI::App& app);

} // namespace followups::cli
