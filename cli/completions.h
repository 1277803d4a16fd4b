// Bash and zsh completions, rendered from the same CLI11 app as --help and the man page, so they
// can't drift from the options (ripgrep's one definition per flag). `--generate-completion bash`
// and `--generate-completion zsh` print them; completions/ holds the committed copies, checked
// against these by tests/cli/completions_test.cpp and installed by `cmake --install`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace followups::cli
{

// A script for bash-completion (share/bash-completion/completions/interview-followups): commands,
// each command's options and the shared ones, fixed values (optionChoices), files where an
// option takes a file, .ics files for `plan`.
std::string bashCompletion(const CLI::App& app);

// The same as a zsh completion function (share/zsh/site-functions/_interview-followups), with
// each option's description.
std::string zshCompletion(const CLI::App& app);

} // namespace followups::cli
