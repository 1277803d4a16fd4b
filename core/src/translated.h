// The task texts' words in the user's language, from the followups::textDomain catalog (libintl's
// dgettext, no I/O beyond what libintl does). Without a catalog for the language the English
// message itself comes back, so English output is the source text byte for byte.
// Messages with values are positional C format strings ("Follow-up %1$d of %2$d."): translators
// may reorder them, and msgfmt --check-format checks every translation keeps them.
// Safe on any thread.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace followups
{

std::string translated(const char* message);
// A message whose English words alone are ambiguous; `context` tells translators which is meant.
std::string translatedInContext(const char* context, const char* message);
// The plural form of the user's language for `count`.
std::string translatedPlural(const char* singular, const char* plural, unsigned long count);

// `pattern` with "%N$s" and "%N$d" replaced by values[N-1] and "%%" by "%".
std::string filledIn(std::string_view pattern, std::initializer_list<std::string_view> values);

} // namespace followups
