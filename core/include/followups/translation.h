// The task texts are translated through one gettext catalog in this text domain, shared by the CLI
// and the agent; the process's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) chooses the language.
// The executables bind the domain to their catalogs (bindtextdomain) and ask for UTF-8
// (bind_textdomain_codeset); the core only looks words up. Constants only.
#pragma once

namespace followups
{

inline constexpr char textDomain[] = "interview-followups";

} // namespace followups
