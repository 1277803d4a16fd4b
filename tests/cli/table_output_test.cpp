// The table form lines columns up by terminal width, also with accents and CJK text.
#include "table_output.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace followups::cli
{
namespace
{

TEST(TableOutput, displayWidthCountsCharactersNotBytes)
{
    EXPECT_EQ(displayWidth("abc"), 3u);
    EXPECT_EQ(displayWidth("Vorstellungsgespräch"), 20u);
    EXPECT_EQ(displayWidth("Acme – Engineer"), 15u);
    EXPECT_EQ(displayWidth("面接"), 4u);    // wide characters take two columns
    EXPECT_EQ(displayWidth("e\u0301"), 1u); // a combining accent takes none
}

TEST(TableOutput, columnsAlignAcrossWideAndNarrowText)
{
    const auto table = renderTable({"A", "B"}, {{"面接", "x"}, {"ä", "y"}, {"abcde", "z"}});
    EXPECT_EQ(table, "A      B\n"
                     "面接   x\n"
                     "ä      y\n"
                     "abcde  z\n");
}

TEST(TableOutput, theLastColumnIsNotPadded)
{
    EXPECT_EQ(renderTable({"A", "LONG HEADER"}, {{"1", ""}}), "A  LONG HEADER\n1\n");
}

} // namespace
} // namespace followups::cli
