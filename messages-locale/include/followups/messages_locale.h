// The language gettext translates the task texts into is LANGUAGE's (a list such as "de:fr"), but
// the C library reads LANGUAGE only when the messages locale (LC_MESSAGES) is a real one: never in
// C or POSIX, and since glibc 2.39 not in C.UTF-8 either (intl/dcigettext.c, guess_category_value:
// "C" or "C.<codeset>"). A fresh Debian 13 system has no other locale. Asking for a language may
// therefore mean taking another messages locale: any installed one will do, as LANGUAGE then
// decides; LC_CTYPE, LC_TIME and LC_NUMERIC stay as they are, so nothing but the words changes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups
{

// The running C library's version, gnu_get_libc_version() ("2.36"); empty when it is not glibc.
std::string runningLibcVersion();

// Whether gettext reads LANGUAGE while LC_MESSAGES is `locale`, in the C library of version
// `libcVersion`.
bool languageIsReadIn(std::string_view locale, std::string_view libcVersion);

// The locale names to try for LC_MESSAGES, best first: each language of `languages` with a UTF-8
// codeset ("de" → de_DE.UTF-8, "pt_BR" → pt_BR.UTF-8), then en_US.UTF-8, en_GB.UTF-8 and C.UTF-8,
// then `installed` (the locale folders and the locale archive's names).
std::vector<std::string> messagesLocaleCandidates(std::string_view languages,
                                                  const std::vector<std::string>& installed);

// The messages locale in which the C library reads LANGUAGE for `languages`: the current one when
// it does, else the first candidate that is installed and where it does; none when there is none.
// Leaves the locale as it was.
// `libcVersion`: the running one but in tests of what a later one does.
std::optional<std::string> messagesLocaleFor(std::string_view languages,
                                             const std::string& libcVersion = runningLibcVersion());

// Makes gettext translate into `languages` (a LANGUAGE list; not empty): sets LANGUAGE and switches
// LC_MESSAGES, only it, to messagesLocaleFor(languages). False when there is none: gettext then
// returns the English texts, and the caller says how to install a locale.
bool useMessagesLanguage(const std::string& languages,
                         const std::string& libcVersion = runningLibcVersion());

// Whether `languages` asks for nothing but English, the texts' own language.
bool onlyEnglish(std::string_view languages);

} // namespace followups
