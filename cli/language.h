// The language of the tasks' texts: the process's locale as gettext reads it (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG), or --language. The core looks its words up in followups::textDomain; this
// binds that domain to the catalogs installed next to the binary.
#pragma once

#include "followups/diagnostics.h"
#include "followups/messages_locale.h"

#include <optional>
#include <string>

namespace followups::cli
{

// Takes the locale's messages category (only it: numbers and dates in the output do not follow
// the locale) and binds the text domain. A non-empty `language` ("de", "fr_CA", a gettext
// LANGUAGE list "de:fr") overrides the locale's; when no installed locale lets the C library read
// it (followups/messages_locale.h), the texts stay in English and the warning says how to fix it.
// `libcVersion`: the running C library's, but in tests of what a later one does.
std::optional<Warning> chooseLanguage(const std::string& language,
                                      const std::string& libcVersion = runningLibcVersion());

} // namespace followups::cli
