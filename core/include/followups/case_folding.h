// Case folding and white space as the product compares words (SPEC §2): keywords in titles and
// categories (text_match, in core) and the streaming reader's prefilter (ical-export), which must
// never reject an event the core would match, fold with these two functions and nothing else.
// Folding goes one code point at a time: ICU's full default case folding has no context (the
// Turkic option is not used), so folding code points one by one gives the folding of the text.
// Pure functions; safe on any thread.
#pragma once

#include <string>

namespace followups
{

// Appends the case folding of `c` to `out` as UTF-8: "A" → "a", "Ä" → "ä", "ẞ" and "ß" → "ss",
// "Ａ" → "ａ"; a code point folding does not change as it is. `c` must be a code point (a reader
// puts U+FFFD for malformed bytes).
void appendCaseFolded(std::string& out, char32_t c);

// Unicode's White_Space: ASCII's (ascii::isSpace), NEL, no-break and ideographic spaces …
bool isWhiteSpace(char32_t c);

} // namespace followups
