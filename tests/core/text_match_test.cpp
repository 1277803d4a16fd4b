// Keyword matching with Unicode word boundaries and case folding (core/src/text_match.h).
#include "../../core/src/text_match.h"

#include <gtest/gtest.h>

using namespace followups;

TEST(FindTerm, wholeWordsOnly)
{
    EXPECT_TRUE(containsTerm("Interview with Acme", "interview"));
    EXPECT_TRUE(containsTerm("Acme: interview.", "Interview"));
    EXPECT_TRUE(containsTerm("(interview)", "interview"));
    EXPECT_FALSE(containsTerm("Interviewer sync", "interview"));
    EXPECT_FALSE(containsTerm("Pre-interviews", "interview"));
    EXPECT_FALSE(containsTerm("Interviewvorbereitung", "interview"));
    EXPECT_FALSE(containsTerm("", "interview"));
    EXPECT_FALSE(containsTerm("Interview", ""));
}

TEST(FindTerm, unicodeCaseFolding)
{
    EXPECT_TRUE(containsTerm("VORSTELLUNGSGESPRÄCH bei Acme", "Vorstellungsgespräch"));
    EXPECT_TRUE(containsTerm("СОБЕСЕДОВАНИЕ", "собеседование"));
    EXPECT_TRUE(containsTerm("ΣΥΝΈΝΤΕΥΞΗ", "συνέντευξη")); // final sigma folds like sigma
    EXPECT_TRUE(containsTerm("Straße", "STRASSE"));        // ß folds to ss
}

TEST(FindTerm, phrasesFoldWhiteSpace)
{
    EXPECT_TRUE(containsTerm("Exit   interview with HR", "exit interview"));
    EXPECT_TRUE(containsTerm("exit\tinterview", "Exit Interview"));
    EXPECT_FALSE(containsTerm("exit interviewer", "exit interview"));
    EXPECT_FALSE(containsTerm("exit, interview", "exit interview"));
}

TEST(FindTerm, wordlessScriptsMatchAnywhere)
{
    EXPECT_TRUE(containsTerm("二次面接のご案内", "面接"));
    EXPECT_TRUE(containsTerm("アクメ社面接", "面接"));
    EXPECT_TRUE(containsTerm("면접을 보다", "면접"));
    EXPECT_FALSE(containsTerm("面談", "面接"));
}

TEST(FindTerm, rangeIsInBytesOfTheOriginal)
{
    const std::string text = "Äcme  VORSTELLUNGSGESPRÄCH – Engineer";
    const auto range = findTerm(text, "vorstellungsgespräch");
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(text.substr(range->begin, range->end - range->begin), "VORSTELLUNGSGESPRÄCH");

    const std::string cjk = "Acme面接 – Engineer";
    const auto cjkRange = findTerm(cjk, "面接");
    ASSERT_TRUE(cjkRange.has_value());
    EXPECT_EQ(cjk.substr(0, cjkRange->begin), "Acme");
    EXPECT_EQ(cjk.substr(cjkRange->end), " – Engineer");
}

TEST(FoldCase, foldsForComparison)
{
    EXPECT_EQ(foldCase("No Follow-Ups"), foldCase("no follow-ups"));
    EXPECT_EQ(foldCase("GROSS"), foldCase("groß"));
    EXPECT_NE(foldCase("Rejected"), foldCase("Reject"));
}

TEST(FindTerm, malformedUtf8KeepsByteOffsets)
{
    const std::string text = "\xff\xfe Interview: Acme \xc3";
    const auto range = findTerm(text, "interview");
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->begin, 3u);
    EXPECT_EQ(range->end, 12u);
    EXPECT_FALSE(containsTerm("\xe9\x9d", "面接")); // a truncated character is not the keyword
}
