// The word lists of the title reader (core/src/title_words.h), on their own: each entry is written
// as the reader can match it, no list contradicts another, and the words the header promises are
// there. How the reader uses them is title_reader_test.cpp's.
#include "../../core/src/title_words.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>
#include <string>

namespace followups
{
namespace
{

using ::testing::Contains;
using ::testing::IsSubsetOf;
using Words = std::span<const std::string_view>;

struct NamedList {
    std::string_view name;
    Words words;
};

const std::vector<NamedList>& everyList()
{
    static const std::vector<NamedList> lists{
        {"statusPrefixes", title_words::statusPrefixes()},
        {"stageWords", title_words::stageWords()},
        {"ambiguousStageWords", title_words::ambiguousStageWords()},
        {"atWords", title_words::atWords()},
        {"withWords", title_words::withWords()},
        {"forWords", title_words::forWords()},
        {"andWords", title_words::andWords()},
        {"roleWords", title_words::roleWords()},
        {"roleEndings", title_words::roleEndings()},
        {"companyWords", title_words::companyWords()},
    };
    return lists;
}

std::vector<std::string_view> sorted(Words words)
{
    std::vector<std::string_view> copy(words.begin(), words.end());
    std::sort(copy.begin(), copy.end());
    return copy;
}

std::vector<std::string_view> common(Words a, Words b)
{
    const auto first = sorted(a);
    const auto second = sorted(b);
    std::vector<std::string_view> both;
    std::set_intersection(first.begin(), first.end(), second.begin(), second.end(),
                          std::back_inserter(both));
    return both;
}

// The title reader splits titles at white space into words and matches a phrase word by word: an
// entry with another space than one between its words would never match.
TEST(TitleWords, everyEntryIsOneWordOrWordsSeparatedBySingleSpaces)
{
    for (const auto& [name, words] : everyList()) {
        EXPECT_FALSE(words.empty()) << name;
        for (const std::string_view word : words) {
            SCOPED_TRACE(std::string(name) + ": \"" + std::string(word) + "\"");
            ASSERT_FALSE(word.empty());
            EXPECT_NE(word.front(), ' ');
            EXPECT_NE(word.back(), ' ');
            EXPECT_EQ(word.find("  "), std::string_view::npos);
            EXPECT_EQ(word.find_first_of("\t\r\n"), std::string_view::npos);
        }
    }
}

TEST(TitleWords, noListHoldsAnEntryTwice)
{
    for (const auto& [name, words] : everyList()) {
        const auto inOrder = sorted(words);
        const auto twice = std::adjacent_find(inOrder.begin(), inOrder.end());
        EXPECT_TRUE(twice == inOrder.end()) << name << " holds \"" << *twice << "\" twice";
    }
}

// The reader takes what comes before a title's colon and looks it up among the prefixes.
TEST(TitleWords, statusPrefixesAreWrittenWithoutTheirColon)
{
    for (const std::string_view prefix : title_words::statusPrefixes()) {
        EXPECT_EQ(prefix.find(':'), std::string_view::npos) << prefix;
        EXPECT_EQ(prefix.find("\uFF1A"), std::string_view::npos) << prefix;
    }
}

// A role ending is compared with the end of one word ("Softwareentwickler").
TEST(TitleWords, roleEndingsAreSingleWords)
{
    for (const std::string_view ending : title_words::roleEndings())
        EXPECT_EQ(ending.find(' '), std::string_view::npos) << ending;
}

TEST(TitleWords, ambiguousStageWordsAreStageWords)
{
    EXPECT_THAT(sorted(title_words::ambiguousStageWords()),
                IsSubsetOf(sorted(title_words::stageWords())));
}

// A word is one kind of connector, and a connector says where a company, a role or a person
// begins, which a stage word never does.
TEST(TitleWords, connectorsAreOfOneKindAndNoStageWords)
{
    const std::vector<NamedList> connectors{{"at", title_words::atWords()},
                                            {"with", title_words::withWords()},
                                            {"for", title_words::forWords()},
                                            {"and", title_words::andWords()},
                                            {"stage", title_words::stageWords()}};
    for (std::size_t i = 0; i < connectors.size(); ++i) {
        for (std::size_t j = i + 1; j < connectors.size(); ++j) {
            EXPECT_THAT(common(connectors[i].words, connectors[j].words), ::testing::IsEmpty())
                << connectors[i].name << " and " << connectors[j].name;
        }
    }
}

// "Words of company names that no job title has": a piece holding one is a company, so none may
// also make it look like a role.
TEST(TitleWords, companyWordsAreNoRoleWordsNorEndInOne)
{
    EXPECT_THAT(common(title_words::companyWords(), title_words::roleWords()),
                ::testing::IsEmpty());
    for (const std::string_view company : title_words::companyWords()) {
        for (const std::string_view ending : title_words::roleEndings())
            EXPECT_FALSE(company.ends_with(ending)) << company << " ends in " << ending;
    }
}

// The words title_words.h names as examples, which the reader's tests rely on.
TEST(TitleWords, theHeadersExamplesAreListed)
{
    for (const std::string_view prefix :
         {"invitation", "updated invitation", "canceled event", "accepted", "fw"})
        EXPECT_THAT(title_words::statusPrefixes(), Contains(prefix));
    // "final round" is two stage words.
    for (const std::string_view stage :
         {"phone", "final", "round", "hiring manager", "your", "zoom"})
        EXPECT_THAT(title_words::stageWords(), Contains(stage));
    for (const std::string_view ambiguous : {"tech", "video"})
        EXPECT_THAT(title_words::ambiguousStageWords(), Contains(ambiguous));
    for (const std::string_view at : {"at", "@", "bei", "chez"})
        EXPECT_THAT(title_words::atWords(), Contains(at));
    for (const std::string_view with : {"with", "w/", "mit", "avec", "between"})
        EXPECT_THAT(title_words::withWords(), Contains(with));
    for (const std::string_view forWord : {"for", "for the position of", "pour le poste de"})
        EXPECT_THAT(title_words::forWords(), Contains(forWord));
    for (const std::string_view andWord : {"and", "&", "und", "et"})
        EXPECT_THAT(title_words::andWords(), Contains(andWord));
    for (const std::string_view role : {"engineer", "manager", "entwickler", "エンジニア"})
        EXPECT_THAT(title_words::roleWords(), Contains(role));
    for (const std::string_view ending : {"entwickler", "entwicklerin", "leiter", "leiterin"})
        EXPECT_THAT(title_words::roleEndings(), Contains(ending));
    for (const std::string_view company : {"inc.", "gmbh", "labs", "株式会社"})
        EXPECT_THAT(title_words::companyWords(), Contains(company));
}

} // namespace
} // namespace followups
