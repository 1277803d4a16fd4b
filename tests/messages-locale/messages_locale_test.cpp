// Choosing the messages locale in which the C library reads LANGUAGE (messages-locale/): which
// locales count, in which order they are tried, and that the texts then come in the language
// asked for, on any machine: the test locales are given through LOCPATH (an empty folder: none).
#include "followups/messages_locale.h"
#include "followups/translation.h"

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libintl.h>
#include <optional>
#include <string>
#include <unistd.h>

namespace followups
{
namespace
{

using ::testing::ElementsAre;
using ::testing::Optional;

TEST(LanguageIsReadIn, notInCNorPosix)
{
    EXPECT_FALSE(languageIsReadIn("C", "2.36"));
    EXPECT_FALSE(languageIsReadIn("POSIX", "2.36"));
    EXPECT_TRUE(languageIsReadIn("de_DE.UTF-8", "2.41"));
    EXPECT_TRUE(languageIsReadIn("en_US.utf8", ""));
}

// glibc 2.39 treats C.<codeset> like C (intl/dcigettext.c); Debian 12 has 2.36, Debian 13 2.41.
TEST(LanguageIsReadIn, inCUtf8OnlyBeforeGlibc239)
{
    EXPECT_TRUE(languageIsReadIn("C.UTF-8", "2.36"));
    EXPECT_TRUE(languageIsReadIn("C.utf8", "2.38"));
    EXPECT_FALSE(languageIsReadIn("C.UTF-8", "2.39"));
    EXPECT_FALSE(languageIsReadIn("C.UTF-8", "2.41"));
    EXPECT_FALSE(languageIsReadIn("C.UTF-8", "3.0"));
    EXPECT_FALSE(languageIsReadIn("C.UTF-8", "")); // another C library: not counted on
}

TEST(MessagesLocaleCandidates, theLanguagesOwnFirstThenEnglishThenTheInstalledOnes)
{
    EXPECT_THAT(messagesLocaleCandidates("de", {}),
                ElementsAre("de_DE.UTF-8", "en_US.UTF-8", "en_GB.UTF-8", "C.UTF-8"));
    EXPECT_THAT(messagesLocaleCandidates("fr_CA:es", {"nl_NL.utf8", "en_US.UTF-8"}),
                ElementsAre("fr_CA.UTF-8", "es_ES.UTF-8", "en_US.UTF-8", "en_GB.UTF-8", "C.UTF-8",
                            "nl_NL.utf8"));
    EXPECT_EQ(messagesLocaleCandidates("sr@latin", {}).front(), "sr_SR.UTF-8@latin");
    EXPECT_EQ(messagesLocaleCandidates("de_AT.ISO-8859-1", {}).front(), "de_AT.UTF-8");
}

TEST(OnlyEnglish, isTheTextsOwnLanguage)
{
    EXPECT_TRUE(onlyEnglish("en"));
    EXPECT_TRUE(onlyEnglish("en_GB:en"));
    EXPECT_FALSE(onlyEnglish("en:de"));
    EXPECT_FALSE(onlyEnglish("eo"));
    EXPECT_FALSE(onlyEnglish("enx"));
}

// Each test starts in the C locale with its own LOCPATH and leaves the process as it found it.
class MessagesLocale : public ::testing::Test
{
protected:
    MessagesLocale()
    {
        std::setlocale(LC_MESSAGES, "C");
        unsetenv("LANGUAGE");
        bindtextdomain(textDomain, FOLLOWUPS_BUILD_LOCALEDIR);
        bind_textdomain_codeset(textDomain, "UTF-8");
    }
    ~MessagesLocale() override
    {
        unsetenv("LOCPATH");
        unsetenv("LANGUAGE");
        std::setlocale(LC_MESSAGES, "C");
        std::filesystem::remove_all(folder_);
    }

