// The folding under which two names, addresses, companies or roles count as the same (SPEC §2 and
// §4): "ACME  Corp", "acme corp" and "ＡＣＭＥ Corp" are one company. Unlike foldCase
// (text_match.h), which only folds case so that prefixes keep their length, this also unifies
// compatibility forms and white space.
#pragma once

#include <string>
#include <string_view>

namespace followups
{

// Unicode case folding with compatibility normalisation (so "Ａｎｎ", "ANN" and "ann" agree, and
// composed and decomposed accents too), then runs of white space made one space and trimmed.
std::string foldForIdentity(std::string_view text);

} // namespace followups
