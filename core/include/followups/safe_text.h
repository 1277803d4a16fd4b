// Text from invites is written by whoever sends them, and flows into tasks, mailto: links, .ics,
// JSON, terminals and Kontact (docs/robustness.md). The core cleans it once, here, when it reads an
// interview; the outlets that show text from elsewhere (a terminal table of tasks read back,
// warnings on stderr) clean it with the same function.
// Pure functions; safe on any thread.
#pragma once

#include <string>
#include <string_view>

namespace followups
{

// One line of text safe to show or store anywhere:
// - invalid UTF-8 (broken sequences, overlong forms, surrogates) becomes U+FFFD;
// - terminal escape sequences (ESC [ … CSI, ESC ] … OSC such as hyperlinks and clipboard writes,
//   DCS/APC/PM/SOS strings, and their one-character C1 forms) are removed whole;
// - every other control character (C0 including tab, CR and LF, DEL, C1, and the line and
//   paragraph separators U+2028/U+2029) becomes a space, one space for a run of them;
// - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make
//   text display in another order than it is stored, are removed.
// Text without any of these is returned unchanged.
std::string singleLineText(std::string_view text);

// Lines of text (a description): each line cleaned as singleLineText, line breaks (CRLF, CR, LF)
// kept as LF.
std::string multiLineText(std::string_view text);

} // namespace followups