    // A LOCPATH folder holding the test locale under each of `names`.
    void useLocales(std::initializer_list<const char*> names) const
    {
        std::filesystem::create_directories(folder_);
        for (const char* name : names)
            std::filesystem::copy(std::filesystem::path(FOLLOWUPS_TEST_LOCPATH) / "en_US.UTF-8",
                                  folder_ / name, std::filesystem::copy_options::recursive);
        setenv("LOCPATH", folder_.c_str(), 1);
    }

    static std::string translatedCompany()
    {
        textdomain(textdomain(nullptr)); // forget what gettext found before
        return dgettext(textDomain, "Company");
    }

    // A new folder each time: setlocale remembers the names it did not find in a folder.
    static inline int made_ = 0;
    std::filesystem::path folder_ =
        std::filesystem::temp_directory_path() /
        ("messages-locale-" + std::to_string(getpid()) + "-" + std::to_string(++made_));
};

TEST_F(MessagesLocale, noneWithoutAnInstalledLocale)
{
    // Debian 13's C library: C.UTF-8 does not count. (LOCPATH hides the locale archive, not
    // the folders in /usr/lib/locale, where Debian has only C.utf8.)
    useLocales({});
    EXPECT_EQ(messagesLocaleFor("de", "2.41"), std::nullopt);
    EXPECT_FALSE(useMessagesLanguage("de", "2.41"));
    EXPECT_EQ(translatedCompany(), "Company");
}

// Debian 12's C library still reads LANGUAGE in C.UTF-8, which every Debian system has.
TEST_F(MessagesLocale, cUtf8WhereTheCLibraryReadsLanguageThere)
{
    useLocales({});
    EXPECT_THAT(messagesLocaleFor("de", "2.36"), Optional(std::string("C.UTF-8")));
}

TEST_F(MessagesLocale, prefersTheLanguagesOwnAndLeavesTheLocaleAsItWas)
{
    useLocales({"en_US.UTF-8", "de_DE.UTF-8"});
    EXPECT_THAT(messagesLocaleFor("de"), Optional(std::string("de_DE.UTF-8")));
    EXPECT_THAT(messagesLocaleFor("fr"), Optional(std::string("en_US.UTF-8")));
    EXPECT_STREQ(std::setlocale(LC_MESSAGES, nullptr), "C");
}

// A locale folder of any name (localedef --no-archive) is found when no usual name is installed.
TEST_F(MessagesLocale, findsAnyInstalledUtf8Locale)
{
    useLocales({"nl_NL.utf8"});
    EXPECT_THAT(messagesLocaleFor("de", "2.41"), Optional(std::string("nl_NL.utf8")));
}

TEST_F(MessagesLocale, theTextsComeInTheLanguageAskedFor)
{
    useLocales({"en_US.UTF-8"});
    ASSERT_TRUE(useMessagesLanguage("de"));
    EXPECT_STREQ(std::getenv("LANGUAGE"), "de");
    EXPECT_STREQ(std::setlocale(LC_MESSAGES, nullptr), "en_US.UTF-8");
    EXPECT_EQ(translatedCompany(), "Unternehmen");
    // Only the messages: the character type and the numbers stay the C locale's.
    EXPECT_STREQ(std::setlocale(LC_CTYPE, nullptr), "C");
    EXPECT_STREQ(std::setlocale(LC_NUMERIC, nullptr), "C");
}

TEST_F(MessagesLocale, keepsALocaleWhereLanguageIsRead)
{
    useLocales({"de_DE.UTF-8", "fr_FR.UTF-8"});
    ASSERT_NE(std::setlocale(LC_MESSAGES, "fr_FR.UTF-8"), nullptr);
    ASSERT_TRUE(useMessagesLanguage("de"));
    EXPECT_STREQ(std::setlocale(LC_MESSAGES, nullptr), "fr_FR.UTF-8");
    EXPECT_EQ(translatedCompany(), "Unternehmen");
}

} // namespace
} // namespace followups
