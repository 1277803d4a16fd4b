// Warnings name the place in the input (SPEC §2), in the "file:line: message" form of compilers.
#include "followups/diagnostics.h"

#include <gtest/gtest.h>
#include <utility>

using namespace followups;

namespace
{

// Built from named parts rather than nested braces: GCC 12 at -O3 reports nested temporary
// strings as possibly uninitialised (-Wmaybe-uninitialized, a false positive).
std::string formatted(std::string file, int line, std::string message)
{
    return formatWarning(Warning{SourceLocation{std::move(file), line}, std::move(message)});
}

} // namespace

TEST(FormatWarning, namesFileAndLine)
{
    EXPECT_EQ(formatted("invites.ics", 12, "unparseable date"), "invites.ics:12: unparseable date");
    EXPECT_EQ(formatted("-", 3, "unknown zone"), "-:3: unknown zone");
    EXPECT_EQ(formatted("invites.ics", 0, "no events"), "invites.ics: no events");
    EXPECT_EQ(formatted("", 0, "no interview found"), "no interview found");
}
