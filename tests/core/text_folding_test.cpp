// The folding under which names, addresses, companies and roles are the same
// (core/src/text_folding.h).
#include "../../core/src/text_folding.h"

#include <gtest/gtest.h>

using namespace followups;

TEST(FoldForIdentity, foldsCaseAndCompatibilityForms)
{
    EXPECT_EQ(foldForIdentity("ACME Corp"), "acme corp");
    EXPECT_EQ(foldForIdentity("\xEF\xBC\xA1\xEF\xBC\xAE\xEF\xBC\xAE"), "ann"); // fullwidth "ＡＮＮ"
    EXPECT_EQ(foldForIdentity("Stra\xC3\x9F"
                              "e"),
              "strasse");
    // "é" composed and as "e" + combining acute accent.
    EXPECT_EQ(foldForIdentity("Ren\xC3\xA9"), foldForIdentity("Rene\xCC\x81"));
}

TEST(FoldForIdentity, collapsesAndTrimsWhiteSpace)
{
    EXPECT_EQ(foldForIdentity("  Staff \t Engineer\n"), "staff engineer");
    EXPECT_EQ(foldForIdentity("   "), "");
}

TEST(FoldForIdentity, keepsDifferentWordsApart)
{
    EXPECT_NE(foldForIdentity("Acme Corp"), foldForIdentity("AcmeCorp"));
    EXPECT_NE(foldForIdentity("Senior Engineer"), foldForIdentity("Engineer"));
}
