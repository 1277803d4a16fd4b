// The language of the tasks' texts: the process's locale as gettext reads it (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG), or --language. The core looks its words up in followups::textDomain; this
// binds that domain to the catalogs installed next to the binary.
#pragma once

#include <string>

namespace followups::cli
{

// Takes the locale's messages category (only it: numbers and dates in the output do not follow
// the locale) and binds the text domain. A non-empty `language` ("de", "fr_CA", a gettext
// LANGUAGE list "de:fr") overrides the locale's.
void chooseLanguage(const std::string& language);

} // namespace followups::cli
