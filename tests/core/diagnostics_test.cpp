// Warnings name the place in the input (SPEC §2), in the "file:line: message" form of compilers.
#include "followups/diagnostics.h"

#include <gtest/gtest.h>

using namespace followups;

TEST(FormatWarning, namesFileAndLine)
{
    EXPECT_EQ(formatWarning({{"invites.ics", 12}, "unparseable date"}),
              "invites.ics:12: unparseable date");
    EXPECT_EQ(formatWarning({{"-", 3}, "unknown zone"}), "-:3: unknown zone");
    EXPECT_EQ(formatWarning({{"invites.ics", 0}, "no events"}), "invites.ics: no events");
    EXPECT_EQ(formatWarning({{"", 0}, "no interview found"}), "no interview found");
}
